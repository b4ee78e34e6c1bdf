package org.counterpart.store.tests;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import org.counterpart.store.ImportStage;
import org.counterpart.store.StoreException;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.store.internal.JdbcWorkspaceStore;
import org.counterpart.store.journal.HybridLogicalClock;
import org.counterpart.store.journal.Operation;
import org.counterpart.store.journal.Operation.Kind;
import org.counterpart.store.journal.OperationApplier;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * The child process of {@link ImportBatchBytesTest}, run with a small heap: creates a store in the folder given and
 * imports, through a stage, values that add up to twice the byte bound of a batch. Prints {@code imported N} or
 * {@code refused: MESSAGE}; anything else (an OutOfMemoryError) ends it with another exit code.
 */
public final class HugeValuesImport {

	private HugeValuesImport() {
	}

	public static void main(String[] args) throws Exception {
		int valueBytes = 4 << 20;
		int count = (int) (2 * WorkspaceStore.IMPORT_BATCH_BYTES / valueBytes);
		TestModel.PACKAGE.getName();
		try (WorkspaceStore store = JdbcWorkspaceStore.create(Path.of(args[0]), StoreFixture.passphrase(),
				StoreFixture.FAST_KDF)) {
			Resource r = store.load();
			r.getContents().add(TestModel.sample("w"));
			store.save();
			long clock = store.stats().lastTimestamp();
			try (ImportStage stage = store.stageImport()) {
				for (int i = 1; i <= count; i++) {
					char[] value = new char[valueBytes];
					Arrays.fill(value, (char) ('a' + i % 26));
					stage.addOperation(Operation.builder(Kind.SET, "w-a").feature("name").value(new String(value))
							.deviceId("elsewhere").sequence(i).timestamp(HybridLogicalClock.pack(
									HybridLogicalClock.physical(clock), i)).build());
				}
				int applied = store.importStaged(stage, Map.of(), (operations, target) -> new OperationApplier(
						target.resource(), target.resource().getResourceSet().getPackageRegistry()).applyAll(operations));
				System.out.println("imported " + applied);
			} catch (StoreException e) {
				System.out.println("refused: " + e.getMessage());
			}
		}
	}
}
