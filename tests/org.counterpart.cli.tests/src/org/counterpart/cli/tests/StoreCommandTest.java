package org.counterpart.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.counterpart.cli.ExitCodes;
import org.counterpart.model.Theater;
import org.counterpart.model.demo.DemoCountryGenerator;
import org.counterpart.model.xmi.TheaterXmi;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class StoreCommandTest {

	private static final Map<String, String> PASSPHRASE = Map.of("COUNTERPART_PASSPHRASE", "correct horse battery");

	@TempDir
	Path folder;

	@Test
	public void importExportRoundTripKeepsTheWorkspace() throws Exception {
		Path demo = folder.resolve("demo.xmi");
		Theater original = new DemoCountryGenerator(3, 1).generate();
		TheaterXmi.save(original, demo);
		Path store = folder.resolve("store");

		CommandLineRun imported = CommandLineRun.of(PASSPHRASE, "store", "import-xmi", "--store", store.toString(), demo.toString());
		assertEquals(ExitCodes.OK, imported.exitCode(), imported.err());
		assertTrue(imported.out().startsWith("Imported " + demo + " into " + store + ": "), imported.out());

		Path exported = folder.resolve("exported.xmi");
		CommandLineRun export = CommandLineRun.of(PASSPHRASE, "store", "export-xmi", "--store", store.toString(), "--out",
				exported.toString());
		assertEquals(ExitCodes.OK, export.exitCode(), export.err());
		assertTrue(EcoreUtil.equals(original, TheaterXmi.load(exported)), "export of the import equals the original");
	}

	@Test
	public void hashIsEqualForEqualStatesAndStatsCountObjects() throws Exception {
		Path demo = folder.resolve("demo.xmi");
		TheaterXmi.save(new DemoCountryGenerator(1, 1).generate(), demo);
		Path first = folder.resolve("first");
		Path second = folder.resolve("second");
		assertEquals(ExitCodes.OK, CommandLineRun.of(PASSPHRASE, "store", "import-xmi", "--store", first.toString(), demo.toString()).exitCode());
		assertEquals(ExitCodes.OK, CommandLineRun.of(PASSPHRASE, "store", "import-xmi", "--store", second.toString(), demo.toString()).exitCode());

		CommandLineRun firstHash = CommandLineRun.of(PASSPHRASE, "store", "hash", "--store", first.toString());
		CommandLineRun secondHash = CommandLineRun.of(PASSPHRASE, "store", "hash", "--store", second.toString());
		assertEquals(ExitCodes.OK, firstHash.exitCode(), firstHash.err());
		assertTrue(firstHash.out().strip().matches("[0-9a-f]{64}"), firstHash.out());
		assertEquals(firstHash.out(), secondHash.out());

		CommandLineRun stats = CommandLineRun.of(PASSPHRASE, "store", "stats", "--store", first.toString());
		assertEquals(ExitCodes.OK, stats.exitCode(), stats.err());
		assertTrue(stats.out().lines().anyMatch(line -> line.matches("objects: +[0-9,]{5,}")), stats.out());
	}

	@Test
	public void wrongPassphraseFailsClearlyAndChangesNothing() throws Exception {
		Path store = folder.resolve("store");
		assertEquals(ExitCodes.OK, CommandLineRun.of(PASSPHRASE, "store", "init", "--store", store.toString()).exitCode());
		String before = CommandLineRun.of(PASSPHRASE, "store", "hash", "--store", store.toString()).out();

		CommandLineRun wrong = CommandLineRun.of(Map.of("COUNTERPART_PASSPHRASE", "wrong guess"), "store", "stats", "--store",
				store.toString());
		assertEquals(ExitCodes.FAILED, wrong.exitCode());
		assertTrue(wrong.err().contains("passphrase is not correct"), wrong.err());
		assertFalse(wrong.err().contains("wrong guess"), "the passphrase is never echoed");
		assertEquals(before, CommandLineRun.of(PASSPHRASE, "store", "hash", "--store", store.toString()).out());
	}

	@Test
	public void initRefusesAFolderThatHoldsAStore() {
		Path store = folder.resolve("store");
		assertEquals(ExitCodes.OK, CommandLineRun.of(PASSPHRASE, "store", "init", "--store", store.toString()).exitCode());
		CommandLineRun again = CommandLineRun.of(PASSPHRASE, "store", "init", "--store", store.toString());
		assertEquals(ExitCodes.FAILED, again.exitCode());
		assertTrue(again.err().contains("already holds a Counterpart workspace store"), again.err());
	}

	@Test
	public void withoutPassphraseOrTerminalTheCommandSaysWhatToDo() {
		Path store = folder.resolve("store");
		CommandLineRun run = CommandLineRun.of(Map.of(), "store", "init", "--store", store.toString());
		assertEquals(ExitCodes.USAGE, run.exitCode());
		assertTrue(run.err().contains("set COUNTERPART_PASSPHRASE"), run.err());
		assertFalse(Files.exists(store.resolve("workspace.mv.db")));
	}

	@Test
	public void openingAFolderWithoutAStoreSaysHowToCreateOne() {
		CommandLineRun run = CommandLineRun.of(PASSPHRASE, "store", "stats", "--store", folder.resolve("nothing").toString());
		assertEquals(ExitCodes.FAILED, run.exitCode());
		assertTrue(run.err().contains("holds no workspace store"), run.err());
	}
}
