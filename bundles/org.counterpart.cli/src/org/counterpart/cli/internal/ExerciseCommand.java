package org.counterpart.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.counterpart.cli.CliException;
import org.counterpart.cli.ExitCodes;
import org.counterpart.exercise.AfterActionReport;
import org.counterpart.exercise.AnswerKey;
import org.counterpart.exercise.ClassEnrolment;
import org.counterpart.exercise.ClockOrder;
import org.counterpart.exercise.ClockOrders;
import org.counterpart.exercise.DemoScenario;
import org.counterpart.exercise.ExerciseClock;
import org.counterpart.exercise.ExerciseKit;
import org.counterpart.exercise.ExerciseRun;
import org.counterpart.exercise.ExerciseStores;
import org.counterpart.exercise.ExerciseTime;
import org.counterpart.exercise.Inject;
import org.counterpart.exercise.Scenario;
import org.counterpart.exercise.ScenarioException;
import org.counterpart.exercise.ScenarioPackage;
import org.counterpart.exercise.Scorer;
import org.counterpart.exercise.TraineeScore;
import org.counterpart.exercise.TraineePackages;
import org.counterpart.model.Theater;
import org.counterpart.security.CredentialException;
import org.counterpart.security.DeviceIdentity;
import org.counterpart.security.DeviceIdentityFolder;
import org.counterpart.security.TrustException;
import org.counterpart.store.StoreException;
import org.counterpart.store.WorkspaceStore;
import org.eclipse.emf.ecore.resource.Resource;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code counterpart-cli exercise ...}: the shipped scenario as a signed scenario package with its exercise kit,
 * a trainee's exercise store, releases by the trainer's hand, and the after-action report.
 */
@Command(name = "exercise", mixinStandardHelpOptions = true,
		description = { "Exercises on fictional scenarios, kept apart from real data: scenario packages, exercise stores,",
				"the exercise clock and the after-action report. The exercise authority's passphrase comes from",
				"COUNTERPART_CA_PASSPHRASE, participants' keys from " + IdentityFolder.PASSPHRASE_VARIABLE + ", stores' from",
				"COUNTERPART_PASSPHRASE." },
		subcommands = { ExerciseCommand.DemoScenarioPackage.class, ExerciseCommand.Enrol.class, ExerciseCommand.Start.class,
				ExerciseCommand.Release.class, ExerciseCommand.Report.class })
public class ExerciseCommand extends CliSubcommand {

	static final String CA_VARIABLE = "COUNTERPART_CA_PASSPHRASE";

	@Override
	public Integer call() {
		spec.commandLine().usage(spec.commandLine().getErr());
		return ExitCodes.USAGE;
	}

	static DeviceIdentity participant(ExerciseKit kit, String name, java.util.Map<String, String> environment)
			throws CliException {
		try {
			DeviceIdentityFolder folder = kit.participant(name);
			return folder.loadDevice(PassphrasePrompt.existing(environment, IdentityFolder.PASSPHRASE_VARIABLE,
					"exercise identity " + name));
		} catch (ScenarioException e) {
			throw CliException.usage(e.getMessage());
		} catch (CredentialException | IOException e) {
			throw CliException.failed(e.getMessage(), e);
		}
	}

	static ScenarioPackage.Opened readScenario(Path file, ExerciseKit kit, String participant,
			java.util.Map<String, String> environment) throws CliException {
		DeviceIdentity identity = participant(kit, participant, environment);
		try (InputStream in = Files.newInputStream(file)) {
			return ScenarioPackage.read(in, identity, kit.participant(participant).trust());
		} catch (ScenarioException e) {
			throw CliException.failed(file + ": " + e.getMessage(), e);
		} catch (IOException | CredentialException | TrustException e) {
			throw CliException.failed(file + ": " + e.getMessage(), e);
		}
	}

	/** Writes {@code file} beside itself and moves it in place: it is replaced whole or not at all. */
	interface Content {
		void write(OutputStream out) throws IOException, CliException;
	}

