package org.counterpart.store.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Properties;
import java.util.Random;

import org.counterpart.store.WorkspaceStore;
import org.counterpart.store.internal.EncryptedFileChannel;
import org.counterpart.store.internal.EncryptedFilePath;
import org.counterpart.store.internal.JdbcWorkspaceStore;
import org.counterpart.store.internal.KeyDerivation;
import org.counterpart.store.internal.StoreHeader;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.h2.store.fs.FilePath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store's database file is encrypted by {@link EncryptedFileChannel} (the JDK's AES) in exactly the format of H2's own
 * {@code CIPHER=AES}: the same operations give the same bytes, and a store's file opens either way.
 */
class EncryptedFileTest {

	private static final int BLOCK = 4096;
	private static final long SEED = Long.getLong("counterpart.test.seed", 20261207L);

	@TempDir
	Path tempDir;

	@Test
	void theSameWritesGiveTheSameFileAsH2sOwnEncryption() throws Exception {
		String password = "a file password 0123456789abcdef";
		Path theirs = tempDir.resolve("h2.bin");
		Path ours = tempDir.resolve("ours.bin");
		// H2 makes the header and its salt; the copy then has the same key for both
		try (FileChannel h2 = h2Channel(theirs, password)) {
			h2.write(ByteBuffer.wrap(new byte[BLOCK]), 0);
		}
		Files.copy(theirs, ours);
		Random random = new Random(SEED);
		try (FileChannel h2 = h2Channel(theirs, password);
				FileChannel store = new EncryptedFileChannel("ours", password.getBytes(StandardCharsets.UTF_8),
						FileChannel.open(ours, StandardOpenOption.READ, StandardOpenOption.WRITE))) {
			// H2's store writes and cuts whole blocks only, which is what is compared here step by step; parts of
			// blocks (which H2's own encryption does not always handle) are tested against an array below
			for (int step = 0; step < 400; step++) {
				long size = h2.size();
				assertEquals(size, store.size(), "size at step " + step + ", seed " + SEED);
				int choice = random.nextInt(10);
				if (choice < 6) {
					long at = (long) random.nextInt((int) (size / BLOCK) + 1) * BLOCK;
					byte[] data = bytes(random, (1 + random.nextInt(4)) * BLOCK);
					h2.write(ByteBuffer.wrap(data), at);
					store.write(ByteBuffer.wrap(data), at);
				} else if (choice < 8 && size > 0) {
					long to = (long) random.nextInt((int) (size / BLOCK) + 1) * BLOCK;
					h2.truncate(to);
					store.truncate(to);
				} else if (size > 0) {
					long at = random.nextLong(size);
					int length = 1 + random.nextInt(3 * BLOCK);
					assertArrayEquals(read(h2, at, length), read(store, at, length), "read at step " + step + ", seed " + SEED);
				}
			}
			assertArrayEquals(read(h2, 0, (int) h2.size()), read(store, 0, (int) store.size()));
		}
		assertArrayEquals(Files.readAllBytes(theirs), Files.readAllBytes(ours), "the files' bytes, seed " + SEED);
	}

	@Test
	void partsOfBlocksAnywhereReadBackAsWrittenAfterReopening() throws Exception {
		Path file = tempDir.resolve("file.bin");
		byte[] password = "another password".getBytes(StandardCharsets.UTF_8);
		Random random = new Random(SEED + 1);
		byte[] expected = new byte[0];
		FileChannel channel = open(file, password);
		try {
			for (int step = 0; step < 300; step++) {
				int choice = random.nextInt(10);
				if (choice < 6) {
					boolean wholeBlocks = choice >= 4;
					int at = wholeBlocks ? random.nextInt(expected.length / BLOCK + 1) * BLOCK : random.nextInt(expected.length + 1);
					byte[] data = bytes(random, wholeBlocks ? BLOCK * (1 + random.nextInt(3)) : 1 + random.nextInt(3 * BLOCK));
					assertEquals(data.length, channel.write(ByteBuffer.wrap(data), at));
					expected = Arrays.copyOf(expected, Math.max(expected.length, at + data.length));
					System.arraycopy(data, 0, expected, at, data.length);
				} else if (choice == 6 && expected.length > 0) {
					int to = random.nextBoolean() ? random.nextInt(expected.length) : expected.length / BLOCK * BLOCK;
					channel.truncate(to);
					expected = Arrays.copyOf(expected, to);
				} else if (choice == 7) {
					channel.close();
					channel = open(file, password);
				} else if (expected.length > 0) {
					int at = random.nextInt(expected.length);
					int length = Math.min(expected.length - at, 1 + random.nextInt(2 * BLOCK));
					if (random.nextBoolean() && expected.length >= BLOCK) {
						// whole blocks, as H2 reads its chunks: decrypted where they land
						at = random.nextInt(expected.length / BLOCK) * BLOCK;
						length = Math.min(expected.length - at, BLOCK * (1 + random.nextInt(3))) / BLOCK * BLOCK;
					}
					assertArrayEquals(Arrays.copyOfRange(expected, at, at + length), read(channel, at, length, random.nextInt(3)),
							"step " + step + ", seed " + SEED);
				}
				assertEquals(expected.length, channel.size(), "size at step " + step + ", seed " + SEED);
			}
			assertEquals(-1, channel.read(ByteBuffer.allocate(10), expected.length), "nothing past the end");
		} finally {
			channel.close();
		}
		byte[] stored = Files.readAllBytes(file);
		assertTrue(stored.length >= BLOCK + expected.length);
		assertEquals("H2encrypt\n", new String(stored, 0, 10, StandardCharsets.ISO_8859_1));
	}

