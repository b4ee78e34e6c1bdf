package org.counterpart.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.counterpart.cli.ExitCodes;
import org.counterpart.model.Contact;
import org.counterpart.model.CounterpartPackage;
import org.counterpart.model.Identified;
import org.counterpart.model.Marking;
import org.counterpart.model.Theater;
import org.counterpart.model.demo.DemoCountryGenerator;
import org.counterpart.security.DeviceIdentityFolder;
import org.counterpart.store.WorkspaceStore;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Headquarters sends a partner-country device its baseline, both edit the same contact, and an analyst
 * at headquarters lists and resolves the conflict, all through counterpart-cli.
 */
public class BaselineAndConflictsCommandsTest {

	private static final String STORE_SECRET = "store-secret-passphrase";
	private static final Map<String, String> ENVIRONMENT = Map.of("COUNTERPART_PASSPHRASE", STORE_SECRET,
			"COUNTERPART_DEVICE_PASSPHRASE", "device-secret-passphrase", "COUNTERPART_CA_PASSPHRASE",
			"authority-secret-passphrase");
	private static final Pattern LINE = Pattern.compile(
			"^([0-9a-f]{8}) VALUE Contact \"[^\"]+\" position: kept \"([^\"]+)\" \\(device \"CN=[^\"]+\" ([0-9a-f-]+) #\\d+, "
					+ "(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z)\\) over \"([^\"]+)\" \\(device \"CN=[^\"]+\" ([0-9a-f-]+) #\\d+, "
					+ "\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z\\) key=VALUE/",
			Pattern.MULTILINE);

	@TempDir
	Path folder;

	private CommandLineRun run(int expectedExit, String... arguments) {
		CommandLineRun run = CommandLineRun.of(ENVIRONMENT, arguments);
		assertEquals(expectedExit, run.exitCode(), String.join(" ", arguments) + "\n" + run.out() + run.err());
		return run;
	}

	private String path(String name) {
		return folder.resolve(name).toString();
	}

	/** Certifies a new device key in STORE/identity, for {@code country} if given. */
	private void enrol(String store, String name, String country) {
		String identity = path(store + "/identity");
		run(ExitCodes.OK, "device", "init", "--identity", identity);
		run(ExitCodes.OK, "device", "csr", "--identity", identity, "--subject", "CN=" + name + ",O=Counterpart", "--out",
				path(name + ".csr"));
		if (country == null) {
			run(ExitCodes.OK, "authority", "issue", "--ca", path("ca"), "--csr", path(name + ".csr"), "--out",
					path(name + ".pem"));
		} else {
			CommandLineRun issued = run(ExitCodes.OK, "authority", "issue", "--ca", path("ca"), "--csr",
					path(name + ".csr"), "--out", path(name + ".pem"), "--country", country);
			assertTrue(issued.out().contains("to CN=" + name + ",O=Counterpart,C=" + country), issued.out());
		}
		run(ExitCodes.OK, "authority", "crl", "--ca", path("ca"), "--out", path("crl.pem"));
		run(ExitCodes.OK, "device", "install-cert", "--identity", identity, "--chain", path(name + ".pem"), "--ca-cert",
				path("ca/ca.crt"), "--crl", path("crl.pem"));
	}

	private static WorkspaceStore open(Path store) throws Exception {
		CounterpartPackage.eINSTANCE.eClass();
		WorkspaceStore opened = WorkspaceStore.open(store, STORE_SECRET.toCharArray());
		opened.load();
		return opened;
	}

	private static Set<String> ids(WorkspaceStore store) {
		Set<String> ids = new HashSet<>();
		store.resource().getAllContents().forEachRemaining(o -> {
			if (o instanceof Identified identified) {
				ids.add(identified.getId());
			}
		});
		return ids;
	}

	private static boolean releasableToPartner(EObject object) {
		for (EObject o = object; o != null; o = o.eContainer()) {
			Marking marking = ((Identified) o).getEffectiveMarking();
			if (marking == null || !marking.getRelTo().contains(DemoCountryGenerator.COUNTRY_CODE)) {
				return false;
			}
		}
		return true;
	}

	/** Sets the position of contact {@code id} in the store and saves. */
	private static void editPosition(Path store, String id, String position) throws Exception {
		try (WorkspaceStore opened = open(store)) {
			Theater theater = (Theater) opened.resource().getContents().get(0);
			theater.getContacts().stream().filter(c -> c.getId().equals(id)).findFirst().orElseThrow().setPosition(position);
			opened.save();
		}
	}

