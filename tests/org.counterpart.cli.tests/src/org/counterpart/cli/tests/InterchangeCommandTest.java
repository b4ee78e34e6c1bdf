package org.counterpart.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.counterpart.cli.ExitCodes;
import org.counterpart.model.PartnerInstitution;
import org.counterpart.model.Theater;
import org.counterpart.model.demo.DemoCountryGenerator;
import org.counterpart.model.xmi.TheaterXmi;
import org.counterpart.tests.harness.Ogrinfo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code counterpart-cli interchange}: exports in every field format that GDAL reads with the count the command
 * reports, leaving out what the recipient country may not see; imports that save only on success, a dry run that
 * saves nothing, duplicates left out on a second import, and bad input refused with the line named.
 */
public class InterchangeCommandTest {

	private static final Map<String, String> PASSPHRASE = Map.of("COUNTERPART_PASSPHRASE", "correct horse battery");
	private static final Pattern WRITTEN = Pattern.compile(": (\\d+) (observations|contacts), marked ");

	@TempDir
	Path folder;

	private Path store;
	private Theater demo;

	@BeforeEach
	public void demoStore() throws Exception {
		demo = new DemoCountryGenerator(5, 1).generate();
		Path xmi = folder.resolve("demo.xmi");
		TheaterXmi.save(demo, xmi);
		store = folder.resolve("store");
		CommandLineRun imported = CommandLineRun.of(PASSPHRASE, "store", "import-xmi", "--store", store.toString(), xmi.toString());
		assertEquals(ExitCodes.OK, imported.exitCode(), imported.err());
	}

	@Test
	public void everyExportIsReadByOgrinfoWithTheCountItReports() {
		for (String format : new String[] { "csv", "geojson", "kml" }) {
			Path out = folder.resolve("observations." + format);
			CommandLineRun run = run("interchange", "export", "--store", store.toString(), "--format", format, "--out", out.toString());
			assertEquals(ExitCodes.OK, run.exitCode(), run.err());
			int written = written(run);
			assertEquals(written, Ogrinfo.totalFeatures(out), format + ": " + run.out());
			if (format.equals("csv")) {
				assertEquals(demo.getObservations().size(), written, "CSV holds every observation, located or not");
			} else {
				assertTrue(written < demo.getObservations().size() && run.out().contains("left out: no location"), run.out());
			}
		}
	}

	@Test
	public void anExportForAPartnerLeavesOutAndListsWhatItMayNotSee() throws Exception {
		Path all = folder.resolve("all.vcf");
		Path partner = folder.resolve("partner.vcf");
		CommandLineRun owner = run("interchange", "export", "--store", store.toString(), "--format", "vcard", "--out", all.toString());
		CommandLineRun forPartner = run("interchange", "export", "--store", store.toString(), "--format", "vcard", "--out",
				partner.toString(), "--country", DemoCountryGenerator.COUNTRY_CODE);
		assertEquals(ExitCodes.OK, forPartner.exitCode(), forPartner.err());
		assertEquals(demo.getContacts().size(), written(owner));
		long noforn = demo.getContacts().stream().filter(c -> c.getEffectiveMarking().getRelTo().isEmpty()).count();
		assertTrue(noforn > 0, "the demo has NOFORN contacts");
		assertEquals(demo.getContacts().size() - noforn, written(forPartner));
		assertTrue(forPartner.out().contains(noforn + " left out: not releasable to XVM"), forPartner.out());
		assertEquals(noforn, forPartner.out().lines().filter(line -> line.contains("which XVM may not see")).count());
		String cards = Files.readString(partner);
		assertFalse(cards.contains("X-COUNTERPART-MARKING:CUI//NOFORN"));
		assertEquals(written(forPartner), cards.lines().filter(line -> line.startsWith("X-COUNTERPART-MARKING:CUI//REL TO USA")).count());

		CommandLineRun badCountry = run("interchange", "export", "--store", store.toString(), "--format", "csv", "--out",
				folder.resolve("x.csv").toString(), "--country", "Valmaa");
		assertEquals(ExitCodes.USAGE, badCountry.exitCode());
		assertTrue(badCountry.err().contains("'Valmaa' is not a country code"), badCountry.err());
	}

