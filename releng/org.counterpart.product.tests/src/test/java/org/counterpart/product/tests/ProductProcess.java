package org.counterpart.product.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the launcher scripts of the materialized product, the way a user does.
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
		Path out = Files.createTempFile(home, "out", ".txt");
		Path err = Files.createTempFile(home, "err", ".txt");
		Process process = builder(home, command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
		if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError("'" + String.join(" ", command) + "' did not finish within " + timeoutSeconds + " s");
		}
		return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
				Files.readString(err, StandardCharsets.UTF_8));
	}

	static ProcessBuilder builder(Path home, String... command) {
		List<String> words = new ArrayList<>(List.of(command));
		words.set(0, productFolder().resolve(command[0]).toString());
		ProcessBuilder builder = new ProcessBuilder(words).directory(home.toFile());
		Map<String, String> environment = builder.environment();
		environment.put("COUNTERPART_HOME", home.toString());
		environment.put("HOME", home.toString());
		// The workbench creates (first start) or unlocks its encrypted store with this instead of asking.
		environment.put("COUNTERPART_PASSPHRASE", "smoke test passphrase");
		return builder;
	}

	private ProductProcess() {
	}
}
