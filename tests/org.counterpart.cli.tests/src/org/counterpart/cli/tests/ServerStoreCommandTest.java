package org.counterpart.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.counterpart.cli.ExitCodes;
import org.counterpart.model.demo.DemoCountryGenerator;
import org.counterpart.model.xmi.TheaterXmi;
import org.counterpart.tests.harness.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Store commands on headquarters' shared store: {@code --store jdbc:postgresql://HOST:PORT/DB?user=U} wherever
 * {@code --store DIR} is taken, the password from COUNTERPART_DB_PASSWORD only, never from the URL, never printed.
 */
public class ServerStoreCommandTest {

	private static final Map<String, String> PASSPHRASE = Map.of("COUNTERPART_PASSPHRASE", "correct horse battery");

	@TempDir
	Path folder;

	private String url;
	private Map<String, String> password;

	@BeforeEach
	void freshSchema() throws Exception {
		TestDatabase.requirePostgres("The shared store on the command line");
		url = TestDatabase.newSchemaUrl() + "&user=" + TestDatabase.setting("USER");
		password = Map.of("COUNTERPART_DB_PASSWORD", TestDatabase.setting("PASSWORD"));
	}

	@Test
	public void aServerStoreTakesTheSameCommandsAsAFolder() throws Exception {
		Path demo = folder.resolve("demo.xmi");
		TheaterXmi.save(new DemoCountryGenerator(5, 1).generate(), demo);
		Path local = folder.resolve("local");
		assertEquals(ExitCodes.OK, CommandLineRun.of(PASSPHRASE, "store", "import-xmi", "--store", local.toString(),
				demo.toString()).exitCode());

		CommandLineRun init = CommandLineRun.of(password, "store", "init", "--store", url);
		assertEquals(ExitCodes.OK, init.exitCode(), init.err());
		assertTrue(init.out().contains("is ready: 0 objects"), init.out());
		CommandLineRun imported = CommandLineRun.of(password, "store", "import-xmi", "--store", url, demo.toString());
		assertEquals(ExitCodes.OK, imported.exitCode(), imported.err());
		assertTrue(imported.out().startsWith("Imported " + demo + " into " + url + ": "), imported.out());
		CommandLineRun again = CommandLineRun.of(password, "store", "import-xmi", "--store", url, demo.toString());
		assertEquals(ExitCodes.FAILED, again.exitCode());
		assertTrue(again.err().contains("holds a workspace already"), again.err());

		CommandLineRun serverHash = CommandLineRun.of(password, "store", "hash", "--store", url);
		assertEquals(ExitCodes.OK, serverHash.exitCode(), serverHash.err());
		assertEquals(CommandLineRun.of(PASSPHRASE, "store", "hash", "--store", local.toString()).out(), serverHash.out(),
				"the same workspace, the same canonical hash");

		CommandLineRun mutate = CommandLineRun.of(password, "demo", "mutate", "--store", url, "--edits", "25", "--seed", "3", "--author", "analyst");
		assertEquals(ExitCodes.OK, mutate.exitCode(), mutate.err());
		CommandLineRun localMutate = CommandLineRun.of(PASSPHRASE, "demo", "mutate", "--store", local.toString(), "--edits",
				"25", "--seed", "3", "--author", "analyst");
		assertEquals(ExitCodes.OK, localMutate.exitCode(), localMutate.err());
		assertEquals(CommandLineRun.of(PASSPHRASE, "store", "hash", "--store", local.toString()).out(),
				CommandLineRun.of(password, "store", "hash", "--store", url).out());

		CommandLineRun stats = CommandLineRun.of(password, "store", "stats", "--store", url);
		assertEquals(ExitCodes.OK, stats.exitCode(), stats.err());
		assertTrue(stats.out().contains("store:      " + url), stats.out());
		CommandLineRun conflicts = CommandLineRun.of(password, "conflicts", "--store", url);
		assertEquals(ExitCodes.OK, conflicts.exitCode(), conflicts.err());
		assertTrue(conflicts.out().contains("No open conflicts."), conflicts.out());
		for (CommandLineRun run : new CommandLineRun[] { init, imported, serverHash, mutate, stats, conflicts }) {
			assertFalse((run.out() + run.err()).contains(TestDatabase.setting("PASSWORD")), "the password is never printed");
		}
	}

	@Test
	public void aPasswordInTheUrlAMissingUserOrPasswordAndAMissingIdentityAreRefusedClearly() {
		String secret = "s3cret-in-the-url";
		CommandLineRun inUrl = CommandLineRun.of(password, "store", "hash", "--store", url + "&password=" + secret);
		assertEquals(ExitCodes.USAGE, inUrl.exitCode());
		assertTrue(inUrl.err().contains("must not hold the password"), inUrl.err());

		CommandLineRun noUser = CommandLineRun.of(password, "store", "hash", "--store",
				url.replaceAll("[&?]user=[^&]*", ""));
		assertEquals(ExitCodes.USAGE, noUser.exitCode());
		assertTrue(noUser.err().contains("name the database user"), noUser.err());

		CommandLineRun noPassword = CommandLineRun.of(Map.of(), "store", "hash", "--store", url);
		assertEquals(ExitCodes.USAGE, noPassword.exitCode());
		assertTrue(noPassword.err().contains("COUNTERPART_DB_PASSWORD"), noPassword.err());

		CommandLineRun noIdentity = CommandLineRun.of(password, "import", "--store", url, folder.resolve("x.cpkg").toString());
		assertEquals(ExitCodes.USAGE, noIdentity.exitCode());
		assertTrue(noIdentity.err().contains("give --identity DIR"), noIdentity.err());
	}
}