	static void writeWhole(Path file, Content content) throws CliException {
		Path target = file.toAbsolutePath();
		Path parent = target.getParent();
		if (parent == null || !Files.isDirectory(parent)) {
			throw CliException.usage(file + ": the folder " + parent + " does not exist.");
		}
		Path part = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
		try {
			try (OutputStream out = Files.newOutputStream(part)) {
				content.write(out);
			}
			Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException e) {
			throw CliException.failed("Cannot write " + file + ": " + e.getMessage(), e);
		} finally {
			try {
				Files.deleteIfExists(part);
			} catch (IOException e) {
				// the part file is left behind; the target is untouched either way
			}
		}
	}

	@Command(name = "demo-scenario", mixinStandardHelpOptions = true,
			description = { "Writes the shipped demo scenario (\"Eastern Watch\" on the Republic of Valmaa, 14 injects over",
					"three exercise days) as a signed scenario package, and creates the exercise kit KIT: the exercise's",
					"own authority, a trainer and the trainees, each with an identity folder. The answer key opens for",
					"the trainer only." })
	static class DemoScenarioPackage extends CliSubcommand {
		@Option(names = "--out", required = true, paramLabel = "FILE", description = "The scenario package to write.")
		Path out;

		@Option(names = "--kit", required = true, paramLabel = "KIT", description = "The folder of the new exercise kit.")
		Path kitDirectory;

		@Option(names = "--trainees", split = ",", paramLabel = "NAME", defaultValue = "trainee-1,trainee-2,trainee-3",
				description = "The class, comma-separated (default ${DEFAULT-VALUE}).")
		List<String> trainees;

		@Override
		public Integer call() throws CliException {
			Scenario scenario = DemoScenario.scenario();
			ExerciseKit kit;
			try {
				kit = ExerciseKit.create(kitDirectory, scenario.title(), trainees,
						PassphrasePrompt.newPassphrase(environment(), CA_VARIABLE, "exercise authority"),
						PassphrasePrompt.newPassphrase(environment(), IdentityFolder.PASSPHRASE_VARIABLE, "exercise identities"));
			} catch (ScenarioException e) {
				throw CliException.usage(e.getMessage());
			} catch (IOException | CredentialException | TrustException e) {
				throw CliException.failed(e.getMessage(), e);
			}
			DeviceIdentity trainer = participant(kit, ExerciseKit.TRAINER, environment());
			List<X509Certificate> trainees = new ArrayList<>();
			try {
				for (String name : kit.trainees()) {
					trainees.add(participant(kit, name, environment()).certificate().orElseThrow());
				}
			} catch (IOException e) {
				throw CliException.failed(e.getMessage(), e);
			}
			writeWhole(out, stream -> {
				try {
					ScenarioPackage.write(scenario, DemoScenario.answerKey(), trainer, trainees,
							List.of(trainer.certificate().orElseThrow()), stream);
				} catch (CredentialException | ScenarioException e) {
					throw CliException.failed(e.getMessage(), e);
				}
			});
			out().printf("Wrote scenario \"%s\" (%d injects, %d learning objectives) to %s for %d trainees; kit in %s%n",
					scenario.title(), scenario.msel().size(), scenario.objectives().size(), out, trainees.size(),
					kitDirectory);
			return ExitCodes.OK;
		}
	}

	@Command(name = "enrol", mixinStandardHelpOptions = true,
			description = { "Enrols a class into the exercise kit KIT from FILE, one trainee a line: NAME or NAME,DEVICE-ID",
					"(blank lines and lines starting with # skipped). Each is issued an identity by the kit's exercise",
					"authority, bound to the device if one is named. A bad line enrols nobody; if issuing fails part way,",
					"what was issued is revoked and nobody is enrolled." })
	static class Enrol extends CliSubcommand {
		@Option(names = "--kit", required = true, paramLabel = "KIT", description = "The exercise kit (see demo-scenario).")
		Path kitDirectory;

		@Parameters(index = "0", paramLabel = "FILE", description = "The class list (text or CSV).")
		Path list;

