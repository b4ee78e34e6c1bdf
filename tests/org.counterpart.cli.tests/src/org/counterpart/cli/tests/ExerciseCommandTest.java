package org.counterpart.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.counterpart.cli.ExitCodes;
import org.counterpart.exercise.ExerciseClock;
import org.counterpart.exercise.ExerciseRun;
import org.counterpart.exercise.ExerciseTime;
import org.counterpart.exercise.InjectMaterial;
import org.counterpart.model.Contact;
import org.counterpart.model.CounterpartFactory;
import org.counterpart.model.FieldObservation;
import org.counterpart.model.InformationCredibility;
import org.counterpart.model.PartnerInstitution;
import org.counterpart.model.Relationship;
import org.counterpart.model.RelationshipKind;
import org.counterpart.model.SourceReliability;
import org.counterpart.model.Theater;
import org.counterpart.store.WorkspaceStore;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An exercise run end to end through counterpart-cli, with scripted trainee actions between the commands, and the
 * command line refusing packages across the line between exercise and real stores, both ways.
 */
public class ExerciseCommandTest {

	private static final String STORE_SECRET = "store-secret-passphrase";
	private static final String DEVICE_SECRET = "device-secret-passphrase";
	private static final String CA_SECRET = "authority-secret-passphrase";
	private static final Map<String, String> ENVIRONMENT = Map.of("COUNTERPART_PASSPHRASE", STORE_SECRET,
			"COUNTERPART_DEVICE_PASSPHRASE", DEVICE_SECRET, "COUNTERPART_CA_PASSPHRASE", CA_SECRET);

	@TempDir
	Path folder;

	private final List<CommandLineRun> runs = new ArrayList<>();

	private CommandLineRun run(int expectedExit, String... arguments) {
		CommandLineRun run = CommandLineRun.of(ENVIRONMENT, arguments);
		runs.add(run);
		assertEquals(expectedExit, run.exitCode(), String.join(" ", arguments) + "\n" + run.out() + run.err());
		return run;
	}

	private String path(String name) {
		return folder.resolve(name).toString();
	}

	/** What a thorough trainee captures during the demo scenario, each at the exercise time given. */
	private void playThoroughly(String store) throws Exception {
		try (WorkspaceStore opened = WorkspaceStore.open(folder.resolve(store), STORE_SECRET.toCharArray())) {
			Instant start = ExerciseRun.open(opened).clock().orders().get(0).at();
			Resource resource = opened.load();
			Theater theater = (Theater) resource.getContents().get(0);
			CounterpartFactory model = CounterpartFactory.eINSTANCE;
			PartnerInstitution district = model.createPartnerInstitution();
			district.setName("Eastern Border District");
			district.setCreatedAt(at(start, ExerciseTime.of(1, 9, 0)));
			theater.getInstitutions().add(district);
			// inject 2 brought both contacts: the trainee works with them rather than recording them again
			Contact kivi = delivered(theater, "Kivi");
			Contact org = delivered(theater, "Org");
			Relationship reports = model.createRelationship();
			reports.setSource(org);
			reports.setTarget(kivi);
			reports.setKind(RelationshipKind.REPORTS_TO);
			reports.setCreatedAt(at(start, ExerciseTime.of(1, 15, 0)));
			theater.getRelationships().add(reports);
			FieldObservation first = model.createFieldObservation();
			first.setText("State Border Guard forms the Eastern Border District at Kivioja");
			first.setRecordedAt(at(start, ExerciseTime.of(1, 9, 30)));
			first.setCreatedAt(first.getRecordedAt());
			first.setSourceReliability(SourceReliability.B);
			first.setInformationCredibility(InformationCredibility.PROBABLY_TRUE);
			theater.getObservations().add(first);
			opened.save();
		}
	}

