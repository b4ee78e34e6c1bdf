package org.counterpart.benchmarks;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/** Runs the benchmarks' child processes (openssl, and JVMs with a heap of their own) and collects their output. */
final class ChildProcess {

	/** How a process ended: its exit code and its output, standard error included. */
	record Result(int exitCode, String output) {
	}

	private ChildProcess() {
	}

	/** Runs {@code command} in {@code directory} (or this one, if null), waiting up to 30 minutes. */
	static Result run(Path directory, List<String> command) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		if (directory != null) {
			builder.directory(directory.toFile());
		}
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(30, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new IOException("did not finish: " + String.join(" ", command));
		}
		return new Result(process.exitValue(), output);
	}

	/** {@code result}, unless the process failed. */
	static Result check(Result result, String what) {
		if (result.exitCode() != 0) {
			throw new IllegalStateException(what + " failed (exit " + result.exitCode() + "):\n" + result.output());
		}
		return result;
	}

	/** The java launcher of this JVM. */
	static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	/** This JVM's class path with absolute entries, for a child that runs in another directory. */
	static String classPath() {
		return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
				.map(entry -> Path.of(entry).toAbsolutePath().toString()).collect(Collectors.joining(File.pathSeparator));
	}
}