		@Override
		public Integer call() throws CliException {
			List<ClassEnrolment.Trainee> trainees;
			try {
				trainees = ClassEnrolment.parse(Files.readString(list, StandardCharsets.UTF_8));
			} catch (ScenarioException e) {
				throw CliException.usage(list + ": " + e.getMessage());
			} catch (IOException e) {
				throw CliException.usage(list + ": cannot be read: " + e.getMessage());
			}
			if (!Files.isDirectory(kitDirectory.resolve(ExerciseKit.AUTHORITY))) {
				throw CliException.usage(kitDirectory + " holds no exercise kit. Nobody was enrolled.");
			}
			PrintWriter out = out();
			ClassEnrolment.Result result;
			try {
				result = ClassEnrolment.enrol(new ExerciseKit(kitDirectory),
						PassphrasePrompt.existing(environment(), CA_VARIABLE, "exercise authority"), trainees,
						PassphrasePrompt.newPassphrase(environment(), IdentityFolder.PASSPHRASE_VARIABLE, "exercise identities"),
						new ClassEnrolment.Progress() {
							@Override
							public void issued(String name, int done, int total) {
								out.printf("issued %s (%d of %d)%n", name, done, total);
								out.flush();
							}

							@Override
							public boolean isCancelled() {
								return false;
							}
						});
			} catch (ScenarioException e) {
				throw CliException.failed(e.getMessage(), e);
			}
			out.printf("Enrolled %d trainees into %s: %s%n", result.enrolled().size(), kitDirectory,
					String.join(", ", result.enrolled()));
			return ExitCodes.OK;
		}
	}

	@Command(name = "start", mixinStandardHelpOptions = true,
			description = { "Creates a new exercise store in DIR for a trainee: marked exercise in its header, holding the",
					"scenario's starting theater and the trainee's exercise identity, with the exercise clock started." })
	static class Start extends CliSubcommand {
		@Mixin
		StoreCommand.StoreOption store;

		@Option(names = "--scenario", required = true, paramLabel = "FILE", description = "The scenario package.")
		Path scenarioFile;

		@Option(names = "--kit", required = true, paramLabel = "KIT", description = "The exercise kit (see demo-scenario).")
		Path kitDirectory;

		@Option(names = "--trainee", required = true, paramLabel = "NAME", description = "The trainee, as named in the kit.")
		String trainee;

		@Option(names = "--compression", defaultValue = "144", paramLabel = "N",
				description = "Exercise time runs N times faster than the wall clock (default ${DEFAULT-VALUE}: a day per 10 minutes).")
		int compression;

		@Override
		public Integer call() throws CliException {
			if (compression < 1 || compression > 10_000) {
				throw CliException.usage("--compression " + compression + ": give a number from 1 to 10000.");
			}
			ExerciseKit kit = new ExerciseKit(kitDirectory);
			Scenario scenario = readScenario(scenarioFile, kit, trainee, environment()).scenario();
			if (store.location.isServer()) {
				throw CliException.usage(store.location + ": an exercise store is a folder on the trainee's machine, not a shared store.");
			}
			Path directory = store.location.directory();
			if (WorkspaceStore.exists(directory)) {
				throw CliException.usage(directory + " already holds a workspace store; an exercise starts in a new one.");
			}
			try (WorkspaceStore created = ExerciseStores.create(directory, PassphrasePrompt.newPassphrase(environment()),
					scenario)) {
				ExerciseRun.start(created, scenario, compression, Instant.now());
				copyIdentity(kit.participant(trainee), DeviceIdentityFolder.inStore(directory));
				out().printf("Started exercise \"%s\" for %s in %s (device %s): %d injects, one exercise day per %s%n",
						scenario.title(), trainee, directory, created.deviceId(), scenario.msel().size(),
						org.counterpart.exercise.Durations.text(java.time.Duration.ofDays(1).dividedBy(compression)));
			} catch (StoreException e) {
				throw CliException.failed(e.getMessage(), e);
			} catch (ScenarioException e) {
				throw CliException.failed(e.getMessage(), e);
			} catch (IOException e) {
				throw CliException.failed(e.getMessage(), e);
			}
			return ExitCodes.OK;
		}

		private static void copyIdentity(DeviceIdentityFolder from, DeviceIdentityFolder to) throws IOException {
			Files.createDirectories(to.directory());
			Files.copy(from.keyStore(), to.keyStore());
			Files.copy(from.authorityFile(), to.authorityFile());
			Files.copy(from.revocationListFile(), to.revocationListFile());
		}
	}