	private static String position(Path store, String id) throws Exception {
		try (WorkspaceStore opened = open(store)) {
			Theater theater = (Theater) opened.resource().getContents().get(0);
			return theater.getContacts().stream().filter(c -> c.getId().equals(id)).findFirst().orElseThrow().getPosition();
		}
	}

	@Test
	public void aBaselineReachesTheDeviceAndAConflictIsListedAndResolved() throws Exception {
		CommandLineScenario.authorityAndDemoStore(this::run, folder, "hq");
		run(ExitCodes.OK, "store", "init", "--store", path("field"));
		enrol("hq", "hq-server", null);
		enrol("field", "xvm-liaison", DemoCountryGenerator.COUNTRY_CODE);
		enrol("teammate", "xvm-teammate", DemoCountryGenerator.COUNTRY_CODE);
		enrol("elsewhere", "zza-officer", "ZZA");

		Set<String> releasable = new HashSet<>();
		Set<String> all;
		String contactId;
		try (WorkspaceStore hq = open(folder.resolve("hq"))) {
			all = ids(hq);
			hq.resource().getAllContents().forEachRemaining(o -> {
				if (o instanceof Identified identified && releasableToPartner(o)) {
					releasable.add(identified.getId());
				}
			});
			Theater theater = (Theater) hq.resource().getContents().get(0);
			contactId = theater.getContacts().stream().filter(BaselineAndConflictsCommandsTest::releasableToPartner)
					.map(Contact::getId).findFirst().orElseThrow();
		}
		assertTrue(releasable.size() < all.size(), "the demo holds objects not releasable to the partner");

		// The baseline: what the partner may see, imported by the device.
		CommandLineRun baseline = run(ExitCodes.OK, "baseline", "--store", path("hq"), "--device", path("xvm-liaison.pem"),
				"--out", path("b1.cpkg"), "--teammate", path("xvm-teammate.pem"), "--teammate", path("zza-officer.pem"));
		assertTrue(baseline.out().contains("Teammates' certificates carried (devices of XVM): 1"), baseline.out());
		Matcher written = Pattern.compile("^Baseline package 1 of device \\S+ for CN=xvm-liaison,O=Counterpart,C=XVM "
				+ "\\(releasable to XVM\\): ([\\d,]+) operations, ([\\d,]+) left out as not releasable, to ").matcher(baseline.out());
		assertTrue(written.find(), baseline.out());
		assertTrue(Long.parseLong(written.group(2).replace(",", "")) > 0, baseline.out());
		assertFalse(Files.exists(folder.resolve("b1.cpkg.partial")));
		CommandLineRun imported = run(ExitCodes.OK, "import", "--store", path("field"), path("b1.cpkg"));
		assertTrue(imported.out().startsWith(path("b1.cpkg") + ": applied package=1 "), imported.out());
		assertFalse(imported.out().contains("gap="), imported.out());
		assertTrue(imported.out().contains(" certificates=1-learned"), imported.out());
		List<Path> known;
		try (Stream<Path> files = Files.list(folder.resolve("field/identity/known"))) {
			known = files.toList();
		}
		assertEquals(1, known.size(), "the teammate, not the officer of another country: " + known);
		assertEquals(DeviceIdentityFolder.readCertificates(folder.resolve("xvm-teammate.pem")).get(0),
				DeviceIdentityFolder.readCertificates(known.get(0)).get(0));
		try (WorkspaceStore field = open(folder.resolve("field"))) {
			assertEquals(releasable, ids(field));
		}

		CommandLineRun again = run(ExitCodes.OK, "baseline", "--store", path("hq"), "--device", path("xvm-liaison.pem"),
				"--out", path("b2.cpkg"));
		assertTrue(again.out().contains(": 0 operations, "), again.out());
		CommandLineRun emptyImport = run(ExitCodes.OK, "import", "--store", path("field"), path("b2.cpkg"));
		assertTrue(emptyImport.out().contains("applied package=2 ") && !emptyImport.out().contains("gap="),
				emptyImport.out());

		// Both edit the same field of the same contact; the device's package makes the conflict at headquarters.
		run(ExitCodes.OK, "conflicts", "--store", path("hq"));
		editPosition(folder.resolve("hq"), contactId, "Chief of Staff (HQ view)");
		editPosition(folder.resolve("field"), contactId, "Deputy Chief of Staff (field view)");
		run(ExitCodes.OK, "export", "--store", path("field"), "--to", path("hq-server.pem"), "--out", path("f1.cpkg"));
		run(ExitCodes.OK, "import", "--store", path("hq"), path("f1.cpkg"));

		CommandLineRun listed = run(ExitCodes.PROBLEMS_FOUND, "conflicts", "--store", path("hq"));
		Matcher line = LINE.matcher(listed.out());
		assertTrue(line.find(), listed.out());
		assertTrue(listed.out().contains("1 open conflict."), listed.out());
		String id = line.group(1);
		String kept = line.group(2);
		String other = line.group(6);
		assertEquals(Set.of("Chief of Staff (HQ view)", "Deputy Chief of Staff (field view)"), Set.of(kept, other));
		assertFalse(line.group(3).equals(line.group(7)), "the two sides come from two devices");
		assertEquals(kept, position(folder.resolve("hq"), contactId), "the merge applied the side it kept");

		// Bad input changes nothing.
		CommandLineRun unknown = run(ExitCodes.USAGE, "conflicts", "--store", path("hq"), "--resolve", "0000ffff");
		assertTrue(unknown.err().contains("No open conflict has the ID or key '0000ffff'"), unknown.err());
		CommandLineRun alone = run(ExitCodes.USAGE, "conflicts", "--store", path("hq"), "--apply-other-side");
		assertTrue(alone.err().contains("--apply-other-side needs --resolve"), alone.err());
		assertEquals(listed.out(), run(ExitCodes.PROBLEMS_FOUND, "conflicts", "--store", path("hq")).out());

		CommandLineRun resolved = run(ExitCodes.OK, "conflicts", "--store", path("hq"), "--resolve", id,
				"--apply-other-side");
		assertTrue(resolved.out().startsWith("Resolved " + id + ": Contact "), resolved.out());
		assertEquals(other, position(folder.resolve("hq"), contactId), "the other side was applied");
		CommandLineRun none = run(ExitCodes.OK, "conflicts", "--store", path("hq"));
		assertEquals("No open conflicts.", none.out().strip());
		CommandLineRun twice = run(ExitCodes.USAGE, "conflicts", "--store", path("hq"), "--resolve", id);
		assertTrue(twice.err().contains("No open conflict"), twice.err());

		// The resolution and the value it wrote reach the device in its next baseline.
		run(ExitCodes.OK, "baseline", "--store", path("hq"), "--device", path("xvm-liaison.pem"), "--out", path("b3.cpkg"));
		CommandLineRun third = run(ExitCodes.OK, "import", "--store", path("field"), path("b3.cpkg"));
		assertFalse(third.out().contains("gap="), third.out());
		assertEquals(other, position(folder.resolve("field"), contactId));
	}

