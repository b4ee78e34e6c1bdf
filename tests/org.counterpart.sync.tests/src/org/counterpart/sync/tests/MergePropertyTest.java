package org.counterpart.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.counterpart.security.DeviceIdentity;
import org.counterpart.security.KeyAlgorithm;
import org.counterpart.security.TrustVerifier;
import org.counterpart.store.Conflict;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.store.journal.FeatureValueCodec;
import org.counterpart.store.journal.ObjectIds;
import org.counterpart.store.journal.Operation;
import org.counterpart.sync.ConvergentMerge;
import org.counterpart.sync.ImportResult;
import org.counterpart.sync.PackageReader;
import org.counterpart.tests.harness.SeededRuns;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Seeded random histories ({@link MergeHistory}): field devices with skewed clocks edit a shared workspace
 * offline and synchronise with headquarters through real signed and encrypted packages, merged in small
 * batches. Whatever happened:
 * <ul>
 * <li>no operation is lost: headquarters and every device end with exactly the union of all journals;</li>
 * <li>every store that received everything, in whatever order, has the same state hash, also a store fed
 * the union in a random causal interleaving of the devices' operations and random batches;</li>
 * <li>receiving everything again, or an old package again, changes nothing;</li>
 * <li>the merged workspace is the outcome docs/merge.md promises ({@link MergeOutcomes}): last writer wins,
 * add wins in lists, places replayed in clock order without cycles, deletes final, no reference dangles,
 * and every write that lost without having been seen is a conflict;</li>
 * <li>value conflicts are the same on every store.</li>
 * </ul>
 * A failure names its seed; {@code -Dcounterpart.test.seed=N} replays it (see {@link SeededRuns}).
 */
class MergePropertyTest {

	private static final int HISTORIES = 200;

	private static Path directory;
	private static DeviceIdentity hub;
	private static List<DeviceIdentity> devices;
	private static TrustVerifier trust;

	/** Key generation and certificates are the slow part: one authority and identity set for all histories. */
	@BeforeAll
	static void identities() throws Exception {
		directory = Files.createTempDirectory("merge-property");
		SyncFixture fixture = new SyncFixture(directory);
		hub = fixture.device("hq-server", KeyAlgorithm.EC_P256);
		devices = List.of(fixture.field, fixture.device("laptop-2", KeyAlgorithm.EC_P256),
				fixture.device("laptop-3", KeyAlgorithm.EC_P256), fixture.device("laptop-4", KeyAlgorithm.EC_P256));
		trust = fixture.trust();
	}

	@AfterAll
	static void removeDirectory() throws IOException {
		deleteTree(directory);
	}

	@Test
	void everyHistoryConvergesToThePromisedOutcome() {
		SeededRuns.check(MergePropertyTest.class, "everyHistoryConvergesToThePromisedOutcome", HISTORIES,
				MergePropertyTest::history);
	}

	private static void history(Random random) throws Exception {
		try (MergeHistory history = new MergeHistory(random, directory, hub, devices, trust)) {
			try {
				history.run(4 + random.nextInt(11));
				history.finish();
				check(history, random);
			} catch (AssertionError e) {
				throw new AssertionError(e.getMessage() + "\nhistory: " + history.log, e);
			}
		}
	}

	private static void check(MergeHistory history, Random random) throws Exception {
		WorkspaceStore hq = history.hub;
		Map<String, Operation> union = new LinkedHashMap<>();
		for (WorkspaceStore store : stores(history)) {
			for (Operation op : store.journal()) {
				union.put(MergeOutcomes.key(op), op);
			}
		}
		Set<Operation> expected = Set.copyOf(union.values());
		String hash = hq.stateHash();
		for (WorkspaceStore store : stores(history)) {
			List<Operation> journal = store.journal();
			assertEquals(union.size(), journal.size(), "no operation lost or doubled on " + store.deviceId());
			assertEquals(expected, Set.copyOf(journal), "the journal of " + store.deviceId() + " is the union");
			assertSameState(hq, store, "a store that received everything has the same state");
		}

		WorkspaceStore interleaved = history.store(0);
		for (List<Operation> batch : randomInterleaving(union.values(), history.dependencies, random)) {
			interleaved.importOperations(batch, Map.of(), new ConvergentMerge());
		}
		assertSameState(hq, interleaved, "the union in another order gives the same state");
		assertEquals(valueConflicts(hq), valueConflicts(interleaved), "value conflicts are the same everywhere");

		assertEquals(0, hq.importOperations(new ArrayList<>(union.values()), Map.of(), new ConvergentMerge()),
				"receiving everything again applies nothing");
		ImportResult again = new PackageReader(hub, trust)
				.importPackage(new ByteArrayInputStream(history.firstDevicePackage), hq);
		assertEquals(ImportResult.Status.REPLAY, again.status(), "an old package again is a replay");
		assertEquals(hash, hq.stateHash(), "receiving everything again changes nothing");

		new MergeOutcomes(union.values(), hq.load(), hq.conflicts()).check();
	}

