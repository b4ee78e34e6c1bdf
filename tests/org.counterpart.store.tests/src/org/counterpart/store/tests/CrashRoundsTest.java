package org.counterpart.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.counterpart.store.CanonicalStateHash;
import org.counterpart.store.StoreException;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.store.internal.JdbcWorkspaceStore;
import org.counterpart.store.internal.SqlDialect;
import org.counterpart.store.internal.StoreHeader;
import org.counterpart.store.journal.Operation;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a child process ({@link CrashRoundChild}, SIGKILL) at random moments while it imports another device's
 * operations in several batches, changes the passphrase, creates a store from a model (which compacts it), or opens
 * a store of the schema before (which upgrades it), and
 * checks after each kill that the store opens with all that returned, with exactly one of the passphrases before and
 * after the change under way, and in the state from before or after the step under way, never between. Each round
 * kills within about one and a half steps of the child's own measured pace, so most kills land inside a step.
 * <p>
 * {@value #ROUNDS_PROPERTY} sets the rounds of each kind (15 unless set; the {@code crash-rounds} profile runs 100).
 * Import batches of {@value #BATCH} operations and cheap key derivation keep a round at a second or two.
 * </p>
 */
class CrashRoundsTest {

	static final String ROUNDS_PROPERTY = "counterpart.test.crashRounds";
	private static final int ROUNDS = Integer.getInteger(ROUNDS_PROPERTY, 15);
	private static final int BATCH = 5;
	/** Saves of the other device per imported chunk: four operations each, so a chunk is several batches. */
	private static final int SAVES_PER_CHUNK = 6;

	@TempDir
	Path tempDir;

	private final Random random = new Random(20261204);

	@Test
	void aKilledMultiBatchImportLeavesTheStoreAsBeforeOrAfterIt() throws Exception {
		long began = System.nanoTime();
		int chunkCount = 3 * ROUNDS + 10;
		List<List<Operation>> chunks = new ArrayList<>();
		List<String> hashes = new ArrayList<>(); // the state after n chunks
		String sourceDevice;
		try (WorkspaceStore source = JdbcWorkspaceStore.create(tempDir.resolve("source"), StoreFixture.passphrase(),
				StoreFixture.FAST_KDF)) {
			Resource r = source.load();
			hashes.add(source.stateHash());
			EObject root = TestModel.create(TestModel.ROOT, "root");
			r.getContents().add(root);
			long last = 0;
			int saves = 0;
			for (int n = 1; n <= chunkCount; n++) {
				for (int s = 0; s < SAVES_PER_CHUNK; s++) {
					CrashSaveLoop.saveNext(source, root, saves++);
				}
				chunks.add(source.journal(source.deviceId(), last));
				last = source.stats().lastSequence();
				hashes.add(source.stateHash());
			}
			sourceDevice = source.deviceId();
		}
		Path operations = tempDir.resolve("operations.bin");
		CrashRoundChild.writeChunks(operations, chunks);
		Path dir = tempDir.resolve("target");
		JdbcWorkspaceStore.create(dir, StoreFixture.passphrase(), StoreFixture.FAST_KDF).close();

		Pace pace = new Pace();
		int imported = 0;
		int inside = 0;
		for (int round = 0; round < ROUNDS; round++) {
			assertTrue(imported < chunkCount, "all chunks imported after " + round + " rounds: the kills come too late");
			List<String> lines = ChildJvm.runUntilKilled(CrashRoundChild.class,
					List.of("import", dir.toString(), Integer.toString(BATCH), operations.toString()),
					StoreFixture.PASSPHRASE + "\n", pace.delay(random));
			pace.learn(lines);
			int done = ChildJvm.lastReported(lines, "done ", imported);
			int started = ChildJvm.lastReported(lines, "starting ", done);
			inside += started > done ? 1 : 0;
			try (WorkspaceStore store = WorkspaceStore.open(dir, StoreFixture.passphrase())) {
				int mark = store.syncMarks(CrashRoundChild.MARK).getOrDefault(CrashRoundChild.MARK, 0L).intValue();
				String round_ = "round " + round + ", chunks done " + done + ", started " + started + ", mark " + mark;
				assertTrue(mark >= done && mark <= started, "imports lost or invented: " + round_);
				assertEquals(hashes.get(mark), store.stateHash(), "state between imports: " + round_);
				long journaled = chunks.subList(0, mark).stream().mapToLong(List::size).sum();
				assertEquals(journaled, store.stats().journalSize(), "journal: " + round_);
				assertEquals(mark == 0 ? Map.of() : Map.of(sourceDevice, journaled), store.journalHeads(), "heads: " + round_);
				Map<String, Long> attachments = new TreeMap<>();
				for (int n = 1; n <= mark; n++) {
					byte[] content = CrashRoundChild.attachment(n);
					attachments.put(CrashRoundChild.sha256(content), (long) content.length);
				}
				assertEquals(attachments, store.attachments(), "attachments: " + round_);
				assertEquals(store.stateHash(), CanonicalStateHash.of(store.load()), "loaded model: " + round_);
				imported = mark;
			}
		}
		finish("multi-batch import", began, inside, imported + " chunks imported");
	}

	@Test
	void aKilledPassphraseChangeLeavesExactlyTheLastReturnedPassphraseOrTheNext() throws Exception {
		long began = System.nanoTime();
		Path dir = tempDir.resolve("rekeyed");
		try (WorkspaceStore store = JdbcWorkspaceStore.create(dir, CrashRoundChild.passphrase(0).toCharArray(),
				StoreFixture.FAST_KDF)) {
			store.load().getContents().add(TestModel.create(TestModel.ROOT, "root"));
			store.save();
		}
		Pace pace = new Pace();
		int changes = 0;
		int saved = -1;
		int inside = 0;
		for (int round = 0; round < ROUNDS; round++) {
			List<String> lines = ChildJvm.runUntilKilled(CrashRoundChild.class, List.of("passphrase", dir.toString()),
					CrashRoundChild.passphrase(changes) + "\n", pace.delay(random));
			pace.learn(lines);
			int done = ChildJvm.lastReported(lines, "done ", changes);
			int started = ChildJvm.lastReported(lines, "starting ", done);
			saved = ChildJvm.lastReported(lines, "saved ", saved);
			inside += started > done ? 1 : 0;
			String round_ = "round " + round + ", changes done " + done + ", started " + started;
			boolean old = opens(dir, CrashRoundChild.passphrase(done));
			boolean next = opens(dir, CrashRoundChild.passphrase(done + 1));
			assertTrue(old != next, "exactly one passphrase must open the store, old " + old + ", next " + next + ": " + round_);
			assertTrue(old || started > done, "the passphrase changed though no change was under way: " + round_);
			changes = old ? done : done + 1;
			CrashSafetyTest.verify(dir, CrashRoundChild.passphrase(changes).toCharArray(), saved);
			assertEquals(List.of(StoreHeader.read(dir).databaseName() + ".mv.db"), databaseFiles(dir),
					"what an interrupted change left is removed on opening: " + round_);
		}
		finish("passphrase change", began, inside, changes + " changes");
	}

	@Test
	void aKilledCreationFromAModelLeavesNoStoreOrAWholeCompactedOne() throws Exception {
		long began = System.nanoTime();
		Path base = Files.createDirectories(tempDir.resolve("copies"));
		TestModel.PACKAGE.getName();
		String expected = CanonicalStateHash.of(CrashRoundChild.model());
		Pace pace = new Pace();
		int next = 0;
		int inside = 0;
		for (int round = 0; round < ROUNDS; round++) {
			List<String> lines = ChildJvm.runUntilKilled(CrashRoundChild.class,
					List.of("compact", base.toString(), Integer.toString(next)), StoreFixture.PASSPHRASE + "\n",
					pace.delay(random));
			pace.learn(lines);
			int done = ChildJvm.lastReported(lines, "done ", next - 1);
			int started = ChildJvm.lastReported(lines, "starting ", done);
			inside += started > done ? 1 : 0;
			String round_ = "round " + round + ", copies done " + done + ", started " + started;
			for (int n = next; n <= done; n++) {
				verifyCopy(base.resolve("copy-" + n), expected, round_);
			}
			next = done + 1;
			if (started > done) {
				Path partial = base.resolve("copy-" + started);
				if (WorkspaceStore.exists(partial)) {
					verifyCopy(partial, expected, round_); // complete, but killed before it was reported
					next = started + 1;
				} // otherwise the next round creates a store in the same folder, over what was left
			}
		}
		finish("creation with compaction", began, inside, next + " stores created");
	}

	@Test
	void aKilledUpgradeOfAnOlderStoreLeavesItOlderOrUpgradedAndEitherWayWhole() throws Exception {
		long began = System.nanoTime();
		Path dir = tempDir.resolve("older");
		TestModel.PACKAGE.getName();
		Resource source = new ResourceImpl();
		EObject root = TestModel.sample("upgraded");
		for (int i = 0; i < 4000; i++) {
			EObject item = TestModel.item("upgraded-item-" + i, "item " + i);
			TestModel.list(item, "tags").add("t" + i);
			TestModel.list(root, "items").add(item);
		}
		source.getContents().add(root);
		String hash;
		Map<String, Long> heads;
		long journalSize;
		try (WorkspaceStore store = JdbcWorkspaceStore.importModel(
				JdbcWorkspaceStore.create(dir, StoreFixture.passphrase(), StoreFixture.FAST_KDF), source)) {
			hash = store.stateHash();
			heads = store.journalHeads();
			journalSize = store.stats().journalSize();
		}
		Pace pace = new Pace();
		int inside = 0;
		int upgraded = 0;
		for (int round = 0; round < ROUNDS; round++) {
			takeBackToSchemaTwo(dir);
			List<String> lines = ChildJvm.runUntilKilled(CrashRoundChild.class, List.of("upgrade", dir.toString()),
					StoreFixture.PASSPHRASE + "\n", pace.delay(random));
			pace.learn(lines);
			int done = ChildJvm.lastReported(lines, "done ", 0);
			int started = ChildJvm.lastReported(lines, "starting ", done);
			inside += started > done ? 1 : 0;
			int version = SchemaUpgradeTest.schemaVersion(dir);
			String round_ = "round " + round + ", done " + done + ", started " + started + ", schema " + version;
			assertTrue(version == SqlDialect.SCHEMA_VERSION || done == 0, "an upgrade that returned is kept: " + round_);
			upgraded += version == SqlDialect.SCHEMA_VERSION ? 1 : 0;
			try (WorkspaceStore store = WorkspaceStore.open(dir, StoreFixture.passphrase())) {
				assertEquals(hash, store.stateHash(), "state: " + round_);
				assertEquals(heads, store.journalHeads(), "heads: " + round_);
				assertEquals(journalSize, store.stats().journalSize(), "journal: " + round_);
			}
		}
		finish("schema upgrade", began, inside, upgraded + " upgrades kept, the others redone at the next open");
	}

	private static void takeBackToSchemaTwo(Path dir) throws Exception {
		try (Connection c = JdbcWorkspaceStore.connectDatabase(dir, StoreFixture.passphrase())) {
			SchemaUpgradeTest.takeBackToSchemaTwo(c);
		}
	}

	private static void verifyCopy(Path dir, String expected, String round) throws Exception {
		try (WorkspaceStore store = WorkspaceStore.open(dir, StoreFixture.passphrase())) {
			assertEquals(expected, store.stateHash(), "a store created from the model holds it whole: " + round);
			assertEquals(expected, CanonicalStateHash.of(store.load()), "loaded model: " + round);
			assertEquals(store.stats().journalSize(), store.journal().size());
		}
	}

	private static boolean opens(Path dir, String passphrase) throws StoreException {
		try (WorkspaceStore store = WorkspaceStore.open(dir, passphrase.toCharArray())) {
			return true;
		} catch (StoreException e) {
			if (e.reason() == StoreException.Reason.WRONG_PASSPHRASE) {
				return false;
			}
			throw e;
		}
	}

	private static List<String> databaseFiles(Path dir) throws Exception {
		List<String> names = new ArrayList<>();
		try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
			for (Path f : files) {
				String name = f.getFileName().toString();
				if (name.startsWith("store-") || name.equals("rekey")) {
					names.add(name);
				}
			}
		}
		return names;
	}

	private static void finish(String kind, long began, int inside, String work) {
		long seconds = (System.nanoTime() - began) / 1_000_000_000;
		System.out.println("Crash rounds, " + kind + ": " + ROUNDS + " kills in " + seconds + " s, " + inside
				+ " of them inside a step, " + work + ", nothing lost");
		// kills that all land between steps would test nothing
		assertTrue(inside * 3 >= ROUNDS, kind + ": only " + inside + " of " + ROUNDS + " kills landed inside a step");
	}

	/**
	 * How long the child's steps take, so that kills land inside them: up to one and a half steps after it is ready.
	 * Until a step has been seen to end, the guess doubles with each round.
	 */
	private static final class Pace {
		private long total;
		private int steps;
		private long guess = 300;

		long delay(Random random) {
			long step = steps == 0 ? guess : total / steps;
			return random.nextLong(step * 3 / 2 + 1);
		}

		void learn(List<String> lines) {
			for (String line : lines) {
				if (line.startsWith("took ")) {
					total += Long.parseLong(line.substring(5));
					steps++;
				}
			}
			guess *= 2;
		}
	}
}
