package org.counterpart.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.counterpart.store.internal.StoreHeader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The header that says which database file is current is switched by a rename, and on Linux a rename reaches the
 * disk only when its directory is synced: otherwise a power failure right after a passphrase change can bring back
 * the old header while the old database file is already gone. Watches (with strace) the system calls of a child JVM
 * that writes a header: after the rename, the directory is opened and synced.
 */
class StoreHeaderSyncTest {

	@TempDir
	Path tempDir;

	@Test
	void theDirectoryIsSyncedAfterTheHeaderIsRenamedIntoIt() throws Exception {
		Path dir = Files.createDirectories(tempDir.resolve("store"));
		Path trace = tempDir.resolve("trace.txt");
		ProcessBuilder pb = ChildJvm.java(ChildJvm.storeClassPath(), HeaderWriteChild.class, dir.toString());
		pb.command().addAll(0, List.of("strace", "-f", "-qq", "-o", trace.toString(),
				"-e", "trace=openat,open,rename,renameat,renameat2,fsync,fdatasync"));
		Process child = pb.redirectErrorStream(true).redirectOutput(tempDir.resolve("child.txt").toFile()).start();
		assertTrue(child.waitFor(120, TimeUnit.SECONDS), "the child did not end");
		assertEquals(0, child.exitValue(), "strace (package strace) or the child failed: "
				+ Files.readString(tempDir.resolve("child.txt"), StandardCharsets.UTF_8));
		assertTrue(StoreHeader.exists(dir));

		List<String> calls = Files.readAllLines(trace, StandardCharsets.UTF_8);
		String header = dir.resolve(StoreHeader.FILE_NAME).toString();
		int rename = -1;
		for (int i = 0; i < calls.size(); i++) {
			if (calls.get(i).matches(".*rename.*\\Q" + header + ".new\\E\".*\\Q" + header + "\\E\".*= 0")) {
				rename = i;
			}
		}
		assertTrue(rename >= 0, "the header is renamed into place: " + calls.size() + " calls traced");
		Pattern openDir = Pattern.compile("^(\\d+)\\s+open(at)?\\(.*\"\\Q" + dir + "\\E\", O_RDONLY.*= (\\d+)$");
		boolean synced = false;
		for (int i = rename + 1; i < calls.size() && !synced; i++) {
			Matcher open = openDir.matcher(calls.get(i));
			if (open.matches()) {
				String fsync = open.group(1) + " fsync(" + open.group(3) + ")";
				String fdatasync = open.group(1) + " fdatasync(" + open.group(3) + ")";
				for (int j = i + 1; j < calls.size() && !synced; j++) {
					String call = calls.get(j).replaceAll("\\s+", " ");
					synced = (call.startsWith(fsync) || call.startsWith(fdatasync)) && call.endsWith("= 0");
				}
			}
		}
		assertTrue(synced, "the directory is opened and synced after the rename:\n"
				+ String.join("\n", calls.subList(rename, Math.min(calls.size(), rename + 20))));
	}
}
