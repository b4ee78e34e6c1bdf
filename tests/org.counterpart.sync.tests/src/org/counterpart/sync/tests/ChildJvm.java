package org.counterpart.sync.tests;

import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Starts a child JVM with the classes of the given classes' bundles or jars, on a plain class path. Works in an OSGi
 * test runtime too, where a bundle's code source is its jar or its project folder.
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
            location = Path.of(new URI(source.getLocation().toString().replaceFirst("^reference:", "")));
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

    /** {@code prefix} (e.g. a time-faking wrapper), then java with {@code classPath} running {@code main}. */
    static ProcessBuilder java(List<String> prefix, String classPath, Class<?> main, String... args) {
        List<String> command = new ArrayList<>(prefix);
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classPath,
                main.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }
}
