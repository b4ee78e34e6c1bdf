package org.counterpart.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.counterpart.cli.ExitCodes;
import org.counterpart.model.demo.DemoCountryGenerator;
import org.counterpart.model.xmi.TheaterXmi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class DemoMutateCommandTest {

	private static final Map<String, String> PASSPHRASE = Map.of("COUNTERPART_PASSPHRASE", "correct horse battery");

	@TempDir
	Path folder;

	private Path store;

	@BeforeEach
	public void demoStore() throws Exception {
		Path demo = folder.resolve("demo.xmi");
		TheaterXmi.save(new DemoCountryGenerator(1, 1).generate(), demo);
		store = folder.resolve("store");
		CommandLineRun imported = CommandLineRun.of(PASSPHRASE, "store", "import-xmi", "--store", store.toString(), demo.toString());
		assertEquals(ExitCodes.OK, imported.exitCode(), imported.err());
	}

	@Test
	public void mutateEditsTheStoreInOneSaveAndGrowsTheJournal() {
		String hashBefore = hash(store);
		long operationsBefore = operations(store);

		CommandLineRun run = CommandLineRun.of(PASSPHRASE, "demo", "mutate", "--store", store.toString(), "--edits", "200", "--seed", "5",
				"--author", "CPT Sarah Whitaker");
		assertEquals(ExitCodes.OK, run.exitCode(), run.err());
		assertTrue(run.out().startsWith("Made 200 edits in " + store + ": "), run.out());
		assertTrue(run.out().contains(" new observations"), run.out());
		assertTrue(run.out().strip().matches(".*; [0-9,]+ operations saved"), run.out());

		assertNotEquals(hashBefore, hash(store), "the state changed");
		long saved = Long.parseLong(run.out().strip().replaceAll(".*; ([0-9,]+) operations saved", "$1").replace(",", ""));
		assertTrue(saved >= 200, "at least one operation per edit: " + saved);
		assertEquals(operationsBefore + saved, operations(store), "the journal grew by the operations saved");

		CommandLineRun validate = CommandLineRun.of(PASSPHRASE, "store", "export-xmi", "--store", store.toString(), "--out",
				folder.resolve("after.xmi").toString());
		assertEquals(ExitCodes.OK, validate.exitCode(), validate.err());
		CommandLineRun check = CommandLineRun.of("validate", folder.resolve("after.xmi").toString());
		assertEquals(ExitCodes.OK, check.exitCode(), check.out() + check.err());
	}

	@Test
	public void theSameSeedOnACopyGivesTheSameState() throws Exception {
		Path copy = folder.resolve("copy");
		copyFolder(store, copy);
		assertEquals(hash(store), hash(copy));

		assertEquals(ExitCodes.OK, CommandLineRun.of(PASSPHRASE, "demo", "mutate", "--store", store.toString(), "--edits", "100", "--seed", "8").exitCode());
		assertEquals(ExitCodes.OK, CommandLineRun.of(PASSPHRASE, "demo", "mutate", "--store", copy.toString(), "--edits", "100", "--seed", "8").exitCode());
		assertEquals(hash(store), hash(copy));

		// Once more on both: new edits (the state differs from the first run), still the same on both.
		String afterFirst = hash(store);
		assertEquals(ExitCodes.OK, CommandLineRun.of(PASSPHRASE, "demo", "mutate", "--store", store.toString(), "--edits", "30", "--seed", "8").exitCode());
		assertEquals(ExitCodes.OK, CommandLineRun.of(PASSPHRASE, "demo", "mutate", "--store", copy.toString(), "--edits", "30", "--seed", "8").exitCode());
		assertNotEquals(afterFirst, hash(store));
		assertEquals(hash(store), hash(copy));
	}

	@Test
	public void badArgumentsFailClearlyAndChangeNothing() {
		String hashBefore = hash(store);
		long operationsBefore = operations(store);

		CommandLineRun zero = CommandLineRun.of(PASSPHRASE, "demo", "mutate", "--store", store.toString(), "--edits", "0");
		assertEquals(ExitCodes.USAGE, zero.exitCode());
		assertTrue(zero.err().contains("--edits must be 1 or more, not 0."), zero.err());

		CommandLineRun missingEdits = CommandLineRun.of(PASSPHRASE, "demo", "mutate", "--store", store.toString());
		assertEquals(ExitCodes.USAGE, missingEdits.exitCode());
		assertTrue(missingEdits.err().contains("--edits"), missingEdits.err());

		CommandLineRun wrongPassphrase = CommandLineRun.of(Map.of("COUNTERPART_PASSPHRASE", "wrong guess"), "demo", "mutate", "--store",
				store.toString(), "--edits", "10");
		assertEquals(ExitCodes.FAILED, wrongPassphrase.exitCode());
		assertTrue(wrongPassphrase.err().contains("passphrase is not correct"), wrongPassphrase.err());

		assertEquals(hashBefore, hash(store));
		assertEquals(operationsBefore, operations(store));

		Path missing = folder.resolve("no-store");
		CommandLineRun noStore = CommandLineRun.of(PASSPHRASE, "demo", "mutate", "--store", missing.toString(), "--edits", "10");
		assertEquals(ExitCodes.FAILED, noStore.exitCode());
		assertTrue(noStore.err().contains(missing + " holds no workspace store."), noStore.err());
		assertFalse(Files.exists(missing), "nothing created");
	}

	@Test
	public void anEmptyStoreHasNothingToEdit() {
		Path empty = folder.resolve("empty");
		assertEquals(ExitCodes.OK, CommandLineRun.of(PASSPHRASE, "store", "init", "--store", empty.toString()).exitCode());
		String hashBefore = hash(empty);
		CommandLineRun run = CommandLineRun.of(PASSPHRASE, "demo", "mutate", "--store", empty.toString(), "--edits", "10");
		assertEquals(ExitCodes.FAILED, run.exitCode());
		assertTrue(run.err().contains("is empty: there is nothing to edit"), run.err());
		assertEquals(hashBefore, hash(empty));
	}

	@Test
	public void demoWithoutOutOrSubcommandSaysWhatIsMissing() {
		CommandLineRun run = CommandLineRun.of("demo", "--seed", "3");
		assertEquals(ExitCodes.USAGE, run.exitCode());
		assertTrue(run.err().contains("Missing required option: '--out=FILE'"), run.err());
	}

	private static String hash(Path store) {
		CommandLineRun run = CommandLineRun.of(PASSPHRASE, "store", "hash", "--store", store.toString());
		assertEquals(ExitCodes.OK, run.exitCode(), run.err());
		return run.out().strip();
	}

	private static long operations(Path store) {
		CommandLineRun run = CommandLineRun.of(PASSPHRASE, "store", "stats", "--store", store.toString());
		assertEquals(ExitCodes.OK, run.exitCode(), run.err());
		String line = run.out().lines().filter(l -> l.startsWith("operations:")).findFirst().orElseThrow();
		return Long.parseLong(line.substring("operations:".length()).strip().replace(",", ""));
	}

	private static void copyFolder(Path from, Path to) throws IOException {
		try (Stream<Path> files = Files.walk(from)) {
			files.forEach(file -> {
				try {
					Files.copy(file, to.resolve(from.relativize(file).toString()));
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		}
	}
}
