package org.counterpart.cli.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.counterpart.cli.CliException;
import org.counterpart.store.StoreException;
import org.counterpart.sync.PackageException;

/**
 * Writes a package file whole or not at all: into FILE.partial, renamed to FILE once complete. The package is
 * encrypted as it is written, so the partial file never holds anything readable.
 */
final class PackageFile {

	/** Writes the package's bytes to the target stream and says what it wrote. */
	@FunctionalInterface
	interface Contents<T> {
		T writeTo(OutputStream target) throws PackageException, StoreException, IOException;
	}

	private PackageFile() {
	}

	static <T> T write(Path out, Contents<T> contents) throws CliException {
		Path partial = out.resolveSibling(out.getFileName() + ".partial");
		try {
			T written;
			try (OutputStream target = Files.newOutputStream(partial)) {
				written = contents.writeTo(target);
			}
			Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			return written;
		} catch (PackageException | StoreException e) {
			throw CliException.failed(e.getMessage(), e);
		} catch (IOException e) {
			throw CliException.failed("Cannot write " + out + ": " + e.getMessage(), e);
		} finally {
			try {
				Files.deleteIfExists(partial);
			} catch (IOException e) {
				// nothing more to do: the partial file holds only encrypted bytes
			}
		}
	}
}
