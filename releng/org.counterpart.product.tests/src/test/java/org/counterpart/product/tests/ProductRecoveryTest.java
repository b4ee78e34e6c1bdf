package org.counterpart.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Unsaved edits outlive a SIGKILL, and the product offers them on its next start. A process on the product's own
 * plug-in jars (the store, the model, EMF, H2) opens the workbench's store, makes an edit, keeps it in the recovery
 * area as the workbench's background job does, and is killed with SIGKILL. The product, started on that store, shows
 * "Recovered edits"; killed with SIGKILL while it asks, and started again, it asks again; and the edit was never saved
 * behind the officer's back.
 * <p>
 * What the product does with the answer, and its own background job that keeps the edits, run in the workbench UI
 * tests (tests/org.counterpart.ui.tests: RecoveredEditsTest); this machine has no tool that types into another
 * process's windows.
 */
class ProductRecoveryTest {

	private static final Pattern MAIN_WINDOW = Pattern.compile("^\\s*0x[0-9a-f]+ \"Counterpart ?\": .*\\b(\\d+)x(\\d+)\\+");
	private static final Pattern OFFER_WINDOW = Pattern.compile("^\\s*0x[0-9a-f]+ \"Recovered edits ?\": ");
	private static final String PASSPHRASE = "smoke test passphrase";
	/** Exit value of a process killed by SIGKILL, as Java reports it (128 + 9). */
	private static final int KILLED = 137;

	@TempDir
	Path home;

	@Test
	void editsKeptByAKilledProcessAreOfferedOnTheNextStartEvenAfterTheProductIsKilledWhileAsking() throws Exception {
		String display = System.getenv("DISPLAY");
		if (display == null || display.isBlank()) {
			fail("The product recovery test needs an X display: run the build under 'xvfb-run -a'.");
		}
		Path store = home.resolve("workbench/store");
		// the first start creates the encrypted store, seeded with the demo country
		runProductUntil(MAIN_WINDOW, "first-start", null);
		assertTrue(Files.isDirectory(store), "the first start created the store in " + store);
		String original = check(store).get(0);

		String marker = "Recovered" + Long.toHexString(System.nanoTime());
		Process editor = child("edit", store.toString(), marker);
		List<String> said = readLines(editor);
		waitFor(() -> said.contains("kept"), editor, "the edit is kept", said);
		editor.destroyForcibly();
		assertTrue(editor.waitFor(30, TimeUnit.SECONDS));
		assertEquals(KILLED, editor.exitValue(), "the editing process was killed with SIGKILL");

		runProductUntil(OFFER_WINDOW, "recovery-offered", "product-recovery-offer.png");
		runProductUntil(OFFER_WINDOW, "recovery-offered-again", "product-recovery-offer-again.png");

		List<String> after = check(store);
		assertEquals(original, after.get(0), "nothing was saved behind the officer's back");
		assertFalse(original.contains(marker));
		assertTrue(after.contains("recovered " + marker), "the edit is still kept for the next start: " + after);
	}

	/**
	 * Starts the product, waits for a window whose {@code xwininfo} line matches {@code window}, saves a screenshot if
	 * named, and kills the product with SIGKILL.
	 */
	private void runProductUntil(Pattern window, String name, String screenshot) throws Exception {
		Path console = home.resolve(name + "-console.txt");
		Process workbench = ProductProcess.builder(home, "counterpart", "-consoleLog").redirectErrorStream(true)
				.redirectOutput(console.toFile()).start();
		try {
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
			while (windowTree().stream().noneMatch(line -> shows(window, line))) {
				if (!workbench.isAlive()) {
					fail("counterpart exited with " + workbench.exitValue() + " before its window came up:\n"
							+ Files.readString(console));
				}
				if (System.nanoTime() > deadline) {
					fail("No window matching " + window + " within 120 s. Windows:\n" + String.join("\n", windowTree())
							+ "\nConsole:\n" + Files.readString(console));
				}
				Thread.sleep(500);
			}
			if (screenshot != null) {
				Thread.sleep(2000); // let the first paint finish
				Path file = Path.of(System.getProperty("counterpart.screenshots", "target/screenshots")).resolve(screenshot);
				Files.createDirectories(file.getParent());
				Process capture = new ProcessBuilder("import", "-display", System.getenv("DISPLAY"), "-window", "root",
						file.toString()).redirectErrorStream(true).start();
				capture.getInputStream().readAllBytes();
				assertEquals(0, capture.waitFor(), "screenshot with ImageMagick's import failed");
			}
		} finally {
			workbench.destroyForcibly();
			workbench.waitFor(30, TimeUnit.SECONDS);
		}
		assertEquals(KILLED, workbench.exitValue(), "the product was killed with SIGKILL");
	}