	private static Contact delivered(Theater theater, String family) {
		return theater.getContacts().stream()
				.filter(c -> family.equals(c.getFamilyName()) && InjectMaterial.CONTROL.equals(c.getCreatedBy())).findFirst()
				.orElseThrow(() -> new AssertionError("inject 2 brought no contact " + family));
	}

	private static Date at(Instant start, ExerciseTime time) {
		return Date.from(start.plus(time.sinceStart().dividedBy(ExerciseClock.DAY_PER_TEN_MINUTES)));
	}

	@Test
	public void anExerciseRunsFromTheShippedScenarioToTheAfterActionReport() throws Exception {
		CommandLineRun written = run(ExitCodes.OK, "exercise", "demo-scenario", "--out", path("scenario.cpkg"), "--kit",
				path("kit"), "--trainees", "alpha,bravo");
		assertTrue(written.out().startsWith("Wrote scenario \"Eastern Watch\" (14 injects, 4 learning objectives)"),
				written.out());
		assertTrue(Files.isRegularFile(folder.resolve("kit/trainer/device.p12")));
		run(ExitCodes.OK, "exercise", "start", "--scenario", path("scenario.cpkg"), "--kit", path("kit"), "--trainee",
				"alpha", "--store", path("alpha"));
		run(ExitCodes.OK, "exercise", "start", "--scenario", path("scenario.cpkg"), "--kit", path("kit"), "--trainee",
				"bravo", "--store", path("bravo"));
		CommandLineRun again = run(ExitCodes.USAGE, "exercise", "start", "--scenario", path("scenario.cpkg"), "--kit",
				path("kit"), "--trainee", "bravo", "--store", path("bravo"));
		assertTrue(again.err().contains("already holds a workspace store"), again.err());

		CommandLineRun day1 = run(ExitCodes.OK, "exercise", "release", "--store", path("alpha"), "--until", "D1 12:00");
		assertTrue(day1.out().startsWith("inject 1 at D1 08:00 (message): Morning call from the embassy\n"
				+ "inject 2 at D1 10:30 (new-contacts): District leadership announced\n"
				+ "Added to the theater by exercise control: 2 contacts, 0 observations\n"), day1.out());
		playThoroughly("alpha");
		CommandLineRun rest = run(ExitCodes.OK, "exercise", "release", "--store", path("alpha"), "--until", "D3 23:59");
		assertTrue(rest.out().startsWith("inject 3 at D1 14:00 (document)"), rest.out());
		assertTrue(rest.out().contains("12 injects delivered now, 14 of 14 in all"), rest.out());
		// injects 6 and 11 bring a contact each; 3, 5, 7, 10 and 12 a document or another team's package
		assertTrue(rest.out().contains("Added to the theater by exercise control: 2 contacts, 5 observations\n"), rest.out());
		CommandLineRun nothing = run(ExitCodes.OK, "exercise", "release", "--store", path("alpha"), "--until", "D3 23:59");
		assertTrue(nothing.out().startsWith("Released up to D3 23:59: 0 injects delivered now, 14 of 14"), nothing.out());
		run(ExitCodes.USAGE, "exercise", "release", "--store", path("alpha"), "--until", "tomorrow");

		CommandLineRun report = run(ExitCodes.OK, "exercise", "report", "--scenario", path("scenario.cpkg"), "--kit",
				path("kit"), "--out", path("report.html"), path("alpha"), path("bravo"));
		// alpha captured 1 of the 3 entities and 1 of the 7 relationships; bravo nothing
		assertTrue(report.out().contains("alpha: entities 33%/100%, relationships 14%/100%"), report.out());
		assertTrue(report.out().contains("bravo: entities 0%/\u2013"), report.out());
		String html = Files.readString(folder.resolve("report.html"), StandardCharsets.UTF_8);
		assertTrue(html.contains("<th>alpha</th>") && html.contains("<th>bravo</th>"));
		assertTrue(html.contains("Helena Org <i>reports-to</i> Rasmus Kivi</td><td>3</td><td>alpha (1 of 2)"));

		// the trainer scores alpha again from the package alpha sends: the same figures, timeliness included, as the
		// package carries alpha's exercise clock; the trainee is named by the package's signer
		run(ExitCodes.OK, "export", "--store", path("alpha"), "--to", path("kit/trainer/device.crt"), "--out",
				path("alpha.cpkg"));
		CommandLineRun fromPackage = run(ExitCodes.OK, "exercise", "report", "--scenario", path("scenario.cpkg"), "--kit",
				path("kit"), "--out", path("from-package.html"), path("alpha.cpkg"), path("bravo"));
		String alphaLine = report.out().lines().filter(line -> line.startsWith("alpha: ")).findFirst().orElseThrow();
		assertTrue(alphaLine.contains("findings in time 1/4 (25%)"), alphaLine);
		assertTrue(fromPackage.out().contains(alphaLine + "\n"), fromPackage.out());
		assertTrue(Files.readString(folder.resolve("from-package.html"), StandardCharsets.UTF_8).contains("<th>alpha</th>"));
		Files.write(folder.resolve("junk.cpkg"), "not a package".getBytes(StandardCharsets.US_ASCII));
		CommandLineRun junk = run(ExitCodes.FAILED, "exercise", "report", "--scenario", path("scenario.cpkg"), "--kit",
				path("kit"), "--out", path("junk.html"), path("junk.cpkg"));
		assertTrue(junk.err().contains("junk.cpkg was refused: "), junk.err());
		assertFalse(Files.exists(folder.resolve("junk.html")), "no report is written when a package is refused");

		// a trainee cannot read the answer key: reporting with a trainee's kit folder as the trainer's fails
		for (CommandLineRun each : runs) {
			for (String secret : List.of(STORE_SECRET, DEVICE_SECRET, CA_SECRET)) {
				assertFalse(each.out().contains(secret) || each.err().contains(secret), "a passphrase was printed");
			}
		}
	}

