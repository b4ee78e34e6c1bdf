package org.counterpart.store.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.counterpart.store.ImportStage;
import org.counterpart.store.StoreException;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.store.internal.JdbcWorkspaceStore;
import org.counterpart.store.journal.Operation;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No user data (attachments included), and no passphrase, in plain text anywhere on disk. */
class NoPlaintextTest {

	@TempDir
	Path tempDir;

	@Test
	void markersAreNotFoundInTheStoreTheTempFolderOrLogs() throws Exception {
		FileTime start = FileTime.fromMillis(System.currentTimeMillis() - 2000);
		String marker = "MARKER" + UUID.randomUUID().toString().replace("-", "");
		String passphrase = "PASS" + UUID.randomUUID().toString().replace("-", "");
		Path dir = tempDir.resolve("store");
		byte[] document = (marker + " in a document ").repeat(40_000).getBytes(StandardCharsets.UTF_8);
		byte[] photo = (marker + " in a photo ").repeat(30_000).getBytes(StandardCharsets.UTF_16LE);
		byte[] dropped = (marker + " in a refused attachment ").repeat(20_000).getBytes(StandardCharsets.UTF_8);
		try (WorkspaceStore store = WorkspaceStore.create(dir, passphrase.toCharArray())) {
			Resource r = store.load();
			EObject root = TestModel.sample("w");
			r.getContents().add(root);
			TestModel.set(root, "name", marker + "-root");
			for (int i = 0; i < 3000; i++) { // enough for several pages and a result bigger than memory rows
				EObject item = TestModel.item(null, marker + "-item-" + i);
				TestModel.list(item, "tags").add(marker + "-tag-" + i);
				TestModel.list(root, "items").add(item);
			}
			TestModel.set((EObject) TestModel.list(root, "items").get(0), "note", (marker + " long text ").repeat(5000));
			store.save();
			TestModel.set((EObject) TestModel.list(root, "items").get(1), "name", marker + "-changed");
			store.save();
			store.journal();
			store.stateHash();

			// attachments added directly, staged and imported, and staged and dropped, each of several pieces; with
			// them operations, staged in the store beyond a batch of ten
			store.addAttachment(sha256(document), new ByteArrayInputStream(document));
			((JdbcWorkspaceStore) store).setImportBatch(10);
			try (ImportStage stage = store.stageImport()) {
				stage.addAttachment(sha256(photo), new ByteArrayInputStream(photo));
				stageOperations(stage, marker + "-imported-", 1, 25);
				store.importStaged(stage, Map.of(), (operations, target) -> {
				});
			}
			try (ImportStage stage = store.stageImport()) {
				stage.addAttachment(sha256(dropped), new ByteArrayInputStream(dropped));
				stageOperations(stage, marker + "-dropped-", 26, 50);
			}
			try (InputStream in = store.openAttachment(sha256(document))) {
				assertArrayEquals(document, in.readAllBytes());
			}
		}
		try (WorkspaceStore store = WorkspaceStore.open(dir, passphrase.toCharArray())) {
			store.load();
			store.changePassphrase(passphrase.toCharArray(), (passphrase + "2").toCharArray());
			try (InputStream in = store.openAttachment(sha256(photo))) {
				assertArrayEquals(photo, in.readAllBytes());
			}
		}
		StoreException wrong = org.junit.jupiter.api.Assertions.assertThrows(StoreException.class,
				() -> WorkspaceStore.open(dir, (passphrase + "x").toCharArray()));
		assertFalse(wrong.toString().contains(passphrase));

		// the search itself works: it finds a marker that is there
		Path control = Files.createDirectories(tempDir.resolve("control"));
		Files.writeString(control.resolve("plain.txt"), "..." + marker + "...");
		List<String> controlFound = new ArrayList<>();
		search(control, null, List.of(marker), new ArrayList<>(), controlFound);
		assertTrue(controlFound.size() == 1);
		Files.delete(control.resolve("plain.txt"));

		List<Path> searched = new ArrayList<>();
		List<String> found = new ArrayList<>();
		search(tempDir, null, List.of(marker, passphrase), searched, found);
		search(Path.of(System.getProperty("java.io.tmpdir")), start, List.of(marker, passphrase), searched, found);
		search(Path.of(System.getProperty("user.dir")), start, List.of(marker, passphrase), searched, found);
		assertTrue(searched.stream().anyMatch(p -> p.toString().endsWith(".mv.db")), "the database was searched");
		assertTrue(found.isEmpty(), "plain text found in " + found);
	}

	/** Stages operations of another device numbered {@code first} to {@code last} that set a name to {@code value}. */
	private static void stageOperations(ImportStage stage, String value, int first, int last) throws StoreException {
		for (int sequence = first; sequence <= last; sequence++) {
			stage.addOperation(Operation.builder(Operation.Kind.SET, "object-" + sequence).feature("name")
					.value(value + sequence).deviceId("elsewhere").sequence(sequence).timestamp(sequence).build());
		}
	}

	private static String sha256(byte[] content) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
	}

	/** Searches files (modified since {@code since}, if given) for the strings in UTF-8 and UTF-16. */
	private static void search(Path root, FileTime since, List<String> secrets, List<Path> searched, List<String> found)
			throws IOException {
		List<byte[]> needles = new ArrayList<>();
		for (String s : secrets) {
			needles.add(s.getBytes(StandardCharsets.UTF_8));
			needles.add(s.getBytes(StandardCharsets.UTF_16BE));
			needles.add(s.getBytes(StandardCharsets.UTF_16LE));
		}
		try (Stream<Path> walk = Files.walk(root)) {
			for (Path p : (Iterable<Path>) walk::iterator) {
				try {
					if (!Files.isRegularFile(p) || Files.size(p) > 200_000_000
							|| (since != null && Files.getLastModifiedTime(p).compareTo(since) < 0)) {
						continue;
					}
					byte[] content = Files.readAllBytes(p);
					searched.add(p);
					for (byte[] needle : needles) {
						if (indexOf(content, needle) >= 0) {
							found.add(p.toString());
						}
					}
				} catch (IOException | SecurityException e) {
					// unreadable files of other processes, or files that vanished meanwhile
				}
			}
		} catch (java.io.UncheckedIOException e) {
			// a directory vanished during the walk
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