	/** Whether an {@code xwininfo} line is the window wanted: for the main window, a full-sized one (not a splash). */
	private static boolean shows(Pattern window, String line) {
		var matcher = window.matcher(line);
		return matcher.find() && (window != MAIN_WINDOW || Integer.parseInt(matcher.group(1)) > 400);
	}

	/** What the store holds: the first contact's stored family name, then {@code recovered <value>} lines. */
	private List<String> check(Path store) throws Exception {
		Process checker = child("check", store.toString());
		List<String> lines = readLines(checker);
		assertTrue(checker.waitFor(120, TimeUnit.SECONDS), "the check ended");
		Thread.sleep(200);
		assertEquals(0, checker.exitValue(), "the check failed: " + lines + "\n" + errors(checker));
		List<String> result = new ArrayList<>();
		for (String line : lines) {
			if (line.startsWith("stored ")) {
				result.add(0, line.substring("stored ".length()));
			} else if (line.startsWith("recovered ")) {
				result.add(line);
			}
		}
		assertFalse(result.isEmpty(), "the check said nothing: " + lines);
		return result;
	}

	/** Runs {@link KilledEditor} on the product's own plug-in jars; the passphrase goes to its standard input. */
	private Process child(String... args) throws IOException, URISyntaxException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-cp", childClassPath(), KilledEditor.class.getName()));
		command.addAll(List.of(args));
		Path errors = home.resolve("child-" + System.nanoTime() + ".err");
		Process child = new ProcessBuilder(command).redirectError(errors.toFile()).start();
		childErrors.put(child, errors);
		try (OutputStream in = child.getOutputStream()) {
			in.write((PASSPHRASE + "\n").getBytes(StandardCharsets.UTF_8));
		}
		return child;
	}

	private final java.util.Map<Process, Path> childErrors = new java.util.HashMap<>();

	private String errors(Process child) throws IOException {
		Path file = childErrors.get(child);
		return file == null || !Files.exists(file) ? "" : Files.readString(file);
	}

	private static String childClassPath() throws IOException, URISyntaxException {
		List<String> entries = new ArrayList<>();
		entries.add(Path.of(KilledEditor.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
		Path plugins = ProductProcess.productFolder().resolve("plugins");
		for (String prefix : List.of("org.counterpart.store_", "org.counterpart.model_", "org.eclipse.emf.common_",
				"org.eclipse.emf.ecore_", "com.h2database_", "bcprov_")) {
			try (Stream<Path> jars = Files.list(plugins)) {
				entries.add(jars.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst()
						.orElseThrow(() -> new IllegalStateException("no " + prefix + "*.jar in " + plugins)).toString());
			}
		}
		return String.join(File.pathSeparator, entries);
	}

	private static List<String> readLines(Process process) {
		List<String> lines = new CopyOnWriteArrayList<>();
		Thread reader = new Thread(() -> {
			try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				for (String line; (line = in.readLine()) != null;) {
					lines.add(line);
				}
			} catch (IOException e) {
				// the process was killed
			}
		});
		reader.setDaemon(true);
		reader.start();
		return lines;
	}

	private void waitFor(java.util.function.BooleanSupplier condition, Process process, String what, List<String> said)
			throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		while (!condition.getAsBoolean()) {
			if (!process.isAlive() || System.nanoTime() > deadline) {
				fail("Gave up waiting: " + what + ": " + said + "\n" + errors(process));
			}
			Thread.sleep(100);
		}
	}

	private static List<String> windowTree() throws IOException, InterruptedException {
		return ProductProcess.windowTree().lines().toList();
	}
}