	@Test
	public void aClassIsEnrolledFromAListAndABadListEnrolsNobody() throws Exception {
		run(ExitCodes.OK, "exercise", "demo-scenario", "--out", path("scenario.cpkg"), "--kit", path("kit"),
				"--trainees", "alpha");
		Files.writeString(folder.resolve("bad.txt"), "charlie\ndelta,12345\n", StandardCharsets.UTF_8);
		CommandLineRun bad = run(ExitCodes.USAGE, "exercise", "enrol", "--kit", path("kit"), path("bad.txt"));
		assertTrue(bad.err().contains("line 2") && bad.err().contains("Nobody was enrolled"), bad.err());
		assertFalse(Files.exists(folder.resolve("kit/charlie")), "nobody was enrolled");

		Files.writeString(folder.resolve("class.csv"),
				"name,device\ncharlie,6a1f3c52-9b0e-4d7a-8c21-5e4f3a2b1c0d\n# late joiner\ndelta\n", StandardCharsets.UTF_8);
		CommandLineRun enrolled = run(ExitCodes.OK, "exercise", "enrol", "--kit", path("kit"), path("class.csv"));
		assertTrue(enrolled.out().contains("issued charlie (1 of 2)\nissued delta (2 of 2)\n"), enrolled.out());
		assertTrue(enrolled.out().contains("Enrolled 2 trainees into "), enrolled.out());
		assertTrue(Files.isRegularFile(folder.resolve("kit/delta/device.p12")));
		CommandLineRun twice = run(ExitCodes.FAILED, "exercise", "enrol", "--kit", path("kit"), path("class.csv"));
		assertTrue(twice.err().contains("'charlie' is already enrolled"), twice.err());
	}

