package org.counterpart.exercise.ui.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.counterpart.exercise.AnswerKey;
import org.counterpart.exercise.AnswerKeyCsv;
import org.counterpart.exercise.DemoScenario;
import org.counterpart.exercise.ExerciseKit;
import org.counterpart.exercise.Inject;
import org.counterpart.exercise.Scenario;
import org.counterpart.exercise.ScenarioException;
import org.counterpart.exercise.ScenarioPackage;
import org.counterpart.security.CredentialException;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Exports the MSEL being edited as a signed scenario package for the class of an exercise kit: the title, learning
 * objectives and answer key come from the shipped demo scenario, from an objectives and answer key file the trainer
 * edits (CSV, see {@link AnswerKeyCsv}) or from a scenario package the trainer can open, the injects from the editor. The package is signed with the trainer identity and encrypted to the kit's
 * trainees and the trainer; its answer key to the trainer only. A wrong field says why in the dialog, and the target
 * file is written whole or not at all.
 */
final class ExportScenarioDialog extends ExerciseDialog {

	private static String lastBase = ""; //$NON-NLS-1$

	private final List<Inject> injects;
	private TrainerFields trainer;
	private Text base;
	private Text target;
	private Scenario exported;

	ExportScenarioDialog(Shell parent, List<Inject> injects) {
		super(parent, Messages.Export_shellTitle, Messages.Export_title,
				Messages.bind(Messages.Export_message, injects.size()), Messages.Export_ok);
		this.injects = List.copyOf(injects);
	}

	@Override
	protected void createFields(Composite grid) {
		target = TrainerFields.row(grid, Messages.Export_target, TrainerFields.Choose.FILE_TO_WRITE);
		base = TrainerFields.row(grid, Messages.Export_base, TrainerFields.Choose.FILE_TO_READ);
		base.setMessage(Messages.bind(Messages.Export_baseHint, DemoScenario.scenario().title()));
		base.setText(lastBase);
		trainer = new TrainerFields(grid);
	}

	@Override
	protected void perform() throws ScenarioException {
		exported = export();
	}

	private Scenario export() throws ScenarioException {
		String targetText = target.getText().strip();
		Path file = targetText.isEmpty() ? null : Path.of(targetText).toAbsolutePath();
		if (file == null || file.getParent() == null || !Files.isDirectory(file.getParent())) {
			throw new ScenarioException(Messages.bind(Messages.Export_noTarget, targetText));
		}
		ExerciseKit.Signing signing = trainer.unlock();
		String baseText = base.getText().strip();
		Scenario scenario;
		AnswerKey key;
		if (baseText.isEmpty()) {
			scenario = DemoScenario.scenario();
			key = DemoScenario.answerKey();
		} else if (baseText.toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) { //$NON-NLS-1$
			try (java.io.Reader in = Files.newBufferedReader(Path.of(baseText), java.nio.charset.StandardCharsets.UTF_8)) {
				AnswerKeyCsv.Authored authored = AnswerKeyCsv.read(in);
				scenario = authored.scenario(injects);
				key = authored.key();
			} catch (IOException e) {
				throw new ScenarioException(Messages.bind(Messages.Export_baseUnreadable, baseText, e.getMessage()), e);
			}
		} else {
			try (InputStream in = Files.newInputStream(Path.of(baseText))) {
				ScenarioPackage.Opened opened = ScenarioPackage.read(in, signing.trainer(), signing.trust());
				scenario = opened.scenario();
				key = opened.answerKey().orElseThrow(
						() -> new ScenarioException(Messages.bind(Messages.Export_baseNoKey, baseText)));
			} catch (IOException e) {
				throw new ScenarioException(Messages.bind(Messages.Export_baseUnreadable, baseText, e.getMessage()), e);
			}
		}
		Scenario withMsel = scenario.withMsel(injects).requireValid();
		write(withMsel, key, signing, file);
		lastBase = baseText;
		return withMsel;
	}

	private static void write(Scenario scenario, AnswerKey key, ExerciseKit.Signing signing, Path file)
			throws ScenarioException {
		Path part = file.resolveSibling("." + file.getFileName() + ".part"); //$NON-NLS-1$ //$NON-NLS-2$
		try {
			try (OutputStream out = Files.newOutputStream(part)) {
				ScenarioPackage.write(scenario, key, signing.trainer(), signing.trainees(), signing.trainers(), out);
			}
			try {
				Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
			}
		} catch (IOException | CredentialException e) {
			throw new ScenarioException(Messages.bind(Messages.Export_writeFailed, file, e.getMessage()), e);
		} finally {
			try {
				Files.deleteIfExists(part);
			} catch (IOException e) {
				// the part file stays behind; the target is untouched either way
			}
		}
	}

	/** The scenario written, once the dialog closed with OK. */
	Scenario exported() {
		return exported;
	}

	TrainerFields trainerFields() {
		return trainer;
	}

	Text targetText() {
		return target;
	}

	Text baseText() {
		return base;
	}
}