	/** Equal state hashes; if not, the objects that differ, for the failure message. */
	private static void assertSameState(WorkspaceStore expected, WorkspaceStore actual, String message) throws Exception {
		if (expected.stateHash().equals(actual.stateHash())) {
			return;
		}
		Set<String> left = describe(expected.load());
		Set<String> right = describe(actual.load());
		Set<String> onlyLeft = new TreeSet<>(left);
		onlyLeft.removeAll(right);
		Set<String> onlyRight = new TreeSet<>(right);
		onlyRight.removeAll(left);
		Set<String> ids = new HashSet<>();
		for (String line : onlyLeft) {
			ids.add(line.substring(0, line.indexOf(' ')));
		}
		for (String line : onlyRight) {
			ids.add(line.substring(0, line.indexOf(' ')));
		}
		StringBuilder operations = new StringBuilder();
		for (Operation op : expected.journal()) {
			if (ids.contains(op.objectId()) || ids.contains(op.containerId()) || ids.contains(op.value())
					|| op.deletedContents().stream().anyMatch(ids::contains)) {
				operations.append("\n    ").append(op).append(ids.contains(op.value()) ? " value " + op.value() : "")
						.append(op.isPlacement() ? " position " + op.position() + " basis " + op.basis() : "");
			}
		}
		throw new AssertionError(message + ": " + expected.deviceId() + " and " + actual.deviceId() + " differ\n  only in the first: "
				+ onlyLeft + "\n  only in the second: " + onlyRight + "\n  operations on them:" + operations);
	}

	/** Each object as a line: id, class, container, position, and its set features. */
	private static Set<String> describe(Resource model) {
		Set<String> lines = new TreeSet<>();
		for (Iterator<EObject> it = model.getAllContents(); it.hasNext();) {
			EObject o = it.next();
			StringBuilder line = new StringBuilder(ObjectIds.id(o)).append(' ').append(o.eClass().getName());
			if (o.eContainer() != null) {
				line.append(" in ").append(ObjectIds.id(o.eContainer())).append('.')
						.append(o.eContainmentFeature().getName()).append('[')
						.append(((List<?>) o.eContainer().eGet(o.eContainmentFeature())).indexOf(o)).append(']');
			}
			for (EStructuralFeature f : o.eClass().getEAllStructuralFeatures()) {
				if (o.eIsSet(f) && !(f instanceof EReference reference && reference.isContainment())) {
					line.append(' ').append(f.getName()).append('=');
					if (f.isMany()) {
						List<String> values = new ArrayList<>();
						for (Object v : (List<?>) o.eGet(f)) {
							values.add(FeatureValueCodec.encode(f, v));
						}
						line.append(values);
					} else {
						line.append(FeatureValueCodec.encode(f, o.eGet(f)));
					}
				}
			}
			lines.add(line.toString());
		}
		return lines;
	}

	private static List<WorkspaceStore> stores(MergeHistory history) {
		List<WorkspaceStore> stores = new ArrayList<>(history.devices);
		stores.add(history.hub);
		return stores;
	}

	/**
	 * The operations in batches of 1 to 20, each device's in sequence order and each after the operations its
	 * device had seen when recording it (as packages deliver them), but otherwise in a random order.
	 */
	private static List<List<Operation>> randomInterleaving(Collection<Operation> all,
			Map<String, Map<String, Long>> dependencies, Random random) {
		Map<String, List<Operation>> queues = new TreeMap<>();
		for (Operation op : all) {
			queues.computeIfAbsent(op.deviceId(), k -> new ArrayList<>()).add(op);
		}
		queues.values().forEach(ops -> ops.sort(Comparator.comparingLong(Operation::sequence)));
		Map<String, Long> delivered = new HashMap<>();
		List<List<Operation>> batches = new ArrayList<>();
		List<Operation> batch = new ArrayList<>();
		int size = 1 + random.nextInt(20);
		while (!queues.isEmpty()) {
			List<String> ready = new ArrayList<>();
			for (Map.Entry<String, List<Operation>> queue : queues.entrySet()) {
				Operation next = queue.getValue().get(0);
				Map<String, Long> seen = dependencies.getOrDefault(MergeOutcomes.key(next), Map.of());
				if (seen.entrySet().stream().allMatch(d -> delivered.getOrDefault(d.getKey(), 0L) >= d.getValue())) {
					ready.add(queue.getKey());
				}
			}
			assertTrue(!ready.isEmpty(), "some operation can always be delivered");
			String device = ready.get(random.nextInt(ready.size()));
			Operation next = queues.get(device).remove(0);
			delivered.put(device, next.sequence());
			if (queues.get(device).isEmpty()) {
				queues.remove(device);
			}
			batch.add(next);
			if (batch.size() == size) {
				batches.add(batch);
				batch = new ArrayList<>();
				size = 1 + random.nextInt(20);
			}
		}
		if (!batch.isEmpty()) {
			batches.add(batch);
		}
		return batches;
	}

	/**
	 * The value conflicts on objects that are still there. Those on deleted objects depend on the order the
	 * writes and the delete arrived in (see docs/merge.md, "Limits").
	 */
	private static Set<String> valueConflicts(WorkspaceStore store) throws Exception {
		Set<String> live = new HashSet<>();
		for (Iterator<EObject> it = store.load().getAllContents(); it.hasNext();) {
			live.add(ObjectIds.id(it.next()));
		}
		Set<String> keys = new TreeSet<>();
		for (Conflict conflict : store.conflicts()) {
			if (conflict.kind() == Conflict.Kind.VALUE && live.contains(conflict.objectId())) {
				keys.add(conflict.key());
			}
		}
		return keys;
	}

	static void deleteTree(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> files = Files.walk(dir)) {
			files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
	}
}