	@Test
	public void theTrainersSignedClockOrdersReachATraineesStoreOnce() throws Exception {
		run(ExitCodes.OK, "exercise", "demo-scenario", "--out", path("scenario.cpkg"), "--kit", path("kit"),
				"--trainees", "alpha");
		run(ExitCodes.OK, "exercise", "start", "--scenario", path("scenario.cpkg"), "--kit", path("kit"), "--trainee",
				"alpha", "--store", path("alpha"));
		org.counterpart.exercise.ExerciseKit kit = new org.counterpart.exercise.ExerciseKit(folder.resolve("kit"));
		org.counterpart.exercise.ExerciseKit.Signing trainer = kit.unlockTrainer(
				kit.participant(org.counterpart.exercise.ExerciseKit.TRAINER), DEVICE_SECRET.toCharArray());
		Path orders = Files.createDirectories(folder.resolve("orders"));
		Instant now = Instant.now();
		org.counterpart.exercise.ClockOrders.write(org.counterpart.exercise.ClockOrder.pause(now), trainer.trainer(),
				trainer.everyone(), orders);
		org.counterpart.exercise.ClockOrders.write(
				org.counterpart.exercise.ClockOrder.release(now.plusMillis(1), ExerciseTime.of(1, 12, 0)), trainer.trainer(),
				trainer.everyone(), orders);
		Files.write(orders.resolve("forged.clock-order"), new byte[] { 48, 1, 2, 3 });

		CommandLineRun first = run(ExitCodes.OK, "exercise", "release", "--store", path("alpha"), "--orders",
				path("orders"));
		assertTrue(first.out().startsWith("clock order pause given " + now + "\nclock order release given "), first.out());
		assertTrue(first.out().contains("until D1 12:00\ninject 1 at D1 08:00 (message)"), first.out());
		assertTrue(first.out().contains("Released up to D1 12:00: 2 injects delivered now"), first.out());
		assertTrue(first.err().contains("forged.clock-order: The clock order was refused"), first.err());
		CommandLineRun again = run(ExitCodes.OK, "exercise", "release", "--store", path("alpha"), "--orders",
				path("orders"));
		assertFalse(again.out().contains("clock order"), "each order is applied once: " + again.out());
		assertTrue(again.out().contains("0 injects delivered now, 2 of 14"), again.out());
		try (WorkspaceStore store = WorkspaceStore.open(folder.resolve("alpha"), STORE_SECRET.toCharArray())) {
			assertFalse(ExerciseRun.open(store).clock().isRunning(), "the trainer's pause holds");
		}
		run(ExitCodes.USAGE, "exercise", "release", "--store", path("alpha"));
	}

	/** Enrols a real identity for {@code store} in {@code identity}, certified by the real authority in "ca". */
	private void enrolReal(String store, String identity, String name) {
		run(ExitCodes.OK, "device", "init", "--identity", path(identity));
		run(ExitCodes.OK, "device", "csr", "--identity", path(identity), "--subject", "CN=" + name + ",O=Counterpart",
				"--out", path(name + ".csr"));
		run(ExitCodes.OK, "authority", "issue", "--ca", path("ca"), "--csr", path(name + ".csr"), "--out",
				path(name + ".pem"));
		run(ExitCodes.OK, "authority", "crl", "--ca", path("ca"), "--out", path("crl.pem"));
		run(ExitCodes.OK, "device", "install-cert", "--identity", path(identity), "--chain", path(name + ".pem"),
				"--ca-cert", path("ca/ca.crt"), "--crl", path("crl.pem"));
	}

