package org.counterpart.exercise.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.counterpart.exercise.ExerciseAuthority;
import org.counterpart.exercise.ScenarioException;
import org.counterpart.security.CredentialException;
import org.counterpart.security.DeviceIdentityFolder;
import org.counterpart.security.TrustException;
import org.counterpart.security.TrustVerifier;
import org.counterpart.security.UnlockedDevice;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * The trainee's side of the trainer's clock orders: the folder they arrive in (a share or a stick) and the
 * passphrase of the exercise identity kept with the store, which opens them. OK unlocks the identity and checks
 * that it belongs to an exercise authority; a wrong field says why in the dialog. The folder is remembered while
 * the workbench runs; the passphrase never is.
 */
final class FollowOrdersDialog extends ExerciseDialog {

	private static String lastFolder = ""; //$NON-NLS-1$

	private final DeviceIdentityFolder trainee;
	private Text folder;
	private Text passphrase;
	private ClockOrderWatch watch;

	FollowOrdersDialog(Shell parent, DeviceIdentityFolder trainee) {
		super(parent, Messages.Follow_shellTitle, Messages.Follow_title, Messages.Follow_message, Messages.Follow_ok);
		this.trainee = trainee;
	}

	@Override
	protected void createFields(Composite grid) {
		folder = TrainerFields.row(grid, Messages.Order_folder, TrainerFields.Choose.FOLDER);
		folder.setText(lastFolder);
		TrainerFields.label(grid, Messages.Follow_passphrase);
		passphrase = new Text(grid, SWT.BORDER | SWT.PASSWORD);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(passphrase);
	}

	@Override
	protected void perform() throws ScenarioException {
		watch = openWatch();
	}

	private ClockOrderWatch openWatch() throws ScenarioException {
		String folderText = folder.getText().strip();
		if (folderText.isEmpty() || !Files.isDirectory(Path.of(folderText))) {
			throw new ScenarioException(Messages.bind(Messages.Follow_noFolder, folderText));
		}
		char[] secret = passphrase.getTextChars();
		try {
			TrustVerifier trust = trainee.trust();
			ExerciseAuthority.requireExerciseAuthority(trust.authority());
			UnlockedDevice device = UnlockedDevice.unlock(trainee, secret);
			lastFolder = folderText;
			return new ClockOrderWatch(Path.of(folderText), device, trust);
		} catch (CredentialException | TrustException | IOException e) {
			throw new ScenarioException(Messages.bind(Messages.Follow_unlockFailed, trainee.directory(), e.getMessage()), e);
		} finally {
			Arrays.fill(secret, '\0');
		}
	}

	/** The watch opened, once the dialog closed with OK; the caller closes it. */
	ClockOrderWatch watch() {
		return watch;
	}

	Text folderText() {
		return folder;
	}

	Text passphraseText() {
		return passphrase;
	}
}
