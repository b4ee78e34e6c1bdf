package org.counterpart.product.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs the launcher scripts of the materialized product, the way a user does on a machine with no Java
 * installed: {@code JAVA_HOME} is unset and {@code PATH} holds every program of the build's except Java's.
 */
final class ProductProcess {

	static Path productFolder() {
		Path folder = Path.of(System.getProperty("counterpart.product.dir", "")).toAbsolutePath().normalize();
		if (!Files.isExecutable(folder.resolve("counterpart")) || !Files.isExecutable(folder.resolve("counterpart-cli"))) {
			throw new IllegalStateException("No materialized product at " + folder
					+ ": build it first with ./mvnw verify (module releng/org.counterpart.repository).");
		}
		return folder;
	}

	/** The outcome of a finished command. */
	record Result(int exitCode, String out, String err) {
	}

	static Result run(Path home, long timeoutSeconds, String... command) throws IOException, InterruptedException {
		return run(home, Map.of(), timeoutSeconds, command);
	}

	static Result run(Path home, Map<String, String> environment, long timeoutSeconds, String... command)
			throws IOException, InterruptedException {
		Path out = Files.createTempFile(home, "out", ".txt");
		Path err = Files.createTempFile(home, "err", ".txt");
		ProcessBuilder builder = builder(home, command);
		builder.environment().putAll(environment);
		Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
		if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError("'" + String.join(" ", command) + "' did not finish within " + timeoutSeconds + " s");
		}
		return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
				Files.readString(err, StandardCharsets.UTF_8));
	}

	/**
	 * A process in {@code home} with the environment of a machine without Java. {@code command[0]} is a program of the
	 * product's folder, or an absolute path (another installation's Java).
	 */
	static ProcessBuilder builder(Path home, String... command) {
		List<String> words = new ArrayList<>(List.of(command));
		words.set(0, productFolder().resolve(command[0]).toString());
		ProcessBuilder builder = new ProcessBuilder(words).directory(home.toFile());
		Map<String, String> environment = builder.environment();
		environment.put("COUNTERPART_HOME", home.toString());
		environment.put("HOME", home.toString());
		// The workbench creates (first start) or unlocks its encrypted store with this instead of asking.
		environment.put("COUNTERPART_PASSPHRASE", "smoke test passphrase");
		environment.remove("JAVA_HOME");
		environment.remove("JDK_HOME");
		environment.remove("JRE_HOME");
		try {
			environment.put("PATH", pathWithoutJava().toString());
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot make a PATH without Java", e);
		}
		return builder;
	}

	/**
	 * A window titled "Counterpart" as {@code xwininfo -root -tree} lists it (SWT on GTK ends the X title with a
	 * space), with its width and height.
	 */
	private static final Pattern WORKBENCH_WINDOW = Pattern.compile("^\\s*0x[0-9a-f]+ \"Counterpart ?\": .*\\b(\\d+)x(\\d+)\\+");

	/** Whether the workbench window (wider than a dialog) is on the X display. */
	static boolean workbenchWindowShown() throws IOException, InterruptedException {
		return windowTree().lines().map(WORKBENCH_WINDOW::matcher)
				.anyMatch(matcher -> matcher.find() && Integer.parseInt(matcher.group(1)) > 400);
	}

	/**
	 * Whether a window whose title holds {@code titlePart} is on the X display above the workbench window (xwininfo
	 * lists the top-most first), where the user sees it.
	 */
	static boolean windowShownAboveWorkbench(String titlePart) throws IOException, InterruptedException {
		List<String> lines = windowTree().lines().toList();
		int window = -1;
		int workbench = -1;
		for (int i = 0; i < lines.size(); i++) {
			Matcher matcher = WORKBENCH_WINDOW.matcher(lines.get(i));
			if (workbench < 0 && matcher.find() && Integer.parseInt(matcher.group(1)) > 400) {
				workbench = i;
			} else if (window < 0 && lines.get(i).matches("^\\s*0x[0-9a-f]+ \".*" + Pattern.quote(titlePart) + ".*\": .*")) {
				window = i;
			}
		}
		return window >= 0 && workbench >= 0 && window < workbench;
	}

	/** The X display's window tree, as {@code xwininfo -root -tree} lists it. */
	static String windowTree() throws IOException, InterruptedException {
		Process xwininfo = new ProcessBuilder("xwininfo", "-root", "-tree").redirectErrorStream(true).start();
		String output = new String(xwininfo.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (xwininfo.waitFor() != 0) {
			throw new AssertionError("xwininfo (Debian package x11-utils) failed: " + output);
		}
		return output;
	}

	/** The Java runtime the product carries. */
	static Path linkedRuntime() {
		return productFolder().resolve("jre");
	}

	private static Path pathWithoutJava;

	/**
	 * A folder of links to every program on this process's PATH except those of a Java installation, made once
	 * per test run: the product must start without them.
	 */
	static synchronized Path pathWithoutJava() throws IOException {
		if (pathWithoutJava != null) {
			return pathWithoutJava;
		}
		Path folder = Files.createTempDirectory("counterpart-path-without-java");
		Set<String> linked = new HashSet<>();
		for (String entry : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
			Path directory = Path.of(entry.isEmpty() ? "." : entry);
			if (!Files.isDirectory(directory)) {
				continue;
			}
			try (Stream<Path> programs = Files.list(directory)) {
				for (Path program : programs.sorted().toList()) {
					String name = program.getFileName().toString();
					if (!Files.isRegularFile(program) || !Files.isExecutable(program) || isJava(program)
							|| !linked.add(name)) {
						continue;
					}
					Files.createSymbolicLink(folder.resolve(name), program.toAbsolutePath());
				}
			}
		}
		pathWithoutJava = folder;
		return folder;
	}

	/** Whether a program belongs to a Java installation: java itself, or any program under a JDK's or JRE's home. */
	private static boolean isJava(Path program) throws IOException {
		Path real = program.toRealPath();
		return real.getFileName().toString().equals("java") || Files.exists(real.getParent().resolveSibling("release"))
				&& Files.isDirectory(real.getParent().resolveSibling("lib"));
	}

	private ProductProcess() {
	}
}