	@Command(name = "release", mixinStandardHelpOptions = true,
			description = { "Releases the injects of the exercise store in DIR up to EXERCISE-TIME (D2 14:30) by the",
					"trainer's hand, whatever its clock shows, and delivers those due, each once, in MSEL order. With",
					"--orders, the trainer's signed clock orders (pause, resume, release) in FOLDER are applied first,",
					"each once." })
	static class Release extends CliSubcommand {
		@Mixin
		StoreCommand.StoreOption store;

		@Option(names = "--until", paramLabel = "EXERCISE-TIME", description = "D<day> HH:MM")
		String until;

		@Option(names = "--orders", paramLabel = "FOLDER",
				description = { "Apply first the trainer's signed clock orders in FOLDER that this store has not applied yet,",
						"read with the trainee identity kept in the store." })
		Path orders;

		@Override
		public Integer call() throws CliException {
			if (until == null && orders == null) {
				throw CliException.usage("Give --until, --orders or both.");
			}
			ExerciseTime time = null;
			try {
				time = until == null ? null : ExerciseTime.parse(until);
			} catch (ScenarioException e) {
				throw CliException.usage("--until: " + e.getMessage());
			}
			if (orders != null && !Files.isDirectory(orders)) {
				throw CliException.usage("--orders: " + orders + " is no folder.");
			}
			try (WorkspaceStore opened = store.location.open(environment())) {
				ExerciseRun run = ExerciseRun.open(opened);
				PrintWriter out = out();
				if (orders != null) {
					applyOrders(run, out);
				}
				if (time != null) {
					run.releaseUntil(time);
				}
				List<Inject> delivered = run.deliverDue(Instant.now());
				List<org.counterpart.model.Identified> material = run.giveMaterial(Instant.now());
				time = time != null ? time : run.clock().releasedUntil();
				for (Inject inject : delivered) {
					out.printf("inject %d at %s (%s): %s%n", inject.number(), inject.time(), inject.delivery().label(),
							inject.title());
				}
				long contacts = material.stream().filter(org.counterpart.model.Contact.class::isInstance).count();
				if (!material.isEmpty()) {
					out.printf("Added to the theater by exercise control: %d contacts, %d observations%n", contacts,
							material.size() - contacts);
				}
				out.printf("Released up to %s: %d injects delivered now, %d of %d in all; exercise time %s%n", time,
						delivered.size(), run.delivered().size(), run.scenario().msel().size(), run.now(Instant.now()));
			} catch (ScenarioException e) {
				throw CliException.failed(e.getMessage(), e);
			} catch (StoreException e) {
				throw CliException.failed(e.getMessage(), e);
			}
			return ExitCodes.OK;
		}

		private void applyOrders(ExerciseRun run, PrintWriter out) throws CliException, ScenarioException {
			DeviceIdentityFolder identity = DeviceIdentityFolder.inStore(store.location.directory());
			ClockOrders.Applied applied;
			try {
				applied = ClockOrders.applyFolder(orders, run, identity.loadDevice(PassphrasePrompt.existing(environment(),
						IdentityFolder.PASSPHRASE_VARIABLE, "exercise identity")), identity.trust());
			} catch (CredentialException | IOException | TrustException e) {
				throw CliException.failed("The trainee identity in " + identity.directory() + ": " + e.getMessage(), e);
			}
			for (ClockOrder order : applied.applied()) {
				out.printf("clock order %s given %s%s%n", order.kind().name().toLowerCase(java.util.Locale.ROOT), order.at(),
						order.until() == null ? "" : " until " + order.until());
			}
			applied.refused().forEach((file, why) -> spec.commandLine().getErr().printf("%s: %s%n", file.getFileName(), why));
		}
	}

	@Command(name = "report", mixinStandardHelpOptions = true,
			description = { "Scores each trainee's exercise store, or the exercise package the trainee sent, against the",
					"answer key (opened with the kit's trainer identity) and writes the after-action report as one",
					"self-contained HTML file. A trainee is named after the store's folder, or the package's signer." })
	static class Report extends CliSubcommand {
		@Option(names = "--scenario", required = true, paramLabel = "FILE", description = "The scenario package.")
		Path scenarioFile;

