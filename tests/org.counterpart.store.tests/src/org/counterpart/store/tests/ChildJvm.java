package org.counterpart.store.tests;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Starts a child JVM with the classes of the store, EMF, H2, Bouncy Castle and these tests. Works both on a
 * plain class path and in an OSGi test runtime, where a bundle's code source is its jar or its project
 * folder (classes then in {@code target/classes} or {@code bin}).
 */
final class ChildJvm {

	private ChildJvm() {
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
}
