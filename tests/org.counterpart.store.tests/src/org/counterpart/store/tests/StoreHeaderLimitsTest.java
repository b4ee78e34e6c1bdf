package org.counterpart.store.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.counterpart.store.StoreException;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.store.internal.JdbcWorkspaceStore;
import org.counterpart.store.internal.KeyDerivation;
import org.counterpart.store.internal.StoreHeader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store header is a plain file: whoever holds the folder can edit it. Key-derivation parameters that would
 * make opening the store ask for gigabytes (or hours) are refused with a clear message before anything is derived,
 * and the folder is left as it was.
 */
class StoreHeaderLimitsTest {

	@TempDir
	Path temp;

	@Test
	void headersAskingForTooMuchMemoryOrWorkAreRefusedBeforeDeriving() throws Exception {
		Path dir = temp.resolve("store");
		try (WorkspaceStore store = JdbcWorkspaceStore.create(dir, StoreFixture.passphrase(), StoreFixture.FAST_KDF)) {
			store.load();
		}
		Path header = StoreHeader.file(dir);
		String genuine = Files.readString(header, StandardCharsets.ISO_8859_1);
		String[][] hostile = {
				{ "1073741824", "8", "1" }, // N = 2^30: 1 TiB
				{ "1048576", "15", "1" }, // N = 2^20, r = 15: 1.9 GiB, which scrypt would try to allocate
				{ "1024", "1048576", "1" }, // huge r
				{ "1024", "8", "65536" }, // huge p
				{ "4294967296", "8", "1" }, // beyond an int
		};
		for (String[] kdf : hostile) {
			String crafted = genuine.replaceFirst("kdf\\.cost=\\d+", "kdf.cost=" + kdf[0])
					.replaceFirst("kdf\\.blockSize=\\d+", "kdf.blockSize=" + kdf[1])
					.replaceFirst("kdf\\.parallelism=\\d+", "kdf.parallelism=" + kdf[2]);
			Files.writeString(header, crafted, StandardCharsets.ISO_8859_1);
			byte[] before = Files.readAllBytes(header);
			long start = System.nanoTime();
			StoreException e = assertThrows(StoreException.class,
					() -> WorkspaceStore.open(dir, StoreFixture.passphrase()).close(), String.join(",", kdf));
			// deriving any of these would take gigabytes or minutes; a refusal takes milliseconds
			assertTrue(System.nanoTime() - start < 20_000_000_000L, "refused at once, not after deriving: " + String.join(",", kdf));
			assertEquals(StoreException.Reason.CORRUPT, e.reason(), e.getMessage());
			assertTrue(e.getMessage().contains("store header") && e.getMessage().contains("key-derivation settings")
					&& e.getMessage().contains("scrypt N=" + kdf[0]), e.getMessage());
			assertArrayEquals(before, Files.readAllBytes(header), "the header is left as it was");
		}
		Files.writeString(header, genuine, StandardCharsets.ISO_8859_1);
		try (WorkspaceStore store = WorkspaceStore.open(dir, StoreFixture.passphrase())) {
			store.load();
		}
	}

	@Test
	void parametersAreBoundedWhereverTheyComeFrom() {
		assertEquals(64L << 20, KeyDerivation.DEFAULT.memoryBytes());
		new KeyDerivation.Parameters("scrypt", 1 << 20, 8, 1); // 1 GiB: the most allowed
		new KeyDerivation.Parameters("scrypt", 1 << 10, 8, KeyDerivation.MAX_PARALLELISM);
		assertThrows(IllegalArgumentException.class, () -> new KeyDerivation.Parameters("scrypt", 1 << 21, 8, 1));
		assertThrows(IllegalArgumentException.class, () -> new KeyDerivation.Parameters("scrypt", 1 << 30, 8, 1));
		assertThrows(IllegalArgumentException.class,
				() -> new KeyDerivation.Parameters("scrypt", 1 << 10, 8, KeyDerivation.MAX_PARALLELISM + 1));
		assertThrows(IllegalArgumentException.class,
				() -> JdbcWorkspaceStore.create(temp.resolve("never"), StoreFixture.passphrase(),
						new KeyDerivation.Parameters("scrypt", 1 << 30, 8, 1)));
		assertTrue(!Files.exists(temp.resolve("never").resolve(StoreHeader.FILE_NAME)));
	}
}