		@Option(names = "--kit", required = true, paramLabel = "KIT", description = "The exercise kit, for the trainer identity.")
		Path kitDirectory;

		@Option(names = "--out", required = true, paramLabel = "FILE.html", description = "The report to write.")
		Path out;

		@Parameters(arity = "1..*", paramLabel = "STORE|PACKAGE",
				description = "The trainees' exercise stores (folders) or their exercise packages (files).")
		List<Path> stores;

		@Override
		public Integer call() throws CliException {
			ScenarioPackage.Opened opened = readScenario(scenarioFile, new ExerciseKit(kitDirectory), ExerciseKit.TRAINER,
					environment());
			AnswerKey key = opened.answerKey().orElseThrow(() -> CliException.failed(
					"The answer key of " + scenarioFile + " is not for the kit's trainer.", null));
			Scorer scorer = new Scorer(opened.scenario(), key);
			List<TraineeScore> scores = new ArrayList<>();
			char[] passphrase = stores.stream().anyMatch(Files::isDirectory) ? PassphrasePrompt.existing(environment())
					: new char[0];
			DeviceIdentity trainer = null;
			for (Path source : stores) {
				if (Files.isRegularFile(source)) {
					if (trainer == null) {
						trainer = participant(new ExerciseKit(kitDirectory), ExerciseKit.TRAINER, environment());
					}
					scores.add(scorePackage(scorer, source, trainer));
				} else {
					scores.add(score(scorer, source, passphrase.clone()));
				}
			}
			java.util.Arrays.fill(passphrase, '\0');
			writeWhole(out, stream -> {
				Writer writer = new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8);
				new AfterActionReport(opened.scenario(), key, scores).write(writer, Instant.now());
				writer.flush();
			});
			PrintWriter print = out();
			for (TraineeScore score : scores) {
				print.printf("%s: entities %s/%s, relationships %s/%s, gradings %s exact %s within one, findings in time %s,"
						+ " objectives met %s%n", score.trainee(), score.entityRecall().percent(),
						score.entityPrecision().percent(), score.relationshipRecall().percent(),
						score.relationshipPrecision().percent(), score.gradingExact().percent(),
						score.gradingWithinOne().percent(), score.timeliness(), score.objectivesMet());
			}
			print.printf("Wrote the after-action report of \"%s\" for %d trainees to %s%n", opened.scenario().title(),
					scores.size(), out);
			return ExitCodes.OK;
		}

		private TraineeScore scorePackage(Scorer scorer, Path file, DeviceIdentity trainer) throws CliException {
			try {
				return TraineePackages.score(scorer, file, trainer,
						new ExerciseKit(kitDirectory).participant(ExerciseKit.TRAINER).trust());
			} catch (ScenarioException e) {
				throw CliException.failed(e.getMessage(), e);
			} catch (IOException | TrustException | CredentialException e) {
				throw CliException.failed(kitDirectory + ": " + e.getMessage(), e);
			}
		}

		private TraineeScore score(Scorer scorer, Path directory, char[] passphrase) throws CliException {
			if (!WorkspaceStore.exists(directory)) {
				throw CliException.usage(directory + " holds no workspace store.");
			}
			org.counterpart.model.CounterpartPackage.eINSTANCE.eClass();
			try (WorkspaceStore opened = WorkspaceStore.open(directory, passphrase)) {
				ExerciseRun run = ExerciseRun.open(opened);
				Resource resource = opened.load();
				if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Theater theater)) {
					throw CliException.failed(directory + " holds no theater.", null);
				}
				ExerciseClock clock = run.clock();
				Path name = directory.toAbsolutePath().normalize().getFileName();
				return scorer.score(name == null ? directory.toString() : name.toString(), theater, clock);
			} catch (StoreException e) {
				throw CliException.failed(directory + ": " + e.getMessage(), e);
			} catch (ScenarioException e) {
				throw CliException.failed(directory + ": " + e.getMessage(), e);
			}
		}
	}
}
