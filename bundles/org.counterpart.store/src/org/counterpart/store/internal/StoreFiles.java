package org.counterpart.store.internal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;

import org.counterpart.store.StoreException;
import org.counterpart.store.StoreException.Reason;

/**
 * A local store's folder: its header, its H2 database files and their names, the connection settings, and the
 * claim that keeps one folder open once per process.
 */
final class StoreFiles {

	static final String DB_PREFIX = "store-";
	private static final String H2_USER = "COUNTERPART";

	/**
	 * The settings of every local store's H2 database. The file is encrypted by {@link EncryptedFilePath} (the format of
	 * CIPHER=AES with the JDK's AES), so H2 itself is given no cipher; results are never spilled to temporary files
	 * (H2 would write them unencrypted to the system's temporary folder; a result is at most a table of the workspace,
	 * which is in memory anyway); pages not compressed: H2 gives compressed pages 64 KiB, so a commit that changes a
	 * thousand rows at random (a package at headquarters) compressed and encrypted a thousand such pages, where
	 * uncompressed ones are 4 KiB (pages of a store written with compression are read as they are, and split when they
	 * are written again); no trace file (it could hold SQL with data); the write delay 0 makes every commit reach the
	 * file before commit() returns; lazy execution streams big results.
	 */
	static final String H2_SETTINGS = ";MAX_MEMORY_ROWS=2147483647;TRACE_LEVEL_FILE=0;TRACE_LEVEL_SYSTEM_OUT=0"
			+ ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;LAZY_QUERY_EXECUTION=TRUE";

	/** local stores open in this process: H2 would let a second connection in, two models would then clash */
	private static final Set<Path> OPEN_DIRS = new HashSet<>();

	private StoreFiles() {
	}

	static void claim(Path dir) throws StoreException {
		synchronized (OPEN_DIRS) {
			if (!OPEN_DIRS.add(key(dir))) {
				throw new StoreException(Reason.IN_USE, Messages.IN_USE);
			}
		}
	}

	/** Gives up the claim on {@code dir} and forgets its databases' file passwords (open files keep their keys). */
	static void release(Path dir) {
		synchronized (OPEN_DIRS) {
			OPEN_DIRS.remove(key(dir));
		}
		EncryptedFilePath.forget(dir);
	}

	private static Path key(Path dir) {
		try {
			return dir.toRealPath();
		} catch (IOException e) {
			return dir.toAbsolutePath().normalize();
		}
	}

	static StoreHeader readHeader(Path dir) throws StoreException {
		if (!StoreHeader.exists(dir)) {
			throw new StoreException(Reason.NOT_FOUND, Messages.format(Messages.NOT_A_STORE, dir));
		}
		try {
			return StoreHeader.read(dir);
		} catch (IOException e) {
			throw StoreErrors.ioFailed(dir, e);
		} catch (StoreHeader.HeaderException e) {
			if (e.newerFormat() > 0) {
				throw StoreErrors.newerSchema(e.newerFormat());
			}
			if (e.keyDerivation() != null) {
				throw new StoreException(Reason.CORRUPT, Messages.format(Messages.KDF_REFUSED, dir, e.keyDerivation(),
						KeyDerivation.MAX_MEMORY_BYTES >> 20, KeyDerivation.MAX_PARALLELISM));
			}
			throw new StoreException(Reason.CORRUPT, Messages.format(Messages.HEADER_CORRUPT, dir));
		}
	}

	/** The keys of a store whose header is {@code header}, if {@code passphrase} is its passphrase. */
	static KeyDerivation.Keys unlock(StoreHeader header, char[] passphrase) throws StoreException {
		KeyDerivation.Keys keys = KeyDerivation.derive(passphrase, header.salt(), header.kdf());
		if (!keys.matches(header.verifier())) {
			keys.close();
			throw new StoreException(Reason.WRONG_PASSPHRASE, Messages.WRONG_PASSPHRASE);
		}
		return keys;
	}

