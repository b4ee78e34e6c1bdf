package org.counterpart.store.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.counterpart.store.ImportStage;
import org.counterpart.store.OperationIntegrator;
import org.counterpart.store.StoreException;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.store.internal.JdbcWorkspaceStore;
import org.counterpart.store.journal.Operation;
import org.counterpart.store.journal.OperationApplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Attachment content kept in the store by its SHA-256, on H2 and (when configured) PostgreSQL. */
class AttachmentStoreTest {

	@TempDir
	static Path tempDir;

	static List<StoreFixture> fixtures() {
		return StoreFixture.all(tempDir);
	}

	static byte[] random(int size, long seed) {
		byte[] bytes = new byte[size];
		new Random(seed).nextBytes(bytes);
		return bytes;
	}

	static String sha256(byte[] content) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
	}

	static byte[] readAll(WorkspaceStore store, String sha256) throws Exception {
		try (InputStream in = store.openAttachment(sha256)) {
			return in.readAllBytes();
		}
	}

	private static long pieces(WorkspaceStore store) throws StoreException {
		return ((JdbcWorkspaceStore) store).attachmentPieces();
	}

	/** A strict replay, as the store's own importOperations without an integrator does. */
	private static final OperationIntegrator REPLAY = (operations, target) -> new OperationApplier(target.resource(),
			target.resource().getResourceSet().getPackageRegistry()).applyAll(operations);

	@ParameterizedTest(name = "{0}")
	@MethodSource("fixtures")
	void contentIsStoredByItsHashAndReadsBackEqualAfterReopening(StoreFixture fixture) throws Exception {
		byte[] photo = random(700_000, 1); // several pieces, the last one partial
		byte[] note = "a short note".getBytes(java.nio.charset.StandardCharsets.UTF_8);
		byte[] empty = new byte[0];
		byte[] exact = random(256 * 1024, 2); // exactly one piece
		try (WorkspaceStore store = fixture.create()) {
			assertEquals(photo.length, store.addAttachment(sha256(photo), new ByteArrayInputStream(photo)));
			assertEquals(note.length, store.addAttachment(sha256(note), new ByteArrayInputStream(note)));
			assertEquals(0, store.addAttachment(sha256(empty), new ByteArrayInputStream(empty)));
			assertEquals(exact.length, store.addAttachment(sha256(exact), new ByteArrayInputStream(exact)));
			assertArrayEquals(photo, readAll(store, sha256(photo)));
		}
		try (WorkspaceStore store = fixture.reopen()) {
			assertEquals(Map.of(sha256(photo), (long) photo.length, sha256(note), (long) note.length, sha256(empty), 0L,
					sha256(exact), (long) exact.length), store.attachments());
			assertTrue(store.hasAttachment(sha256(note)));
			assertArrayEquals(photo, readAll(store, sha256(photo)));
			assertArrayEquals(note, readAll(store, sha256(note)));
			assertArrayEquals(empty, readAll(store, sha256(empty)));
			assertArrayEquals(exact, readAll(store, sha256(exact)));
			// byte by byte and in odd-sized reads too
			ByteArrayOutputStream copy = new ByteArrayOutputStream();
			try (InputStream in = store.openAttachment(sha256(photo))) {
				for (int i = 0; i < 1000; i++) {
					copy.write(in.read());
				}
				byte[] buffer = new byte[77_777];
				for (int n; (n = in.read(buffer, 0, buffer.length)) > 0;) {
					copy.write(buffer, 0, n);
				}
				assertEquals(-1, in.read());
			}
			assertArrayEquals(photo, copy.toByteArray());

			String absent = sha256("not stored".getBytes(java.nio.charset.StandardCharsets.UTF_8));
			assertNull(store.openAttachment(absent));
			assertFalse(store.hasAttachment(absent));
			assertFalse(store.hasAttachment("not a hash"));
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("fixtures")
	void theSameContentIsStoredOnce(StoreFixture fixture) throws Exception {
		byte[] photo = random(600_000, 3);
		try (WorkspaceStore store = fixture.create()) {
			store.addAttachment(sha256(photo), new ByteArrayInputStream(photo));
			long pieces = pieces(store);
			assertEquals(3, pieces);
			assertEquals(photo.length, store.addAttachment(sha256(photo), new ByteArrayInputStream(photo)));
			assertEquals(pieces, pieces(store));
			assertEquals(1, store.attachments().size());
			assertArrayEquals(photo, readAll(store, sha256(photo)));
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("fixtures")
	void aWrongHashIsRefusedAndNothingIsStored(StoreFixture fixture) throws Exception {
		byte[] photo = random(600_000, 4);
		byte[] other = random(600_000, 5);
		try (WorkspaceStore store = fixture.create()) {
			StoreException wrong = assertThrows(StoreException.class,
					() -> store.addAttachment(sha256(other), new ByteArrayInputStream(photo)));
			assertEquals(StoreException.Reason.INVALID_INPUT, wrong.reason());
			assertTrue(wrong.getMessage().contains(sha256(other)) && wrong.getMessage().contains("Nothing was stored"),
					wrong.getMessage());
			for (String malformed : new String[] { "", "abc", sha256(photo).toUpperCase(), sha256(photo) + "0",
					"../" + sha256(photo).substring(3) }) {
				StoreException e = assertThrows(StoreException.class,
						() -> store.addAttachment(malformed, new ByteArrayInputStream(photo)), malformed);
				assertEquals(StoreException.Reason.INVALID_INPUT, e.reason());
			}
			assertTrue(store.attachments().isEmpty());
			assertFalse(store.hasAttachment(sha256(other)));
			assertEquals(0, pieces(store));

			// stored content is checked too: a wrong stream for a stored hash is refused and changes nothing
			store.addAttachment(sha256(photo), new ByteArrayInputStream(photo));
			assertThrows(StoreException.class, () -> store.addAttachment(sha256(photo), new ByteArrayInputStream(other)));
			assertArrayEquals(photo, readAll(store, sha256(photo)));
			assertEquals(Map.of(sha256(photo), (long) photo.length), store.attachments());
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("fixtures")
	void aStreamThatFailsStoresNothingAndItsErrorIsPassedOn(StoreFixture fixture) throws Exception {
		byte[] photo = random(900_000, 6);
		IOException cause = new IOException("the medium went away");
		InputStream failing = new InputStream() {
			private final InputStream in = new ByteArrayInputStream(photo, 0, 700_000);

			@Override
			public int read() throws IOException {
				int b = in.read();
				if (b < 0) {
					throw cause;
				}
				return b;
			}
		};
		try (WorkspaceStore store = fixture.create()) {
			assertSame(cause, assertThrows(IOException.class, () -> store.addAttachment(sha256(photo), failing)));
			assertTrue(store.attachments().isEmpty());
			assertEquals(0, pieces(store));
			// the store is usable afterwards
			assertEquals(photo.length, store.addAttachment(sha256(photo), new ByteArrayInputStream(photo)));
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("fixtures")
	void stagedContentBecomesAnAttachmentOnlyWithTheImport(StoreFixture fixture) throws Exception {
		byte[] photo = random(500_000, 7);
		List<Operation> operations;
		try (WorkspaceStore source = StoreFixture.all(tempDir).get(0).create()) {
			source.load().getContents().add(TestModel.sample("w"));
			source.save();
			operations = source.journal();
		}
		try (WorkspaceStore store = fixture.create()) {
			store.load();
			try (ImportStage stage = store.stageImport()) {
				assertEquals(photo.length, stage.addAttachment(sha256(photo), new ByteArrayInputStream(photo)));
				assertEquals(Map.of(sha256(photo), (long) photo.length), stage.attachments());
				assertFalse(store.hasAttachment(sha256(photo)), "staged content is not an attachment yet");
				assertTrue(store.attachments().isEmpty());
				assertThrows(IllegalStateException.class, store::stageImport, "one stage at a time");

				for (Operation op : operations) {
					stage.addOperation(op);
				}
				assertEquals(operations.size(), stage.operationCount());
				assertEquals(operations.size(), store.importStaged(stage, Map.of("received/x", 1L), REPLAY));
			}
			assertArrayEquals(photo, readAll(store, sha256(photo)));
			assertEquals(1L, store.syncMarks("received/").get("received/x"));
			assertEquals(operations.size(), store.stats().journalSize());
			assertEquals(2, pieces(store));
		}
		try (WorkspaceStore store = fixture.reopen()) {
			assertArrayEquals(photo, readAll(store, sha256(photo)));
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("fixtures")
	void aStageClosedWithoutImportOrWithAFailedImportLeavesNothing(StoreFixture fixture) throws Exception {
		byte[] kept = random(300_000, 8);
		byte[] photo = random(500_000, 9);
		try (WorkspaceStore store = fixture.create()) {
			store.load().getContents().add(TestModel.sample("w"));
			store.save();
			store.addAttachment(sha256(kept), new ByteArrayInputStream(kept));
			long pieces = pieces(store);
			String state = store.stateHash();

			try (ImportStage stage = store.stageImport()) {
				stage.addAttachment(sha256(photo), new ByteArrayInputStream(photo));
				stage.addAttachment(sha256(kept), new ByteArrayInputStream(kept)); // already stored: not touched by the discard
				assertEquals(pieces + 2, pieces(store));
			}
			assertEquals(pieces, pieces(store));
			assertEquals(Map.of(sha256(kept), (long) kept.length), store.attachments());

			// an import the integrator refuses writes neither the operations nor the attachments
			Operation bad = Operation.builder(Operation.Kind.SET, "no-such-object").feature("name").value("x")
					.deviceId("elsewhere").sequence(1).timestamp(1).build();
			try (ImportStage stage = store.stageImport()) {
				stage.addAttachment(sha256(photo), new ByteArrayInputStream(photo));
				stage.addOperation(bad);
				assertThrows(StoreException.class, () -> store.importStaged(stage, Map.of(), (ops, target) -> {
					throw new IllegalArgumentException("refused");
				}));
			}
			assertEquals(pieces, pieces(store));
			assertFalse(store.hasAttachment(sha256(photo)));
			assertEquals(state, store.stateHash());

			// a stage whose content does not match its hash keeps nothing of it
			try (ImportStage stage = store.stageImport()) {
				assertThrows(StoreException.class, () -> stage.addAttachment(sha256(kept), new ByteArrayInputStream(photo)));
				assertTrue(stage.attachments().isEmpty());
				assertEquals(pieces, pieces(store));
			}
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("fixtures")
	void stagedContentLeftByACrashIsRemovedWhenTheStoreIsOpened(StoreFixture fixture) throws Exception {
		byte[] photo = random(400_000, 10);
		try (WorkspaceStore store = fixture.create()) {
			ImportStage stage = store.stageImport();
			stage.addAttachment(sha256(photo), new ByteArrayInputStream(photo));
			assertEquals(2, pieces(store));
			// closed without closing the stage, as a crash would leave it
		}
		try (WorkspaceStore store = fixture.reopen()) {
			assertEquals(0, pieces(store));
			assertTrue(store.attachments().isEmpty());
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("fixtures")
	void aStageOfAnotherStoreIsRefused(StoreFixture fixture) throws Exception {
		try (WorkspaceStore store = fixture.create();
				WorkspaceStore other = StoreFixture.all(tempDir).get(0).create();
				ImportStage foreign = other.stageImport()) {
			store.load();
			assertThrows(IllegalArgumentException.class, () -> store.importStaged(foreign, Map.of(), REPLAY));
		}
	}

	@Test
	void attachmentsSurviveAPassphraseChange() throws Exception {
		byte[] photo = random(300_000, 11);
		StoreFixture.H2 fixture = new StoreFixture.H2(tempDir.resolve("rekeyed"));
		try (WorkspaceStore store = fixture.create()) {
			store.addAttachment(sha256(photo), new ByteArrayInputStream(photo));
			store.changePassphrase(StoreFixture.passphrase(), "another passphrase".toCharArray());
			assertArrayEquals(photo, readAll(store, sha256(photo)));
		}
		try (WorkspaceStore store = WorkspaceStore.open(fixture.dir, "another passphrase".toCharArray())) {
			assertArrayEquals(photo, readAll(store, sha256(photo)));
		}
	}
}
