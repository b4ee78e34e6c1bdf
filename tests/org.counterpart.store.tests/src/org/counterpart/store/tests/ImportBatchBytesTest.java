package org.counterpart.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.counterpart.store.ImportStage;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.store.internal.JdbcWorkspaceStore;
import org.counterpart.store.journal.HybridLogicalClock;
import org.counterpart.store.journal.Operation;
import org.counterpart.store.journal.Operation.Kind;
import org.counterpart.store.journal.OperationApplier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Import batches are bounded by bytes as well as by count, so that a sender cannot make one batch of huge values
 * that memory does not hold.
 */
class ImportBatchBytesTest {

	private static final int BOUND = 1 << 20;
	private static final int VALUE = 256 << 10;

	@TempDir
	Path temp;

	private static String value(int size, int seed) {
		char[] chars = new char[size];
		Arrays.fill(chars, (char) ('a' + seed % 26));
		return new String(chars);
	}

	@Test
	void aBatchHoldsNoMoreThanItsByteBoundPlusOneOperation() throws Exception {
		try (WorkspaceStore store = new StoreFixture.H2(temp.resolve("store")).create()) {
			Resource r = store.load();
			r.getContents().add(TestModel.sample("w"));
			store.save();
			((JdbcWorkspaceStore) store).setImportBatchBytes(BOUND);
			long clock = HybridLogicalClock.physical(store.stats().lastTimestamp());
			int count = 2 * BOUND / VALUE; // values adding up to twice the bound
			List<Long> batches = new ArrayList<>();
			try (ImportStage stage = store.stageImport()) {
				for (int i = 1; i <= count; i++) {
					stage.addOperation(Operation.builder(Kind.SET, "w-a").feature("name").value(value(VALUE, i))
							.deviceId("elsewhere").sequence(i).timestamp(HybridLogicalClock.pack(clock, i)).build());
				}
				assertEquals(count, store.importStaged(stage, Map.of(), (operations, target) -> {
					batches.add(operations.stream().mapToLong(op -> op.value().length()).sum());
					new OperationApplier(target.resource(), target.resource().getResourceSet().getPackageRegistry())
							.applyAll(operations);
				}));
			}
			assertTrue(batches.size() >= 2, "the values came in several batches: " + batches);
			for (long batch : batches) {
				assertTrue(batch <= BOUND + VALUE, "a batch of " + batch + " bytes: " + batches);
			}
			assertEquals(2L * BOUND, batches.stream().mapToLong(Long::longValue).sum());
			EObject a = null;
			for (var it = r.getAllContents(); it.hasNext();) {
				EObject o = it.next();
				if ("w-a".equals(EcoreUtil.getID(o))) {
					a = o;
				}
			}
			assertEquals(value(VALUE, count), TestModel.get(a, "name"));
			assertEquals(count, store.journal("elsewhere", 0).size());
		}
	}

	@Test
	void valuesOfTwiceTheDefaultBoundImportUnderASmallHeap() throws Exception {
		String classPath = ChildJvm.classPath(HugeValuesImport.class, WorkspaceStore.class, EObject.class,
				org.eclipse.emf.common.util.URI.class, org.h2.Driver.class, org.bouncycastle.crypto.generators.SCrypt.class);
		ProcessBuilder builder = ChildJvm.java(classPath, HugeValuesImport.class, temp.resolve("small-heap").toString());
		builder.command().add(1, "-Xmx256m");
		Process child = builder.redirectErrorStream(true).start();
		assertTrue(child.waitFor(180, TimeUnit.SECONDS), "the child did not finish");
		String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertEquals(0, child.exitValue(), out);
		int count = (int) (2 * WorkspaceStore.IMPORT_BATCH_BYTES / (4 << 20));
		assertTrue(out.contains("imported " + count) || out.contains("refused: "), out);
	}
}
