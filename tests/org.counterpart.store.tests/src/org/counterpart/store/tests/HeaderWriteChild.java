package org.counterpart.store.tests;

import java.nio.file.Path;

import org.counterpart.store.internal.KeyDerivation;
import org.counterpart.store.internal.StoreHeader;

/** The child process of {@link StoreHeaderSyncTest}: writes a store header into the folder it is given, and ends. */
public final class HeaderWriteChild {

	private HeaderWriteChild() {
	}

	public static void main(String[] args) throws Exception {
		new StoreHeader(StoreHeader.FORMAT, new KeyDerivation.Parameters("scrypt", 1 << 10, 8, 1), new byte[32], new byte[32],
				"store-1").write(Path.of(args[0]));
	}
}