	@Test
	public void aCsvImportSavesOnlyOnSuccessAndADryRunSavesNothing() throws Exception {
		PartnerInstitution institution = demo.getInstitutions().get(0);
		Path csv = folder.resolve("contacts.csv");
		Files.writeString(csv, "Surname,Given,Unit\nKask,Peeter," + quoted(institution.getName()) + "\nTamm,Liis,\n",
				StandardCharsets.UTF_8);
		String before = hash();

		CommandLineRun dry = run("interchange", "import", "--store", store.toString(), "--format", "csv", "--kind", "contacts",
				"--map", "familyName=Surname,givenName=Given,affiliation=Unit", "--dry-run", csv.toString());
		assertEquals(ExitCodes.OK, dry.exitCode(), dry.err());
		assertTrue(dry.out().contains("2 contacts to add from contacts.csv, 0 duplicates left out, 0 rows cannot be taken"), dry.out());
		assertEquals(before, hash(), "a dry run saves nothing");

		CommandLineRun imported = run("interchange", "import", "--store", store.toString(), "--format", "csv", "--kind", "contacts",
				"--map", "familyName=Surname,givenName=Given,affiliation=Unit", csv.toString());
		assertEquals(ExitCodes.OK, imported.exitCode(), imported.err());
		assertTrue(imported.out().startsWith("Imported 2 contacts from " + csv), imported.out());
		String after = hash();
		assertFalse(before.equals(after));

		CommandLineRun again = run("interchange", "import", "--store", store.toString(), "--format", "csv", "--kind", "contacts",
				"--map", "familyName=Surname,givenName=Given,affiliation=Unit", csv.toString());
		assertEquals(ExitCodes.OK, again.exitCode(), again.err());
		assertTrue(again.out().contains("duplicate, left out: line 2: Peeter Kask (same name and affiliation as Peeter Kask)"), again.out());
		assertTrue(again.out().contains("Nothing to import"), again.out());
		assertEquals(after, hash());
	}

	@Test
	public void badInputIsRefusedWithTheLineAndChangesNothing() throws Exception {
		String before = hash();
		Path latin1 = folder.resolve("institutions.csv");
		Files.writeString(latin1, "name\nLand Forces\nPiirivalve V\u00f5ru\n", Charset.forName("windows-1252"));
		CommandLineRun notUtf8 = run("interchange", "import", "--store", store.toString(), "--format", "csv", "--kind", "institutions",
				latin1.toString());
		assertEquals(ExitCodes.FAILED, notUtf8.exitCode());
		assertTrue(notUtf8.err().contains("Line 3: the CSV file is not UTF-8"), notUtf8.err());

		Path badRows = folder.resolve("bad-rows.csv");
		Files.writeString(badRows, "name,kind\nLand Forces,army\nSea Wing,submarine\n", StandardCharsets.UTF_8);
		CommandLineRun rows = run("interchange", "import", "--store", store.toString(), "--format", "csv", "--kind", "institutions",
				badRows.toString());
		assertEquals(ExitCodes.FAILED, rows.exitCode());
		assertTrue(rows.out().contains("cannot take: line 3: 'submarine' is not a kind of institution"), rows.out());
		assertTrue(rows.err().contains("Nothing was imported"), rows.err());

		Path broken = folder.resolve("broken.vcf");
		Files.writeString(broken, "BEGIN:VCARD\nVERSION:3.0\nFN:Cut Short\n", StandardCharsets.UTF_8);
		CommandLineRun vcard = run("interchange", "import", "--store", store.toString(), "--format", "vcard", broken.toString());
		assertEquals(ExitCodes.FAILED, vcard.exitCode());
		assertTrue(vcard.err().contains("Line 1: the vCard that begins here is never closed"), vcard.err());

		CommandLineRun noKind = run("interchange", "import", "--store", store.toString(), "--format", "csv", badRows.toString());
		assertEquals(ExitCodes.USAGE, noKind.exitCode());
		assertEquals(before, hash(), "nothing was saved");
	}

	@Test
	public void gpxWaypointsComeInAsDraftObservations() throws Exception {
		Path gpx = folder.resolve("unit.gpx");
		Files.writeString(gpx, """
				<?xml version="1.0" encoding="UTF-8"?>
				<gpx xmlns="http://www.topografix.com/GPX/1/1" version="1.1" creator="a GPS unit">
				  <wpt lat="58.38" lon="26.72"><time>2026-03-04T09:00:00Z</time><name>CP1</name></wpt>
				  <wpt lat="58.10" lon="26.50"><time>2026-03-04T09:30:00Z</time><name>CP2</name></wpt>
				</gpx>
				""", StandardCharsets.UTF_8);
		assertEquals(2, Ogrinfo.featureCounts(gpx).get("waypoints"));
		CommandLineRun imported = run("interchange", "import", "--store", store.toString(), "--format", "gpx", gpx.toString());
		assertEquals(ExitCodes.OK, imported.exitCode(), imported.err());
		assertTrue(imported.out().startsWith("Imported 2 observations from " + gpx), imported.out());

		Path out = folder.resolve("after.csv");
		CommandLineRun export = run("interchange", "export", "--store", store.toString(), "--format", "csv", "--out", out.toString());
		assertEquals(demo.getObservations().size() + 2, written(export));
		assertTrue(Files.readString(out).contains(",draft,2026-03-04T09:00:00Z,"), "the waypoint is a draft observation");
	}

	private CommandLineRun run(String... arguments) {
		return CommandLineRun.of(PASSPHRASE, arguments);
	}

	private String hash() {
		return run("store", "hash", "--store", store.toString()).out();
	}

	private static int written(CommandLineRun run) {
		Matcher matcher = WRITTEN.matcher(run.out());
		assertTrue(matcher.find(), run.out() + run.err());
		return Integer.parseInt(matcher.group(1));
	}

	private static String quoted(String value) {
		return "\"" + value.replace("\"", "\"\"") + "\"";
	}
}