	/** The name of the first database of a new store. */
	static String firstDatabaseName() {
		return DB_PREFIX + "1";
	}

	/** The name of the database that replaces {@code current} (a passphrase change writes a new file). */
	static String nextDatabaseName(String current) {
		return DB_PREFIX + (Long.parseLong(current.substring(DB_PREFIX.length())) + 1);
	}

	static Path databaseFile(Path dir, String dbName) {
		return dir.resolve(dbName + ".mv.db");
	}

	static Connection connectH2(Path dir, String dbName, KeyDerivation.Keys keys, boolean mustExist) throws SQLException {
		return connectH2(dir.resolve(dbName), keys.filePassword(), mustExist);
	}

	/**
	 * Connects to the database {@code database} (its path without {@code .mv.db}) encrypted with {@code filePassword}
	 * (not wiped), with a store's settings.
	 */
	static Connection connectH2(Path database, char[] filePassword, boolean mustExist) throws SQLException {
		String url = "jdbc:h2:" + EncryptedFilePath.register(database, filePassword) + H2_SETTINGS
				+ (mustExist ? ";IFEXISTS=TRUE" : "");
		Properties props = new Properties();
		props.setProperty("user", H2_USER);
		char[] pw = KeyDerivation.Keys.userPassword();
		props.put("password", pw); // H2 takes char[] and wipes it
		try {
			Connection c = new org.h2.Driver().connect(url, props);
			if (c == null) {
				throw new SQLException("H2 refused the URL");
			}
			return c;
		} finally {
			Arrays.fill(pw, '\0');
		}
	}

	/** What H2 has written to and read from the database file since it was opened, from its own counters. */
	static JdbcWorkspaceStore.FileTraffic traffic(Connection c) throws SQLException {
		long written = -1;
		long read = -1;
		try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT SETTING_NAME, SETTING_VALUE FROM "
				+ "INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME IN ('info.FILE_WRITE_BYTES', 'info.FILE_READ_BYTES')")) {
			while (rs.next()) {
				long value = Long.parseLong(rs.getString(2));
				if (rs.getString(1).endsWith("WRITE_BYTES")) {
					written = value;
				} else {
					read = value;
				}
			}
		}
		if (written < 0 || read < 0) {
			throw new SQLException("H2 gave no file counters");
		}
		return new JdbcWorkspaceStore.FileTraffic(written, read);
	}

	/**
	 * Rewrites the database file without its garbage (H2: SHUTDOWN COMPACT), which closes {@code c}: connect again
	 * afterwards.
	 */
	static void shutdownCompact(Connection c) throws SQLException {
		try (Statement st = c.createStatement()) {
			st.execute("SHUTDOWN COMPACT");
		}
		StoreErrors.closeQuietly(c);
	}

	/** Removes what an interrupted passphrase change may have left: database files the header does not name. */
	static void removeLeftovers(Path dir, String current) {
		try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, DB_PREFIX + "*")) {
			for (Path f : files) {
				String name = f.getFileName().toString();
				if (!name.startsWith(current + ".") && name.matches(DB_PREFIX + "[0-9]+\\..*")) {
					Files.deleteIfExists(f);
				}
			}
			deleteTree(dir.resolve("rekey"));
		} catch (IOException e) {
			// a leftover is harmless; the next open tries again
		}
	}

	static void deleteDatabaseFiles(Path dir, String dbName) throws StoreException {
		try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, dbName + ".*")) {
			for (Path f : files) {
				Files.deleteIfExists(f);
			}
		} catch (IOException e) {
			throw StoreErrors.ioFailed(dir, e);
		}
	}

	static void deleteTree(Path p) throws IOException {
		if (!Files.exists(p)) {
			return;
		}
		if (Files.isDirectory(p)) {
			try (DirectoryStream<Path> children = Files.newDirectoryStream(p)) {
				for (Path c : children) {
					deleteTree(c);
				}
			}
		}
		Files.deleteIfExists(p);
	}
}
