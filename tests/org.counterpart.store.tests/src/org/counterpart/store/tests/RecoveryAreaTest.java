package org.counterpart.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.counterpart.store.CanonicalStateHash;
import org.counterpart.store.RecoveredEdits;
import org.counterpart.store.StoreException;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.store.journal.Operation;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The recovery area: a copy of the unsaved changes, kept inside the store's (encrypted) database, read back by the
 * next session, emptied by a save, never a save itself.
 */
class RecoveryAreaTest {

	@TempDir
	static Path tempDir;

	static List<StoreFixture> fixtures() {
		return StoreFixture.all(tempDir);
	}

	/** A saved sample, then unsaved changes of every kind: a rename, a new object, an added value, a move, a delete. */
	private static String editWithoutSaving(WorkspaceStore store, String marker) throws StoreException {
		Resource r = store.load();
		EObject root = TestModel.sample("w");
		EObject delta = TestModel.item("w-d", "Delta");
		TestModel.list(root, "items").add(delta);
		r.getContents().add(root);
		store.save();
		List<Object> items = TestModel.list(root, "items");
		EObject alpha = (EObject) items.get(0);
		TestModel.set(alpha, "name", marker + " renamed");
		items.add(TestModel.item("w-new", marker + " new"));
		TestModel.list(alpha, "tags").add(marker + " tag");
		items.add(TestModel.list(alpha, "children").get(0)); // Alpha one moves up to the root's items
		items.remove(delta); // Delta is deleted
		return CanonicalStateHash.of(r);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("fixtures")
	void theKeptCopyBringsBackTheUnsavedStateAndSavesAsOrdinaryOperations(StoreFixture fixture) throws Exception {
		String edited;
		String saved;
		Instant before = Instant.now().minusSeconds(1);
		try (WorkspaceStore store = fixture.create()) {
			edited = editWithoutSaving(store, "Recovered");
			saved = store.stateHash();
			assertNotEquals(saved, edited);
			store.keepUnsaved();
			assertEquals(saved, store.stateHash(), "keeping a copy is not a save");
			assertTrue(store.isDirty());
		}
		long journalBefore;
		try (WorkspaceStore store = fixture.reopen()) {
			journalBefore = store.journal().size();
			assertEquals(saved, store.stateHash(), "nothing unsaved reached the stored state");
			RecoveredEdits kept = store.recoveredEdits().orElseThrow();
			assertTrue(!kept.keptAt().isBefore(before) && !kept.keptAt().isAfter(Instant.now()), kept.keptAt().toString());
			assertTrue(kept.operations().stream().anyMatch(op -> op.kind() == Operation.Kind.DELETE), "the delete is kept");

			Resource r = store.load();
			kept.applyTo(r);
			assertEquals(edited, CanonicalStateHash.of(r));
			assertTrue(store.isDirty(), "restored changes wait for a save like any other");
			store.save();
			assertEquals(edited, store.stateHash());
			assertTrue(store.journal().size() > journalBefore, "the restored changes are journaled");
			assertTrue(store.recoveredEdits().isEmpty(), "the save emptied the recovery area");
		}
		try (WorkspaceStore store = fixture.reopen()) {
			assertTrue(store.recoveredEdits().isEmpty());
			assertEquals(edited, CanonicalStateHash.of(store.load()));
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("fixtures")
	void anEarlierSessionsCopyStaysUntilItIsReadAndThenASaveOrDiscardEmptiesIt(StoreFixture fixture) throws Exception {
		try (WorkspaceStore store = fixture.create()) {
			editWithoutSaving(store, "Earlier");
			store.keepUnsaved();
		}
		try (WorkspaceStore store = fixture.reopen()) {
			// a tool that saves without looking at the recovery area (an import, say) leaves the copy alone
			Resource r = store.load();
			TestModel.set(r.getContents().get(0), "name", "changed by a tool");
			store.save();
		}
		try (WorkspaceStore store = fixture.reopen()) {
			assertTrue(store.recoveredEdits().isPresent());
			Resource r = store.load();
			TestModel.set(r.getContents().get(0), "name", "changed after looking");
			store.save();
			assertTrue(store.recoveredEdits().isEmpty(), "read, then saved: the area is empty");
		}
		try (WorkspaceStore store = fixture.reopen()) {
			Resource r = store.load();
			TestModel.set(r.getContents().get(0), "name", "unsaved again");
			store.keepUnsaved();
			assertTrue(store.recoveredEdits().isPresent());
			store.discardRecoveredEdits();
			assertTrue(store.recoveredEdits().isEmpty());
			store.keepUnsaved();
			TestModel.set(r.getContents().get(0), "name", "changed back");
			TestModel.set(r.getContents().get(0), "name", "changed after looking");
			store.save();
			store.keepUnsaved(); // nothing unsaved: the area is emptied
			assertTrue(store.recoveredEdits().isEmpty());
		}
	}

	@Test
	void theCopyIsInsideTheEncryptedDatabaseAndNowhereInPlainText() throws Exception {
		String marker = "RECOVERYMARKER" + UUID.randomUUID().toString().replace("-", "");
		StoreFixture.H2 fixture = new StoreFixture.H2(tempDir.resolve("plain-" + UUID.randomUUID()));
		try (WorkspaceStore store = fixture.create()) {
			editWithoutSaving(store, marker);
			store.keepUnsaved();
		}
		// the marker is in the store (the search below is not vacuous) ...
		try (WorkspaceStore store = fixture.reopen()) {
			RecoveredEdits kept = store.recoveredEdits().orElseThrow();
			assertTrue(kept.operations().stream().anyMatch(op -> op.value() != null && op.value().contains(marker)));
		}
		// ... and in no file of the store's folder as plain text
		List<Path> searched = new ArrayList<>();
		List<Path> found = new ArrayList<>();
		search(fixture.dir, marker, searched, found);
		assertTrue(searched.stream().anyMatch(p -> p.toString().endsWith(".mv.db")), "the database was searched: " + searched);
		assertTrue(found.isEmpty(), "plain text in " + found);

		Path control = Files.createDirectories(tempDir.resolve("control-" + UUID.randomUUID()));
		Files.writeString(control.resolve("plain.txt"), "..." + marker + "...");
		List<Path> controlFound = new ArrayList<>();
		search(control, marker, new ArrayList<>(), controlFound);
		assertEquals(1, controlFound.size(), "the search finds plain text where it is");
	}

	@Test
	void thePassphraseIsCheckedWithoutOpeningAnything() throws Exception {
		StoreFixture.H2 fixture = new StoreFixture.H2(tempDir.resolve("check-" + UUID.randomUUID()));
		try (WorkspaceStore store = fixture.create()) {
			store.checkPassphrase(StoreFixture.passphrase());
			char[] wrong = "not the passphrase".toCharArray();
			StoreException refused = assertThrows(StoreException.class, () -> store.checkPassphrase(wrong));
			assertEquals(StoreException.Reason.WRONG_PASSPHRASE, refused.reason());
			assertFalse(new String(wrong).contains("passphrase"), "the passphrase given is wiped");
			Resource r = store.load();
			r.getContents().add(TestModel.sample("w"));
			store.save(); // the store is still open and usable
		}
	}

	@Test
	void nothingKeptMeansNothingRecovered() throws Exception {
		StoreFixture.H2 fixture = new StoreFixture.H2(tempDir.resolve("empty-" + UUID.randomUUID()));
		try (WorkspaceStore store = fixture.create()) {
			store.load().getContents().add(TestModel.sample("w"));
			store.save();
			store.keepUnsaved();
			assertTrue(store.recoveredEdits().isEmpty());
		}
		try (WorkspaceStore store = fixture.reopen()) {
			assertTrue(store.recoveredEdits().isEmpty());
		}
	}

	private static void search(Path root, String secret, List<Path> searched, List<Path> found) throws IOException {
		List<byte[]> needles = List.of(secret.getBytes(StandardCharsets.UTF_8), secret.getBytes(StandardCharsets.UTF_16BE),
				secret.getBytes(StandardCharsets.UTF_16LE));
		try (Stream<Path> walk = Files.walk(root)) {
			for (Path p : (Iterable<Path>) walk::iterator) {
				if (!Files.isRegularFile(p)) {
					continue;
				}
				byte[] content = Files.readAllBytes(p);
				searched.add(p);
				for (byte[] needle : needles) {
					if (indexOf(content, needle) >= 0) {
						found.add(p);
					}
				}
			}
		}
	}

	private static int indexOf(byte[] hay, byte[] needle) {
		outer: for (int i = 0; i <= hay.length - needle.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (hay[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

}