	@Test
	public void realAndExerciseStoresRefuseEachOthersPackages() throws Exception {
		CommandLineScenario.authorityAndDemoStore(this::run, folder, "field");
		enrolReal("field", "field/identity", "laptop-7");
		run(ExitCodes.OK, "exercise", "demo-scenario", "--out", path("scenario.cpkg"), "--kit", path("kit"),
				"--trainees", "alpha");
		run(ExitCodes.OK, "exercise", "start", "--scenario", path("scenario.cpkg"), "--kit", path("kit"), "--trainee",
				"alpha", "--store", path("alpha"));
		// even an exercise store given a real identity by mistake takes no real data, and gives none
		enrolReal("alpha", "alpha-real", "alpha-real");
		String alphaHash = run(ExitCodes.OK, "store", "hash", "--store", path("alpha")).out();
		String fieldHash = run(ExitCodes.OK, "store", "hash", "--store", path("field")).out();

		run(ExitCodes.OK, "export", "--store", path("field"), "--to", path("alpha-real.pem"), "--out", path("real.cpkg"));
		CommandLineRun intoExercise = run(ExitCodes.PROBLEMS_FOUND, "import", "--store", path("alpha"), "--identity",
				path("alpha-real"), path("real.cpkg"));
		assertTrue(intoExercise.out().contains("refused: This is a real package"), intoExercise.out());
		assertTrue(intoExercise.out().contains("this store is an exercise store and takes no real data"), intoExercise.out());
		assertEquals(alphaHash, run(ExitCodes.OK, "store", "hash", "--store", path("alpha")).out());

		run(ExitCodes.OK, "export", "--store", path("alpha"), "--identity", path("alpha-real"), "--to", path("laptop-7.pem"),
				"--out", path("exercise.cpkg"));
		CommandLineRun intoReal = run(ExitCodes.PROBLEMS_FOUND, "import", "--store", path("field"), path("exercise.cpkg"));
		assertTrue(intoReal.out().contains("refused: This is an exercise package"), intoReal.out());
		assertEquals(fieldHash, run(ExitCodes.OK, "store", "hash", "--store", path("field")).out());

		// field formats too: the exercise store's observations are marked exercise, the real store's are not
		CommandLineRun exerciseCsv = run(ExitCodes.OK, "interchange", "export", "--store", path("alpha"), "--format",
				"csv", "--out", path("alpha.csv"));
		assertTrue(exerciseCsv.out().contains("marked EXERCISE EXERCISE EXERCISE - "), exerciseCsv.out());
		Matcher written = Pattern.compile("(\\d+) \\w+, marked").matcher(exerciseCsv.out());
		assertTrue(written.find(), exerciseCsv.out());
		int rows = Integer.parseInt(written.group(1));
		assertTrue(rows > 0, "the exercise store has observations to write");
		String csv = Files.readString(folder.resolve("alpha.csv"));
		assertEquals(rows, csv.split("EXERCISE EXERCISE EXERCISE - ", -1).length - 1, "every row's marking says exercise");
		run(ExitCodes.OK, "interchange", "export", "--store", path("field"), "--format", "csv", "--out", path("field.csv"));
		assertFalse(Files.readString(folder.resolve("field.csv")).contains("EXERCISE"));

		// and a field file the exercise store wrote is refused by the real store, which stays as it was
		run(ExitCodes.OK, "interchange", "export", "--store", path("alpha"), "--format", "vcard", "--out",
				path("alpha.vcf"));
		CommandLineRun cardsIntoReal = run(ExitCodes.FAILED, "interchange", "import", "--store", path("field"),
				"--format", "vcard", path("alpha.vcf"));
		assertTrue(cardsIntoReal.err().contains("this file is exercise material (marked EXERCISE EXERCISE EXERCISE - ")
				&& cardsIntoReal.err().contains("this workspace holds real data and takes no exercise data")
				&& cardsIntoReal.err().contains("Nothing was imported."), cardsIntoReal.err());
		assertEquals(fieldHash, run(ExitCodes.OK, "store", "hash", "--store", path("field")).out());
		CommandLineRun cardsIntoExercise = run(ExitCodes.OK, "interchange", "import", "--store", path("alpha"),
				"--format", "vcard", "--dry-run", path("alpha.vcf"));
		assertFalse(cardsIntoExercise.out().contains("exercise material"), cardsIntoExercise.out());
	}
}
