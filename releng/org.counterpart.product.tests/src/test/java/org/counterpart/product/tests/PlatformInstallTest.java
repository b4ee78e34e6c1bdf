package org.counterpart.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Installs the Counterpart feature from the build's p2 repository into a copy of a plain Eclipse platform (materialized
 * by releng/org.counterpart.platform, without Counterpart) with that platform's own p2 director, as a user adds it to
 * the Eclipse they have; starts the platform's IDE workbench in the Field perspective, where Counterpart unlocks its
 * store and the explorer shows the Theater; then uninstalls it and checks the platform is as it was.
 */
class PlatformInstallTest {

	private static final String FEATURE = "org.counterpart.feature.feature.group";
	private static final String PROFILE = "DefaultProfile";
	private static final String FIELD_PERSPECTIVE = "org.counterpart.app.perspectives.field";
	/** What org.counterpart.ui traces (option org.counterpart.ui/debug/workspace) when the explorer shows a Theater. */
	private static final String THEATER_SHOWN = "The explorer shows the Theater of ";
	private static final String BUNDLES_INFO = "configuration/org.eclipse.equinox.simpleconfigurator/bundles.info";

	@TempDir
	Path home;

	@Test
	void installsRunsAndUninstallsWithTheDirector() throws Exception {
		if (System.getenv("DISPLAY") == null || System.getenv("DISPLAY").isBlank()) {
			fail("The install test needs an X display: run the build under 'xvfb-run -a'.");
		}
		Path platform = copyOfPlainPlatform();
		Set<String> rootsBefore = installedRoots(platform);
		Set<String> bundlesBefore = lines(platform.resolve(BUNDLES_INFO));
		Set<String> filesBefore = files(platform);
		assertFalse(rootsBefore.stream().anyMatch(root -> root.startsWith(FEATURE + "/")), rootsBefore.toString());
		assertFalse(bundlesBefore.stream().anyMatch(line -> line.startsWith("org.counterpart.")), bundlesBefore.toString());

		director(platform, "-repository", repository().toUri().toString(), "-installIU", FEATURE);
		assertTrue(installedRoots(platform).stream().anyMatch(root -> root.startsWith(FEATURE + "/")),
				"the director did not install " + FEATURE);
		Set<String> installedBundles = lines(platform.resolve(BUNDLES_INFO));
		for (String bundle : List.of("org.counterpart.app,", "org.counterpart.ui,", "org.counterpart.store,")) {
			assertTrue(installedBundles.stream().anyMatch(line -> line.startsWith(bundle)), bundle + " not in bundles.info");
		}

		startInFieldPerspective(platform);

		director(platform, "-uninstallIU", FEATURE);
		// The director leaves the files of what it removed; p2's garbage collector deletes what no profile uses.
		p2(platform, "org.eclipse.equinox.p2.garbagecollector.application", "-profile", PROFILE);
		assertEquals(rootsBefore, installedRoots(platform), "installed roots after the uninstall");
		assertEquals(bundlesBefore, lines(platform.resolve(BUNDLES_INFO)), "bundles.info after the uninstall");
		assertEquals(filesBefore, files(platform), "features and plug-ins after the uninstall");
	}

	/**
	 * Starts the platform's workbench on a new workspace in the Field perspective, with the passphrase in the
	 * environment, and waits until the explorer shows the Theater of the store it created; takes a screenshot.
	 */
	private void startInFieldPerspective(Path platform) throws IOException, InterruptedException {
		Path options = home.resolve("trace.options");
		Files.writeString(options, "org.counterpart.ui/debug/workspace=true\n", StandardCharsets.UTF_8);
		Path workspace = home.resolve("workspace");
		Path console = home.resolve("platform-console.txt");
		Process workbench = ProductProcess.builder(home, launch(platform, "-data", workspace.toString(), "-perspective",
				FIELD_PERSPECTIVE, "-debug", options.toString())).redirectErrorStream(true)
				.redirectOutput(console.toFile()).start();
		try {
			waitForTheater(workbench, console);
			assertTrue(Files.isDirectory(workspace.resolve("store")), "no store was created in the workspace " + workspace);
			Thread.sleep(2000); // let the first paint finish
			Path screenshot = Path.of(System.getProperty("counterpart.screenshots", "target/screenshots"))
					.resolve("platform-with-counterpart.png");
			Files.createDirectories(screenshot.getParent());
			Process capture = new ProcessBuilder("import", "-display", System.getenv("DISPLAY"), "-window", "root",
					screenshot.toString()).redirectErrorStream(true).start();
			capture.getInputStream().readAllBytes();
			assertEquals(0, capture.waitFor(), "screenshot with ImageMagick's import failed");
			assertTrue(workbench.isAlive(), "the workbench exited: " + Files.readString(console));
		} finally {
			workbench.destroy();
			if (!workbench.waitFor(60, TimeUnit.SECONDS)) {
				workbench.destroyForcibly();
				workbench.waitFor(30, TimeUnit.SECONDS);
			}
		}
	}

