package org.counterpart.exercise.ui.internal;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.counterpart.exercise.ClassEnrolment;
import org.counterpart.exercise.ExerciseKit;
import org.counterpart.exercise.ScenarioException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Enrols a class into an exercise kit: the trainees one a line ({@code name} or {@code name,device-id}), typed or
 * read from a CSV file, issued their identities by the kit's exercise authority in one job with progress and a Cancel
 * button. A bad line is named in the dialog and enrols nobody; a cancel enrols nobody and says how many certificates
 * were issued and revoked.
 */
final class EnrolClassDialog extends ExerciseDialog {

	private Text kit;
	private Text authorityPassphrase;
	private Text identityPassphrase;
	private Text list;
	private ClassEnrolment.Result result;
	private ProgressMonitorDialog progress;

	EnrolClassDialog(Shell parent) {
		super(parent, Messages.Enrol_shellTitle, Messages.Enrol_title, Messages.Enrol_message, Messages.Enrol_ok);
	}

	@Override
	protected void createFields(Composite grid) {
		kit = TrainerFields.row(grid, Messages.Trainer_kit, TrainerFields.Choose.FOLDER);
		authorityPassphrase = passphrase(grid, Messages.Enrol_authorityPassphrase);
		identityPassphrase = passphrase(grid, Messages.Enrol_identityPassphrase);
		TrainerFields.label(grid, Messages.Enrol_list).setLayoutData(
				GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).create());
		list = new Text(grid, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
		list.setMessage(Messages.Enrol_listHint);
		GridDataFactory.fillDefaults().grab(true, true).hint(360, 160).applyTo(list);
		Button importCsv = new Button(grid, SWT.PUSH);
		importCsv.setText(Messages.Enrol_importCsv);
		GridDataFactory.swtDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(importCsv);
		importCsv.addListener(SWT.Selection, event -> importCsv());
	}

	private static Text passphrase(Composite grid, String caption) {
		TrainerFields.label(grid, caption);
		Text text = new Text(grid, SWT.BORDER | SWT.PASSWORD);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(text);
		return text;
	}

	private void importCsv() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
		dialog.setFilterExtensions(new String[] { "*.csv;*.txt", "*" }); //$NON-NLS-1$ //$NON-NLS-2$
		String chosen = dialog.open();
		if (chosen != null) {
			try {
				list.setText(Files.readString(Path.of(chosen), StandardCharsets.UTF_8));
				setErrorMessage(null);
			} catch (IOException e) {
				setErrorMessage(Messages.bind(Messages.Enrol_readFailed, chosen, e.getMessage()));
			}
		}
	}

	@Override
	protected void perform() throws ScenarioException {
		result = enrol();
		if (result.cancelled()) {
			throw new ScenarioException(Messages.bind(Messages.Enrol_cancelled, result.revoked()));
		}
	}

	private ClassEnrolment.Result enrol() throws ScenarioException {
		String kitText = kit.getText().strip();
		if (kitText.isEmpty() || !Files.isDirectory(Path.of(kitText).resolve(ExerciseKit.AUTHORITY))) {
			throw new ScenarioException(Messages.bind(Messages.Trainer_noKit, kitText));
		}
		List<ClassEnrolment.Trainee> trainees = ClassEnrolment.parse(list.getText());
		if (identityPassphrase.getCharCount() == 0) {
			throw new ScenarioException(Messages.Enrol_noIdentityPassphrase);
		}
		ExerciseKit exerciseKit = new ExerciseKit(Path.of(kitText));
		char[] authority = authorityPassphrase.getTextChars();
		char[] identities = identityPassphrase.getTextChars();
		ClassEnrolment.Result[] done = new ClassEnrolment.Result[1];
		progress = new ProgressMonitorDialog(getShell());
		try {
			progress.run(true, true, monitor -> {
				monitor.beginTask(Messages.bind(Messages.Enrol_job, trainees.size()), trainees.size());
				try {
					done[0] = ClassEnrolment.enrol(exerciseKit, authority, trainees, identities, progress(monitor));
				} catch (ScenarioException e) {
					throw new InvocationTargetException(e);
				} finally {
					monitor.done();
				}
			});
		} catch (InvocationTargetException e) {
			if (e.getCause() instanceof ScenarioException cause) {
				throw cause;
			}
			throw new ScenarioException(String.valueOf(e.getCause()), e.getCause());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new ScenarioException(Messages.bind(Messages.Enrol_cancelled, 0), e);
		} finally {
			progress = null;
			Arrays.fill(authority, '\0');
			Arrays.fill(identities, '\0');
		}
		return done[0];
	}

	private static ClassEnrolment.Progress progress(IProgressMonitor monitor) {
		return new ClassEnrolment.Progress() {
			@Override
			public void issued(String name, int done, int total) {
				monitor.subTask(Messages.bind(Messages.Enrol_issued, new Object[] { name, done, total }));
				monitor.worked(1);
			}

			@Override
			public boolean isCancelled() {
				return monitor.isCanceled();
			}
		};
	}

	/** Why the last Enrol was refused or cancelled, or null. */

	/** What the enrolment did, once the dialog closed with Enrol. */
	ClassEnrolment.Result result() {
		return result;
	}

	/** The progress dialog while the class is being issued, else null. */
	ProgressMonitorDialog progressDialog() {
		return progress;
	}

	Button enrolButton() {
		return getButton(IDialogConstants.OK_ID);
	}

	Text kitText() {
		return kit;
	}

	Text authorityPassphraseText() {
		return authorityPassphrase;
	}

	Text identityPassphraseText() {
		return identityPassphrase;
	}

	Text listText() {
		return list;
	}
}
