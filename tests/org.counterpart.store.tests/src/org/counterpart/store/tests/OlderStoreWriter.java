package org.counterpart.store.tests;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.counterpart.store.WorkspaceStore;
import org.counterpart.store.internal.JdbcWorkspaceStore;
import org.counterpart.store.journal.ObjectIds;
import org.counterpart.store.journal.Operation;
import org.counterpart.store.journal.Operation.Kind;
import org.counterpart.store.journal.OperationCodec;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;

/**
 * Writes the store that {@link SchemaUpgradeTest} opens as one of an earlier schema: run by that version of the
 * store, its output is committed under {@code data/} (the store of schema 2 was written by the store of commit
 * 9bc8e98, the store of schema 3 by that of commit 4a8e4f9). The store holds this device's saves (creations, edits, a move, a delete), a device {@code field-a}
 * whose operations 1 to 6 it received, and a device {@code field-b} of which it received 1 to 3 and 6 to 7, so its
 * head stops at 3. Beside the store: {@code expected.properties} (state hash, heads, journal size) and
 * {@code field-b-4-5.ops}, the two operations that fill the hole. The database file {@code store-1.mv.db} is committed
 * as {@code store-1.database}.
 * <p>
 * Arguments: the folder to write (it must not exist).
 * </p>
 */
public final class OlderStoreWriter {

	private OlderStoreWriter() {
	}

	public static void main(String[] args) throws Exception {
		Path out = Path.of(args[0]);
		Path dir = out.resolve("store");
		TestModel.PACKAGE.getName();
		Properties expected = new Properties();
		try (WorkspaceStore store = JdbcWorkspaceStore.create(dir, StoreFixture.passphrase(), StoreFixture.FAST_KDF)) {
			EObject root = CrashSaveLoop.sampleAndSaves(store, "older", 12);
			EList<Object> items = TestModel.list(root, "items");
			items.move(0, items.size() - 1);
			TestModel.set((EObject) items.get(3), "name", "renamed");
			store.save();
			items.removeIf(item -> "item-7".equals(ObjectIds.id((EObject) item)));
			store.save();

			long time = store.stats().lastTimestamp() + 1000;
			store.importOperations(List.of(fieldA(1, time), fieldA(2, time), fieldA(3, time), fieldA(4, time),
					fieldA(5, time), fieldA(6, time)), Map.of("package/received/field-a", 1L));
			store.importOperations(List.of(fieldB(1, time), fieldB(2, time), fieldB(3, time), fieldB(6, time),
					fieldB(7, time)), Map.of("package/received/field-b", 1L));
			expected.setProperty("stateHash", store.stateHash());
			expected.setProperty("journalSize", Long.toString(store.stats().journalSize()));
			for (Map.Entry<String, Long> head : new TreeMap<>(store.journalHeads()).entrySet()) {
				expected.setProperty("head." + head.getKey(), Long.toString(head.getValue()));
			}
			expected.setProperty("localDevice", store.deviceId());
			writeOperations(out.resolve("field-b-4-5.ops"), List.of(fieldB(4, time), fieldB(5, time)));
		}
		try (OutputStream file = Files.newOutputStream(out.resolve("expected.properties"))) {
			expected.store(file, "What the store of an earlier schema holds");
		}
	}

	/** Operation {@code n} of device {@code field-a}: renames the root. */
	static Operation fieldA(long n, long time) {
		return Operation.builder(Kind.SET, "older").feature("name").value("from a " + n).deviceId("field-a").sequence(n)
				.timestamp(time + n).build();
	}

	/** Operation {@code n} of device {@code field-b}: renames the first item. */
	static Operation fieldB(long n, long time) {
		return Operation.builder(Kind.SET, "item-0").feature("name").value("from b " + n).deviceId("field-b").sequence(n)
				.timestamp(time + 100 + n).build();
	}

	static void writeOperations(Path file, List<Operation> operations) throws IOException {
		try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(file))) {
			out.writeInt(operations.size());
			for (Operation op : operations) {
				OperationCodec.write(out, op);
			}
		}
	}
}
