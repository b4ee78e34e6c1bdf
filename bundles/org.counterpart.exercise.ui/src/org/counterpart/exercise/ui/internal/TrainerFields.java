package org.counterpart.exercise.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.counterpart.exercise.ExerciseKit;
import org.counterpart.exercise.ScenarioException;
import org.counterpart.security.CredentialException;
import org.counterpart.security.DeviceIdentityFolder;
import org.counterpart.security.TrustException;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The rows of a dialog that signs for the class: the exercise kit (whose trainees are written to), the trainer
 * identity that signs (the kit's own trainer unless another folder is given) and its passphrase. The kit folder is
 * remembered while the workbench runs; the passphrase never is.
 */
final class TrainerFields {

	private static String lastKit = ""; //$NON-NLS-1$
	private static String lastTrainer = ""; //$NON-NLS-1$

	private final Text kit;
	private final Text trainer;
	private final Text passphrase;

	/** Adds the rows to {@code parent}, a grid of three columns. */
	TrainerFields(Composite parent) {
		kit = row(parent, Messages.Trainer_kit, Choose.FOLDER);
		trainer = row(parent, Messages.Trainer_identity, Choose.FOLDER);
		trainer.setMessage(Messages.Trainer_identityHint);
		label(parent, Messages.Trainer_passphrase);
		passphrase = new Text(parent, SWT.BORDER | SWT.PASSWORD);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(passphrase);
		kit.setText(lastKit);
		trainer.setText(lastTrainer);
	}

	static Label label(Composite parent, String text) {
		Label label = new Label(parent, SWT.NONE);
		label.setText(text);
		return label;
	}

	/** What a row's Browse button chooses. */
	enum Choose {
		FOLDER, FILE_TO_READ, FILE_TO_WRITE
	}

	/** A labelled text with a Browse button choosing what {@code choose} says. */
	static Text row(Composite parent, String caption, Choose choose) {
		label(parent, caption);
		Text text = new Text(parent, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(text);
		Button browse = new Button(parent, SWT.PUSH);
		browse.setText(Messages.Trainer_browse);
		browse.addListener(SWT.Selection, event -> {
			String chosen;
			if (choose == Choose.FOLDER) {
				DirectoryDialog dialog = new DirectoryDialog(parent.getShell());
				dialog.setFilterPath(text.getText());
				chosen = dialog.open();
			} else {
				FileDialog dialog = new FileDialog(parent.getShell(), choose == Choose.FILE_TO_WRITE ? SWT.SAVE : SWT.OPEN);
				dialog.setOverwrite(choose == Choose.FILE_TO_WRITE);
				dialog.setFileName(text.getText());
				chosen = dialog.open();
			}
			if (chosen != null) {
				text.setText(chosen);
			}
		});
		return text;
	}

	/**
	 * The trainer unlocked and the class's certificates, read from the fields.
	 *
	 * @throws ScenarioException with a message for the trainer if a field is wrong
	 */
	ExerciseKit.Signing unlock() throws ScenarioException {
		String kitText = kit.getText().strip();
		if (kitText.isEmpty() || !Files.isDirectory(Path.of(kitText))) {
			throw new ScenarioException(Messages.bind(Messages.Trainer_noKit, kitText));
		}
		ExerciseKit exerciseKit = new ExerciseKit(Path.of(kitText));
		String trainerText = trainer.getText().strip();
		DeviceIdentityFolder folder = trainerText.isEmpty() ? exerciseKit.participant(ExerciseKit.TRAINER)
				: new DeviceIdentityFolder(Path.of(trainerText));
		char[] secret = passphrase.getTextChars();
		try {
			ExerciseKit.Signing signing = exerciseKit.unlockTrainer(folder, secret);
			lastKit = kitText;
			lastTrainer = trainerText;
			return signing;
		} catch (CredentialException | TrustException | IOException e) {
			throw new ScenarioException(Messages.bind(Messages.Trainer_unlockFailed, folder.directory(), e.getMessage()), e);
		} finally {
			Arrays.fill(secret, '\0');
		}
	}

	Text kit() {
		return kit;
	}

	Text passphrase() {
		return passphrase;
	}
}