	@Test
	void aStoresFileOpensWithH2sOwnEncryptionAndWhatH2WritesOpensInTheStore() throws Exception {
		Path dir = tempDir.resolve("store");
		String deviceId;
		try (WorkspaceStore store = JdbcWorkspaceStore.create(dir, StoreFixture.passphrase(), StoreFixture.FAST_KDF)) {
			Resource r = store.load();
			EObject root = TestModel.sample("w");
			r.getContents().add(root);
			TestModel.set(root, "name", "written by the store");
			store.save();
			deviceId = store.deviceId();
		}
		assertFalse(EncryptedFilePath.holdsPasswordFor(dir), "a closed store leaves no password registered");

		StoreHeader header = StoreHeader.read(dir);
		try (KeyDerivation.Keys keys = KeyDerivation.derive(StoreFixture.passphrase(), header.salt(), header.kdf())) {
			Properties props = new Properties();
			props.setProperty("user", "COUNTERPART");
			props.setProperty("password", new String(keys.filePassword()) + " counterpart");
			String url = "jdbc:h2:file:" + dir.resolve(header.databaseName()).toAbsolutePath() + ";CIPHER=AES;IFEXISTS=TRUE";
			try (Connection c = new org.h2.Driver().connect(url, props)) {
				try (Statement st = c.createStatement();
						ResultSet rs = st.executeQuery("SELECT meta_value FROM cp_meta WHERE meta_key = 'device_id'")) {
					assertTrue(rs.next());
					assertEquals(deviceId, rs.getString(1), "H2's own encryption reads the store's file");
				}
				try (PreparedStatement st = c.prepareStatement("INSERT INTO cp_meta (meta_key, meta_value) VALUES (?, ?)")) {
					st.setString(1, "written_by_h2");
					st.setString(2, "yes");
					st.executeUpdate();
				}
			}
		}
		try (Connection c = JdbcWorkspaceStore.connectDatabase(dir, StoreFixture.passphrase());
				Statement st = c.createStatement();
				ResultSet rs = st.executeQuery("SELECT meta_value FROM cp_meta WHERE meta_key = 'written_by_h2'")) {
			assertTrue(rs.next(), "the store reads what H2's own encryption wrote");
			assertEquals("yes", rs.getString(1));
		}
		try (WorkspaceStore store = WorkspaceStore.open(dir, StoreFixture.passphrase())) {
			EObject root = store.load().getContents().get(0);
			assertEquals("written by the store", TestModel.get(root, "name"));
		}
	}

	/** H2's own file encryption, through its {@code encrypt:} file system (which takes the password's UTF-8 bytes). */
	private static FileChannel h2Channel(Path file, String password) throws Exception {
		// not registered by default, and in a package H2 does not export: registered through its class loader
		org.h2.Driver.class.getClassLoader().loadClass("org.h2.store.fs.encrypt.FilePathEncrypt").getMethod("register")
				.invoke(null);
		return FilePath.get("encrypt:" + password + ":" + file.toAbsolutePath()).open("rw");
	}

	private static FileChannel open(Path file, byte[] password) throws Exception {
		return new EncryptedFileChannel("test", password.clone(), FileChannel.open(file, StandardOpenOption.CREATE,
				StandardOpenOption.READ, StandardOpenOption.WRITE));
	}

	private static byte[] bytes(Random random, int length) {
		byte[] data = new byte[length];
		random.nextBytes(data);
		return data;
	}

	private static byte[] read(FileChannel channel, long at, int length) throws Exception {
		return read(channel, at, length, 0);
	}

	/**
	 * Reads into a buffer of one of three kinds: {@code 0} its own array, {@code 1} a slice in the middle of a larger
	 * array (whose bytes around it must stay as they were), {@code 2} a direct buffer.
	 */
	private static byte[] read(FileChannel channel, long at, int length, int kind) throws Exception {
		byte[] around = new byte[length + 2 * BLOCK];
		Arrays.fill(around, (byte) 0x5a);
		int offset = BLOCK + 3;
		ByteBuffer buffer = switch (kind) {
			case 0 -> ByteBuffer.allocate(length);
			case 1 -> ByteBuffer.wrap(around).position(offset).slice().limit(length);
			default -> ByteBuffer.allocateDirect(length);
		};
		long position = at;
		while (buffer.hasRemaining()) {
			int n = channel.read(buffer, position);
			if (n < 0) {
				break;
			}
			position += n;
		}
		byte[] read = new byte[buffer.position()];
		buffer.flip().get(read);
		if (kind == 1) {
			for (int i = 0; i < around.length; i++) {
				if (i < offset || i >= offset + read.length) {
					assertEquals((byte) 0x5a, around[i], "a byte outside the buffer's slice, at " + i);
				}
			}
		}
		return read;
	}
}
