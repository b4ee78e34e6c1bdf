package org.counterpart.store.tests;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.counterpart.store.WorkspaceStore;
import org.eclipse.emf.ecore.EObject;

/**
 * Starts a child JVM with the classes of the store, EMF, H2, Bouncy Castle and these tests. Works both on a
 * plain class path and in an OSGi test runtime, where a bundle's code source is its jar or its project
 * folder (classes then in {@code target/classes} or {@code bin}). The crash tests run such a child, let it work and
 * kill it ({@link #runUntilKilled}).
 */
final class ChildJvm {

	private ChildJvm() {
	}

	/** The class path of a child that works on a store: the store, EMF, H2, Bouncy Castle and these tests. */
	static String storeClassPath() {
		return classPath(CrashSaveLoop.class, WorkspaceStore.class, EObject.class, org.eclipse.emf.common.util.URI.class,
				org.h2.Driver.class, org.bouncycastle.crypto.generators.SCrypt.class);
	}

	static String classPath(Class<?>... classes) {
		Set<String> entries = new LinkedHashSet<>();
		for (Class<?> c : classes) {
			entries.add(locate(c));
		}
		return String.join(File.pathSeparator, entries);
	}

	private static String locate(Class<?> c) {
		CodeSource source = c.getProtectionDomain().getCodeSource();
		if (source == null || source.getLocation() == null) {
			throw new IllegalStateException("no code source for " + c.getName());
		}
		Path location;
		try {
			String url = source.getLocation().toString().replaceFirst("^reference:", "");
			location = Path.of(new java.net.URI(url));
		} catch (URISyntaxException | IllegalArgumentException e) {
			throw new IllegalStateException("cannot locate " + c.getName() + " at " + source.getLocation(), e);
		}
		if (Files.isRegularFile(location)) {
			return location.toString();
		}
		String classFile = c.getName().replace('.', '/') + ".class";
		for (String sub : List.of("", "target/classes", "bin", "target/test-classes")) {
			Path dir = sub.isEmpty() ? location : location.resolve(sub);
			if (Files.isRegularFile(dir.resolve(classFile))) {
				return dir.toString();
			}
		}
		throw new IllegalStateException("cannot find the classes of " + c.getName() + " under " + location);
	}

	static ProcessBuilder java(String classPath, Class<?> main, String... args) {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = new java.util.ArrayList<>(List.of(java, "-cp", classPath, main.getName()));
		command.addAll(List.of(args));
		return new ProcessBuilder(command);
	}

	/**
	 * Runs {@code main} in a child JVM with the {@link #storeClassPath()}, writes {@code stdin} to it (secrets go
	 * there, never on the command line), waits until it prints a line starting with {@code ready}, lets it work for
	 * {@code millisAfterReady} and kills it (SIGKILL on Linux: no shutdown hook, no finally, nothing flushed).
	 *
	 * @return the lines the child printed before it died
	 */
	static List<String> runUntilKilled(Class<?> main, List<String> args, String stdin, long millisAfterReady)
			throws IOException, InterruptedException {
		Path errors = Files.createTempFile("child-", ".err");
		try {
			Process child = java(storeClassPath(), main, args.toArray(String[]::new))
					.redirectError(errors.toFile()).start();
			List<String> lines = new CopyOnWriteArrayList<>();
			CountDownLatch ready = new CountDownLatch(1);
			Thread reader = new Thread(() -> {
				try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
					for (String line; (line = in.readLine()) != null;) {
						lines.add(line);
						if (line.startsWith("ready")) {
							ready.countDown();
						}
					}
				} catch (IOException e) {
					// the child was killed
				}
			});
			reader.start();
			try (OutputStream in = child.getOutputStream()) {
				in.write(stdin.getBytes(StandardCharsets.UTF_8));
			}
			boolean started = ready.await(60, TimeUnit.SECONDS);
			if (started) {
				Thread.sleep(millisAfterReady);
			}
			boolean diedOnItsOwn = !child.isAlive();
			child.destroyForcibly();
			child.waitFor(30, TimeUnit.SECONDS);
			reader.join(10_000);
			if (!started || diedOnItsOwn) {
				throw new AssertionError("the child " + (started ? "ended by itself" : "did not start") + ": " + lines
						+ "\n" + tail(errors));
			}
			return new ArrayList<>(lines);
		} finally {
			Files.deleteIfExists(errors);
		}
	}

	private static String tail(Path file) throws IOException {
		String text = Files.readString(file, StandardCharsets.UTF_8);
		return text.length() > 4000 ? text.substring(text.length() - 4000) : text;
	}

	/** The highest {@code n} of the lines {@code prefix + n}, or {@code otherwise} if there are none. */
	static int lastReported(List<String> lines, String prefix, int otherwise) {
		int last = otherwise;
		for (String line : lines) {
			if (line.startsWith(prefix)) {
				last = Math.max(last, Integer.parseInt(line.substring(prefix.length()).trim()));
			}
		}
		return last;
	}
}
