package org.counterpart.tests.harness;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.opentest4j.AssertionFailedError;

/**
 * GDAL's {@code ogrinfo} (Debian gdal-bin) as an independent reader of the files the tests write: the feature count
 * of each layer it finds. A test that needs it FAILS when it is missing, as CI installs it.
 */
public final class Ogrinfo {

	private static final Path EXECUTABLE = Path.of("/usr/bin/ogrinfo");
	private static final Pattern LAYER = Pattern.compile("^Layer name: (.+)$", Pattern.MULTILINE);
	private static final Pattern COUNT = Pattern.compile("^Feature Count: (-?\\d+)$", Pattern.MULTILINE);

	private Ogrinfo() {
	}

	/** Layer name to feature count, as {@code ogrinfo -ro -so -al FILE} reports them; fails if it cannot read the file. */
	public static Map<String, Integer> featureCounts(Path file) {
		if (!Files.isExecutable(EXECUTABLE)) {
			throw new AssertionFailedError("ogrinfo is needed to check " + file.getFileName()
					+ " with an independent reader: install Debian's gdal-bin (.ci/run does).");
		}
		String output = run(file);
		Map<String, Integer> counts = new LinkedHashMap<>();
		String[] blocks = output.split("(?m)^(?=Layer name: )");
		for (String block : blocks) {
			Matcher layer = LAYER.matcher(block);
			Matcher count = COUNT.matcher(block);
			if (layer.find() && count.find()) {
				counts.put(layer.group(1).trim(), Integer.parseInt(count.group(1)));
			}
		}
		if (counts.isEmpty()) {
			throw new AssertionFailedError("ogrinfo found no layer in " + file + ":\n" + output);
		}
		return counts;
	}

	/** The sum of the feature counts of every layer. */
	public static int totalFeatures(Path file) {
		return featureCounts(file).values().stream().mapToInt(Integer::intValue).sum();
	}

	private static String run(Path file) {
		try {
			Process process = new ProcessBuilder(EXECUTABLE.toString(), "-ro", "-so", "-al", file.toString())
					.redirectErrorStream(true).start();
			byte[] output = process.getInputStream().readAllBytes();
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new AssertionFailedError("ogrinfo did not finish reading " + file);
			}
			String text = new String(output, StandardCharsets.UTF_8);
			if (process.exitValue() != 0) {
				throw new AssertionFailedError("ogrinfo cannot read " + file + " (exit " + process.exitValue() + "):\n" + text);
			}
			return text;
		} catch (IOException e) {
			throw new AssertionFailedError("ogrinfo cannot be run: " + e.getMessage(), e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionFailedError("interrupted while ogrinfo read " + file, e);
		}
	}
}
