package org.counterpart.store.tests;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.counterpart.store.ImportStage;
import org.counterpart.store.OperationIntegrator;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.store.internal.JdbcWorkspaceStore;
import org.counterpart.store.journal.Operation;
import org.counterpart.store.journal.OperationApplier;
import org.counterpart.store.journal.OperationCodec;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;

/**
 * The child process of {@link CrashRoundsTest}, killed at a random moment. The passphrase comes on standard input,
 * never on the command line. It prints {@code ready} once it is set up, then reports each step before it starts it
 * ({@code starting n}), once it has returned ({@code done n}), and how long it took ({@code took ms}).
 * <ul>
 * <li>{@code import DIR BATCH OPERATIONS}: imports the chunks of another device's operations in the file
 * {@code OPERATIONS} (see {@link #writeChunks}), each with an attachment, through an import stage in batches of
 * {@code BATCH}; chunk {@code n} raises the sync mark {@link #MARK} to {@code n}.</li>
 * <li>{@code passphrase DIR}: in the store that {@link CrashSaveLoop} saves into, saves once and then changes the
 * passphrase from {@link #passphrase(int) passphrase(n - 1)} to {@code passphrase(n)}, again and again.</li>
 * <li>{@code compact DIR FIRST}: creates store {@code DIR/copy-n} from {@link #model()} for n = FIRST, FIRST + 1, ...
 * (a store created from a model is compacted before it is complete).</li>
 * <li>{@code upgrade DIR}: opens the store in {@code DIR} once, which upgrades a store of an earlier schema, and
 * closes it.</li>
 * </ul>
 */
public final class CrashRoundChild {

	/** The sync mark that counts the imported chunks. */
	static final String MARK = "received/source";

	private CrashRoundChild() {
	}

	public static void main(String[] args) throws Exception {
		char[] passphrase = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine().toCharArray();
		Path dir = Path.of(args[1]);
		switch (args[0]) {
		case "import" -> importChunks(dir, passphrase, Integer.parseInt(args[2]), readChunks(Path.of(args[3])));
		case "passphrase" -> changePassphrases(dir, new String(passphrase));
		case "compact" -> createFromModel(dir, passphrase, Integer.parseInt(args[2]));
		case "upgrade" -> openOnce(dir, passphrase);
		default -> throw new IllegalArgumentException(args[0]);
		}
		System.out.println("finished");
		System.out.flush();
		Thread.sleep(Long.MAX_VALUE); // until killed: ending by itself is a failure of the round
	}

	private static void importChunks(Path dir, char[] passphrase, int batch, List<List<Operation>> chunks) throws Exception {
		try (WorkspaceStore store = WorkspaceStore.open(dir, passphrase)) {
			((JdbcWorkspaceStore) store).setImportBatch(batch);
			TestModel.PACKAGE.getName();
			store.load();
			int imported = store.syncMarks(MARK).getOrDefault(MARK, 0L).intValue();
			report("ready " + imported);
			for (int n = imported + 1; n <= chunks.size(); n++) {
				report("starting " + n);
				long start = System.nanoTime();
				try (ImportStage stage = store.stageImport()) {
					for (Operation op : chunks.get(n - 1)) {
						stage.addOperation(op);
					}
					byte[] content = attachment(n);
					stage.addAttachment(sha256(content), new ByteArrayInputStream(content));
					store.importStaged(stage, Map.of(MARK, (long) n), replay());
				}
				report("done " + n);
				report("took " + (System.nanoTime() - start) / 1_000_000);
			}
		}
	}

	private static void changePassphrases(Path dir, String current) throws Exception {
		int n = number(current);
		try (WorkspaceStore store = WorkspaceStore.open(dir, current.toCharArray())) {
			TestModel.PACKAGE.getName();
			EObject root = store.load().getContents().get(0);
			int saves = TestModel.list(root, "items").size();
			report("ready " + n);
			while (true) {
				long start = System.nanoTime();
				CrashSaveLoop.saveNext(store, root, saves);
				report("saved " + saves++);
				report("starting " + (n + 1));
				store.changePassphrase(passphrase(n).toCharArray(), passphrase(n + 1).toCharArray());
				report("done " + ++n);
				report("took " + (System.nanoTime() - start) / 1_000_000);
			}
		}
	}

	private static void createFromModel(Path base, char[] passphrase, int first) throws Exception {
		TestModel.PACKAGE.getName();
		Resource source = model();
		report("ready " + first);
		for (int n = first;; n++) {
			long start = System.nanoTime();
			report("starting " + n);
			WorkspaceStore.importModel(base.resolve("copy-" + n), passphrase.clone(), source).close();
			report("done " + n);
			report("took " + (System.nanoTime() - start) / 1_000_000);
		}
	}

	private static void openOnce(Path dir, char[] passphrase) throws Exception {
		report("ready 0");
		report("starting 1");
		long start = System.nanoTime();
		WorkspaceStore.open(dir, passphrase).close();
		report("done 1");
		report("took " + (System.nanoTime() - start) / 1_000_000);
	}

	private static void report(String line) {
		System.out.println(line);
		System.out.flush();
	}

	/** The passphrase after {@code n} changes. */
	static String passphrase(int n) {
		return StoreFixture.PASSPHRASE + " number " + n;
	}

	private static int number(String passphrase) {
		return Integer.parseInt(passphrase.substring(passphrase.lastIndexOf(' ') + 1));
	}

	/** The attachment imported with chunk {@code n}. */
	static byte[] attachment(int n) {
		byte[] bytes = new byte[20_000 + n];
		new Random(n).nextBytes(bytes);
		return bytes;
	}

	static String sha256(byte[] content) throws NoSuchAlgorithmException {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
	}

	/** A strict replay, the same in every batch. */
	static OperationIntegrator replay() {
		return (operations, target) -> new OperationApplier(target.resource(),
				target.resource().getResourceSet().getPackageRegistry()).applyAll(operations);
	}

	/** The model that {@code compact} creates stores from: a sample and a few hundred items with fixed ids. */
	static Resource model() {
		Resource r = new ResourceImpl();
		EObject root = TestModel.sample("copied");
		for (int i = 0; i < 300; i++) {
			EObject item = TestModel.item("copied-item-" + i, "item " + i + " " + "y".repeat(i % 50));
			TestModel.list(item, "tags").add("t" + i);
			TestModel.list(root, "items").add(item);
		}
		r.getContents().add(root);
		return r;
	}

	static void writeChunks(Path file, List<List<Operation>> chunks) throws IOException {
		try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(file))) {
			out.writeInt(chunks.size());
			for (List<Operation> chunk : chunks) {
				out.writeInt(chunk.size());
				for (Operation op : chunk) {
					OperationCodec.write(out, op);
				}
			}
		}
	}

	private static List<List<Operation>> readChunks(Path file) throws IOException {
		try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
			List<List<Operation>> chunks = new ArrayList<>();
			for (int n = in.readInt(); n > 0; n--) {
				List<Operation> chunk = new ArrayList<>();
				for (int ops = in.readInt(); ops > 0; ops--) {
					chunk.add(OperationCodec.read(in));
				}
				chunks.add(chunk);
			}
			return chunks;
		}
	}
}