	@Test
	public void aBaselineNeedsADeviceCertifiedForACountryAndBadInputChangesNothing() throws Exception {
		CommandLineScenario.authorityAndDemoStore(this::run, folder, "hq");
		enrol("hq", "hq-server", null);
		enrol("other", "no-country", null);
		Map<String, Long> marks;
		try (WorkspaceStore hq = open(folder.resolve("hq"))) {
			marks = hq.syncMarks("");
		}

		CommandLineRun noCountry = run(ExitCodes.FAILED, "baseline", "--store", path("hq"), "--device",
				path("no-country.pem"), "--out", path("b.cpkg"));
		assertTrue(noCountry.err().contains("names no country") && noCountry.err().contains("--country CODE"),
				noCountry.err());
		assertEquals(1, noCountry.err().strip().lines().count(), noCountry.err());
		assertFalse(Files.exists(folder.resolve("b.cpkg")));

		CommandLineRun badCode = run(ExitCodes.USAGE, "authority", "issue", "--ca", path("ca"), "--csr",
				path("no-country.csr"), "--out", path("again.pem"), "--country", "xv");
		assertTrue(badCode.err().contains("alpha-3"), badCode.err());
		assertFalse(Files.exists(folder.resolve("again.pem")));

		Files.writeString(folder.resolve("taken.cpkg"), "keep me");
		run(ExitCodes.USAGE, "baseline", "--store", path("hq"), "--device", path("no-country.pem"), "--out",
				path("taken.cpkg"));
		assertEquals("keep me", Files.readString(folder.resolve("taken.cpkg")));
		CommandLineRun missing = run(ExitCodes.USAGE, "baseline", "--store", path("hq"), "--out", path("b.cpkg"));
		assertTrue(missing.err().contains("--device"), missing.err());

		try (WorkspaceStore hq = open(folder.resolve("hq"))) {
			assertEquals(marks, hq.syncMarks(""), "nothing was recorded as sent");
		}
		CommandLineRun help = run(ExitCodes.OK, "baseline", "--help");
		assertTrue(help.out().contains("releasable") && help.out().contains("COUNTERPART_PASSPHRASE"), help.out());
		assertTrue(List.of(run(ExitCodes.OK, "--help").out().split("\\R")).stream()
				.anyMatch(l -> l.strip().startsWith("conflicts")), "conflicts is listed");
	}
}
