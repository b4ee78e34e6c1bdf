package org.counterpart.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Base64;
import java.util.Properties;

/**
 * The small, non-secret file beside the database that says how to unlock it: the key-derivation
 * parameters, the per-store random salt, a verifier to recognise a wrong passphrase before the database is
 * touched, and the name of the current database file (which changes when the store is re-keyed, so that
 * switching to a re-keyed copy is one atomic rename of this file), and whether the store holds an exercise rather
 * than real data ({@code purpose=exercise}; a header without the line is a real store's).
 */
public record StoreHeader(int format, KeyDerivation.Parameters kdf, byte[] salt, byte[] verifier, String databaseName,
		boolean exercise) {

	/** The header of a real store. */
	public StoreHeader(int format, KeyDerivation.Parameters kdf, byte[] salt, byte[] verifier, String databaseName) {
		this(format, kdf, salt, verifier, databaseName, false);
	}

	/** This header, marking an exercise store. */
	public StoreHeader asExercise() {
		return new StoreHeader(format, kdf, salt, verifier, databaseName, true);
	}

	public static final String FILE_NAME = "counterpart-store.properties";
	public static final int FORMAT = 1;

	public static Path file(Path dir) {
		return dir.resolve(FILE_NAME);
	}

	public static boolean exists(Path dir) {
		return Files.isRegularFile(file(dir));
	}

	public static StoreHeader read(Path dir) throws IOException, HeaderException {
		Properties p = new Properties();
		try (InputStream in = Files.newInputStream(file(dir))) {
			p.load(in);
		}
		try {
			int format = Integer.parseInt(p.getProperty("format"));
			if (format > FORMAT) {
				throw new HeaderException(format);
			}
			Base64.Decoder b64 = Base64.getDecoder();
			KeyDerivation.Parameters kdf = kdf(p);
			String db = p.getProperty("database");
			if (db == null || !db.matches("[a-z0-9-]+")) {
				throw new HeaderException(0);
			}
			String purpose = p.getProperty("purpose", "real");
			if (!purpose.equals("real") && !purpose.equals("exercise")) {
				throw new HeaderException(0);
			}
			return new StoreHeader(format, kdf, b64.decode(p.getProperty("salt")), b64.decode(p.getProperty("verifier")), db,
					purpose.equals("exercise"));
		} catch (RuntimeException e) {
			throw new HeaderException(0);
		}
	}

	private static KeyDerivation.Parameters kdf(Properties p) throws HeaderException {
		String algorithm = p.getProperty("kdf");
		long cost = Long.parseLong(p.getProperty("kdf.cost"));
		long blockSize = Long.parseLong(p.getProperty("kdf.blockSize"));
		long parallelism = Long.parseLong(p.getProperty("kdf.parallelism"));
		try {
			return new KeyDerivation.Parameters(algorithm, Math.toIntExact(cost), Math.toIntExact(blockSize),
					Math.toIntExact(parallelism));
		} catch (IllegalArgumentException | ArithmeticException e) {
			// refused before anything is derived: a header asking for gigabytes would otherwise get them
			throw new HeaderException("scrypt N=" + cost + ", r=" + blockSize + ", p=" + parallelism);
		}
	}

	/**
	 * Writes the header to a temporary file, forces it to disk, renames it into place atomically and forces the
	 * rename to disk too (see {@link #syncDirectory}).
	 */
	public void write(Path dir) throws IOException {
		Properties p = new Properties();
		Base64.Encoder b64 = Base64.getEncoder();
		p.setProperty("format", Integer.toString(format));
		p.setProperty("kdf", kdf.algorithm());
		p.setProperty("kdf.cost", Integer.toString(kdf.cost()));
		p.setProperty("kdf.blockSize", Integer.toString(kdf.blockSize()));
		p.setProperty("kdf.parallelism", Integer.toString(kdf.parallelism()));
		p.setProperty("salt", b64.encodeToString(salt));
		p.setProperty("verifier", b64.encodeToString(verifier));
		p.setProperty("database", databaseName);
		if (exercise) {
			p.setProperty("purpose", "exercise");
		}
		Path tmp = dir.resolve(FILE_NAME + ".new");
		try (OutputStream out = Files.newOutputStream(tmp)) {
			p.store(out, "Counterpart workspace store - not secret, do not edit");
		}
		try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
			ch.force(true);
		}
		Files.move(tmp, file(dir), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		syncDirectory(dir);
	}

	/**
	 * Forces the entries of {@code dir} (files created, renamed or removed in it) to disk: on Linux a rename is
	 * durable only once its directory is synced, and until then a power failure can bring back the old name. Where
	 * a directory cannot be opened (Windows), nothing is done: renames there are as durable as the file system
	 * makes them.
	 */
	public static void syncDirectory(Path dir) throws IOException {
		FileChannel channel;
		try {
			channel = FileChannel.open(dir, StandardOpenOption.READ);
		} catch (IOException | UnsupportedOperationException e) {
			return;
		}
		try (channel) {
			channel.force(true);
		}
	}

	/**
	 * The header is unusable; {@code format > 0} means it is of a newer format, a {@link #keyDerivation} that it
	 * asks for key-derivation parameters beyond the limits.
	 */
	public static final class HeaderException extends Exception {
		private static final long serialVersionUID = 1L;
		private final int newerFormat;
		private final String keyDerivation;

		HeaderException(int newerFormat) {
			this.newerFormat = newerFormat;
			this.keyDerivation = null;
		}

		HeaderException(String keyDerivation) {
			this.newerFormat = 0;
			this.keyDerivation = keyDerivation;
		}

		public int newerFormat() {
			return newerFormat;
		}

		/** The refused key-derivation parameters, as {@code scrypt N=.., r=.., p=..}, or null. */
		public String keyDerivation() {
			return keyDerivation;
		}
	}
}
