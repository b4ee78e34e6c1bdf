package org.counterpart.exercise.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import org.counterpart.exercise.ClockOrder;
import org.counterpart.exercise.ClockOrders;
import org.counterpart.exercise.ExerciseKit;
import org.counterpart.exercise.ExerciseTime;
import org.counterpart.exercise.ScenarioException;
import org.counterpart.security.CredentialException;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * The trainer's order to every trainee's exercise clock: pause, resume, or release up to an exercise time, signed
 * with a trainer identity of the exercise kit and written as one file into the folder the trainees' workbenches
 * watch. A wrong field says why in the dialog and writes nothing.
 */
final class ClockOrderDialog extends ExerciseDialog {

	private static String lastFolder = ""; //$NON-NLS-1$

	private final Clock wallClock;
	private TrainerFields trainer;
	private Text folder;
	private Button pause;
	private Button resume;
	private Button release;
	private Text until;
	private Path written;

	ClockOrderDialog(Shell parent, Clock wallClock) {
		super(parent, Messages.Order_shellTitle, Messages.Order_title, Messages.Order_message, Messages.Order_send);
		this.wallClock = wallClock;
	}

	@Override
	protected void createFields(Composite grid) {
		TrainerFields.label(grid, Messages.Order_kind);
		Composite kinds = new Composite(grid, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(4).applyTo(kinds);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(kinds);
		pause = radio(kinds, Messages.Order_pause);
		resume = radio(kinds, Messages.Order_resume);
		release = radio(kinds, Messages.Order_release);
		until = new Text(kinds, SWT.BORDER);
		until.setMessage(Messages.Order_untilHint);
		GridDataFactory.fillDefaults().hint(90, SWT.DEFAULT).applyTo(until);
		pause.setSelection(true);
		until.setEnabled(false);
		release.addListener(SWT.Selection, event -> until.setEnabled(release.getSelection()));
		folder = TrainerFields.row(grid, Messages.Order_folder, TrainerFields.Choose.FOLDER);
		folder.setText(lastFolder);
		trainer = new TrainerFields(grid);
	}

	private static Button radio(Composite parent, String text) {
		Button button = new Button(parent, SWT.RADIO);
		button.setText(text);
		return button;
	}

	@Override
	protected void perform() throws ScenarioException {
		written = send();
	}

	private Path send() throws ScenarioException {
		String folderText = folder.getText().strip();
		if (folderText.isEmpty() || !Files.isDirectory(Path.of(folderText))) {
			throw new ScenarioException(Messages.bind(Messages.Order_noFolder, folderText));
		}
		ClockOrder order;
		if (release.getSelection()) {
			order = ClockOrder.release(wallClock.instant(), ExerciseTime.parse(until.getText()));
		} else if (resume.getSelection()) {
			order = ClockOrder.resume(wallClock.instant());
		} else {
			order = ClockOrder.pause(wallClock.instant());
		}
		ExerciseKit.Signing signing = trainer.unlock();
		try {
			Path file = ClockOrders.write(order, signing.trainer(), signing.everyone(), Path.of(folderText));
			lastFolder = folderText;
			return file;
		} catch (IOException | CredentialException e) {
			throw new ScenarioException(Messages.bind(Messages.Order_writeFailed, folderText, e.getMessage()), e);
		}
	}

	/** The order file written, once the dialog closed with OK. */
	Path written() {
		return written;
	}

	TrainerFields trainerFields() {
		return trainer;
	}

	Text folderText() {
		return folder;
	}

	Button releaseButton() {
		return release;
	}

	Text untilText() {
		return until;
	}
}
