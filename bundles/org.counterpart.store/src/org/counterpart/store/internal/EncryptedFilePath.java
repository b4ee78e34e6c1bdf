package org.counterpart.store.internal;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * H2's files of a local store, encrypted by {@link EncryptedFileChannel} (H2's {@code CIPHER=AES} format, with the JDK's
 * AES). A store's database is named {@code counterpart:} followed by its path; H2 opens every file of it (the
 * database, the file a compaction writes, temporary files, which are kept beside the database) through this class,
 * which finds the file password registered for the database. Names carry no key, so H2's messages show none.
 * <p>
 * H2 makes instances by reflection, hence public with a public constructor.
 */
public final class EncryptedFilePath extends FilePathWrapper {

	static final String SCHEME = "counterpart";

	/** database path without extension → the file password's bytes (as H2 turns a password into bytes) */
	private static final Map<String, byte[]> PASSWORDS = new HashMap<>();

	static {
		FilePath.register(new EncryptedFilePath());
	}

	/**
	 * Registers the file password of the database {@code database} (a path without {@code .mv.db}) and gives the
	 * name H2 is to open it by. Another password registered for it before is forgotten.
	 */
	static String register(Path database, char[] filePassword) {
		String key = folder(database.toAbsolutePath().getParent()) + database.getFileName();
		byte[] bytes = passwordBytes(filePassword);
		synchronized (PASSWORDS) {
			byte[] before = PASSWORDS.put(key, bytes);
			if (before != null) {
				Arrays.fill(before, (byte) 0);
			}
		}
		return SCHEME + ":" + key;
	}

	/** The folder's path as registered: real where it exists (H2 resolves links), ending with a separator. */
	private static String folder(Path dir) {
		Path folder = dir.toAbsolutePath().normalize();
		try {
			folder = folder.toRealPath();
		} catch (IOException e) {
			// not there (yet): as given
		}
		return folder.toString() + File.separator;
	}

	/** Forgets the passwords of the databases in {@code dir}: files already open keep working. */
	static void forget(Path dir) {
		forget(dir, "");
	}

	/** Forgets the password of the database {@code database} (a path without {@code .mv.db}). */
	static void forgetDatabase(Path database) {
		forget(database.toAbsolutePath().getParent(), database.getFileName().toString());
	}

	private static void forget(Path dir, String name) {
		String prefix = folder(dir);
		synchronized (PASSWORDS) {
			for (Iterator<Map.Entry<String, byte[]>> it = PASSWORDS.entrySet().iterator(); it.hasNext();) {
				Map.Entry<String, byte[]> e = it.next();
				String key = e.getKey();
				if (key.startsWith(prefix) && key.indexOf(File.separatorChar, prefix.length()) < 0
						&& (name.isEmpty() || key.equals(prefix + name))) {
					Arrays.fill(e.getValue(), (byte) 0);
					it.remove();
				}
			}
		}
	}

	/** Whether a password is registered for a database in {@code dir} (tests: nothing stays after a store closes). */
	public static boolean holdsPasswordFor(Path dir) {
		String prefix = folder(dir);
		synchronized (PASSWORDS) {
			return PASSWORDS.keySet().stream().anyMatch(k -> k.startsWith(prefix));
		}
	}

	/** As H2 makes bytes of a file password: each char as two bytes, high first. */
	static byte[] passwordBytes(char[] password) {
		byte[] bytes = new byte[password.length * 2];
		for (int i = 0; i < password.length; i++) {
			bytes[2 * i] = (byte) (password[i] >>> 8);
			bytes[2 * i + 1] = (byte) password[i];
		}
		return bytes;
	}

	/** The password of the database whose file {@code file} is: the database's path, a dot, a suffix. */
	private static byte[] passwordOf(String file) throws IOException {
		synchronized (PASSWORDS) {
			for (Map.Entry<String, byte[]> e : PASSWORDS.entrySet()) {
				if (file.startsWith(e.getKey() + ".")) {
					return e.getValue().clone();
				}
			}
		}
		throw new IOException("No key is registered for the encrypted file " + file);
	}

	@Override
	public String getScheme() {
		return SCHEME;
	}

	@Override
	public FileChannel open(String mode) throws IOException {
		byte[] password = passwordOf(getBase().toString());
		FileChannel file;
		try {
			file = getBase().open(mode);
		} catch (IOException | RuntimeException e) {
			Arrays.fill(password, (byte) 0);
			throw e;
		}
		return new EncryptedFileChannel(name, password, file);
	}

	@Override
	public long size() {
		return EncryptedFileChannel.contentSize(getBase().size());
	}

	@Override
	public OutputStream newOutputStream(boolean append) throws IOException {
		return newFileChannelOutputStream(open("rw"), append);
	}

	@Override
	public InputStream newInputStream() throws IOException {
		return Channels.newInputStream(open("r"));
	}

	/** Beside the database, never in the system's temporary folder: the file's name finds its key. */
	@Override
	public FilePath createTempFile(String suffix, boolean inTempDir) throws IOException {
		return wrap(getBase().createTempFile(suffix, false));
	}
}
