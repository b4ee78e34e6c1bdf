package org.counterpart.store.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;

import org.counterpart.store.StoreException;
import org.counterpart.store.StoreException.Reason;

/**
 * Changes a local store's passphrase: the database file is copied and re-encrypted under a new name beside the
 * current one, then one atomic rename of the header switches to it. Until that rename the old passphrase opens the
 * old file; after it, the new one the new file. What an interruption leaves is removed at the next open.
 */
final class PassphraseChange {

	/** What the change does to the open store's connection. */
	interface Connections {
		/** Closes the store's connections: the database file is copied next. */
		void disconnect() throws SQLException;

		/** The store now works on the re-encrypted file. */
		void reconnect(Connection c);

		/**
		 * The change failed after the store disconnected: it stays closed and must be opened again with whichever
		 * passphrase the header now expects.
		 */
		void lost();
	}

	private PassphraseChange() {
	}

	/** Wipes both passphrases, whatever happens. */
	static void change(Path dir, char[] oldPassphrase, char[] newPassphrase, Connections store) throws StoreException {
		try {
			StoreErrors.requirePassphrase(newPassphrase);
			StoreHeader header = StoreFiles.readHeader(dir);
			KeyDerivation.Parameters kdf = header.kdf();
			byte[] salt = KeyDerivation.newSalt();
			try (KeyDerivation.Keys oldKeys = KeyDerivation.derive(oldPassphrase, header.salt(), kdf);
					KeyDerivation.Keys newKeys = KeyDerivation.derive(newPassphrase, salt, kdf)) {
				if (!oldKeys.matches(header.verifier())) {
					throw new StoreException(Reason.WRONG_PASSPHRASE, Messages.WRONG_PASSPHRASE);
				}
				String newName = StoreFiles.nextDatabaseName(header.databaseName());
				Path work = dir.resolve("rekey");
				boolean disconnected = false;
				boolean reconnected = false;
				try {
					store.disconnect();
					disconnected = true;
					StoreFiles.deleteTree(work);
					Files.createDirectories(work);
					Files.copy(StoreFiles.databaseFile(dir, header.databaseName()), StoreFiles.databaseFile(work, newName));
					org.h2.tools.ChangeFileEncryption.execute(work.toString(), newName, "AES", oldKeys.filePassword(),
							newKeys.filePassword(), true);
					// the new file and its name on disk before the header names it, lest a power failure leave a header
					// naming a file whose content or entry was still in memory
					try (FileChannel file = FileChannel.open(StoreFiles.databaseFile(work, newName), StandardOpenOption.WRITE)) {
						file.force(true);
					}
					Files.move(StoreFiles.databaseFile(work, newName), StoreFiles.databaseFile(dir, newName),
							StandardCopyOption.ATOMIC_MOVE);
					StoreHeader.syncDirectory(dir);
					// the switch: one atomic rename of the header
					new StoreHeader(StoreHeader.FORMAT, kdf, salt, newKeys.verifier(), newName, header.exercise()).write(dir);
					StoreFiles.removeLeftovers(dir, newName);
					Connection c = StoreFiles.connectH2(dir, newName, newKeys, true);
					store.reconnect(c);
					reconnected = true;
					EncryptedFilePath.forgetDatabase(dir.resolve(header.databaseName()));
					c.setAutoCommit(false);
				} catch (IOException e) {
					throw StoreErrors.ioFailed(dir, e);
				} catch (SQLException e) {
					throw StoreErrors.databaseFailed(e);
				} finally {
					if (disconnected && !reconnected) {
						store.lost();
					}
				}
			}
		} finally {
			StoreErrors.wipe(oldPassphrase);
			StoreErrors.wipe(newPassphrase);
		}
	}
}