	private static void waitForTheater(Process workbench, Path console) throws IOException, InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		while (System.nanoTime() < deadline) {
			String output = Files.readString(console, StandardCharsets.UTF_8);
			if (output.contains(THEATER_SHOWN)) {
				return;
			}
			if (!workbench.isAlive()) {
				fail("The platform's workbench exited with " + workbench.exitValue() + " before the Theater was shown:\n"
						+ output);
			}
			Thread.sleep(500);
		}
		fail("The explorer did not show the Theater within 120 s. Console:\n" + Files.readString(console));
	}

	/** Runs the platform's p2 director on the platform itself, as a user does to change their Eclipse. */
	private void director(Path platform, String... arguments) throws IOException, InterruptedException {
		List<String> words = new ArrayList<>(List.of("-destination", platform.toString(), "-profile", PROFILE));
		words.addAll(List.of(arguments));
		p2(platform, "org.eclipse.equinox.p2.director", words.toArray(String[]::new));
	}

	/** Runs one of the platform's p2 applications, which must succeed. */
	private void p2(Path platform, String application, String... arguments) throws IOException, InterruptedException {
		List<String> words = new ArrayList<>(List.of("-application", application));
		words.addAll(List.of(arguments));
		ProductProcess.Result result = ProductProcess.run(home, 300, launch(platform, words.toArray(String[]::new)));
		assertEquals(0, result.exitCode(), application + " " + String.join(" ", arguments) + ":\n" + result.out() + result.err());
	}

	/** The root IUs of the platform's profile, as the director lists them. */
	private Set<String> installedRoots(Path platform) throws IOException, InterruptedException {
		ProductProcess.Result result = ProductProcess.run(home, 300, launch(platform, "-application",
				"org.eclipse.equinox.p2.director", "-listInstalledRoots", "-destination", platform.toString(), "-profile",
				PROFILE));
		assertEquals(0, result.exitCode(), result.out() + result.err());
		Set<String> roots = result.out().lines().filter(line -> line.matches("[\\w.-]+/\\S+"))
				.collect(Collectors.toCollection(TreeSet::new));
		assertFalse(roots.isEmpty(), "the director listed no installed roots:\n" + result.out());
		return roots;
	}

	/** The command that starts the platform with the build's Java, without a native launcher. */
	private static String[] launch(Path platform, String... arguments) throws IOException {
		Path launcher;
		try (Stream<Path> plugins = Files.list(platform.resolve("plugins"))) {
			launcher = plugins.filter(plugin -> plugin.getFileName().toString().matches("org\\.eclipse\\.equinox\\.launcher_.*\\.jar"))
					.findFirst().orElseThrow(() -> new AssertionError("no launcher jar in " + platform));
		}
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-jar", launcher.toString(), "-nosplash", "-consoleLog"));
		command.addAll(List.of(arguments));
		return command.toArray(String[]::new);
	}

	private Path copyOfPlainPlatform() throws IOException, InterruptedException {
		Path plain = Path.of(System.getProperty("counterpart.platform.dir", "")).toAbsolutePath().normalize();
		if (!Files.isRegularFile(plain.resolve(BUNDLES_INFO))) {
			throw new IllegalStateException("No plain platform at " + plain
					+ ": build it first with ./mvnw verify (module releng/org.counterpart.platform).");
		}
		Path copy = home.resolve("platform");
		Process cp = new ProcessBuilder("cp", "-a", plain.toString(), copy.toString()).redirectErrorStream(true).start();
		String output = new String(cp.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertEquals(0, cp.waitFor(), "copying the platform failed: " + output);
		return copy;
	}

	private static Path repository() {
		Path repository = Path.of(System.getProperty("counterpart.repository.dir", "")).toAbsolutePath().normalize();
		if (!Files.isRegularFile(repository.resolve("content.jar")) && !Files.isRegularFile(repository.resolve("content.xml.xz"))) {
			throw new IllegalStateException("No p2 repository at " + repository
					+ ": build it first with ./mvnw verify (module releng/org.counterpart.repository).");
		}
		return repository;
	}

	private static Set<String> lines(Path file) throws IOException {
		return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(line -> !line.startsWith("#"))
				.collect(Collectors.toCollection(TreeSet::new));
	}

	/** The files in the platform's features and plug-ins folders, by their relative paths (folders left empty aside). */
	private static Set<String> files(Path platform) throws IOException {
		Set<String> files = new TreeSet<>();
		for (String folder : List.of("features", "plugins")) {
			Path root = platform.resolve(folder);
			if (!Files.isDirectory(root)) {
				continue;
			}
			try (Stream<Path> walk = Files.walk(root)) {
				walk.filter(Files::isRegularFile).map(platform::relativize).map(Path::toString).forEach(files::add);
			}
		}
		return files;
	}
}
