package org.counterpart.ui.internal;

import java.lang.reflect.InvocationTargetException;
import java.util.Arrays;

import org.counterpart.store.StoreException;
import org.counterpart.ui.HelpContexts;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Asks for the workspace passphrase: to create the encrypted store (passphrase twice, a minimum length) or to unlock
 * it. OK hands the passphrase to an {@link Unlocker} that runs with a progress dialog (key stretching and loading take
 * seconds); the dialog closes only when it succeeded, and otherwise shows the store's message in place so the user
 * can try again. Enter is OK, Escape is Cancel, and the passphrase field has the focus.
 * <p>
 * The passphrase lives only in {@code char[]}s that are wiped after use, and in the password field until the dialog
 * closes.
 */
public class PassphraseDialog extends TitleAreaDialog {

	/** What the dialog is for. */
	public enum Mode {
		CREATE, UNLOCK,
		/** connecting to headquarters' shared store: the database password */
		SHARED
	}

	/** Uses the passphrase; runs outside the user interface thread. */
	@FunctionalInterface
	public interface Unlocker {
		/**
		 * @param passphrase to be wiped by the unlocker (the store wipes what it is given)
		 * @throws StoreException with a message for the user; the dialog shows it and stays open
		 */
		void unlock(char[] passphrase, IProgressMonitor monitor) throws StoreException;
	}

	/** Shortest passphrase accepted for a new store. */
	public static final int MINIMUM_LENGTH = 8;

	private final Mode mode;
	private final Unlocker unlocker;
	private final String location;
	private Text passphrase;
	private Text confirmation;

	/**
	 * @param location where the store is, shown to the user
	 */
	public PassphraseDialog(Shell parent, Mode mode, String location, Unlocker unlocker) {
		super(parent);
		this.mode = mode;
		this.location = location;
		this.unlocker = unlocker;
		setHelpAvailable(false);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(switch (mode) {
		case CREATE -> Messages.Passphrase_createShellTitle;
		case UNLOCK -> Messages.Passphrase_unlockShellTitle;
		case SHARED -> Messages.Passphrase_sharedShellTitle;
		});
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		HelpContexts.set(parent, HelpContexts.PASSPHRASE);
		switch (mode) {
		case CREATE -> {
			setTitle(Messages.Passphrase_createTitle);
			setMessage(Messages.Passphrase_createMessage);
		}
		case UNLOCK -> {
			setTitle(Messages.Passphrase_unlockTitle);
			setMessage(NLS.bind(Messages.Passphrase_unlockMessage, location));
		}
		case SHARED -> {
			setTitle(Messages.Passphrase_sharedTitle);
			setMessage(NLS.bind(Messages.Passphrase_sharedMessage, location));
		}
		}

		Composite fields = new Composite(area, SWT.NONE);
		fields.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 10;
		layout.marginHeight = 10;
		layout.verticalSpacing = 8;
		fields.setLayout(layout);

		passphrase = field(fields, mode == Mode.SHARED ? Messages.Passphrase_passwordLabel : Messages.Passphrase_label);
		if (mode == Mode.CREATE) {
			confirmation = field(fields, Messages.Passphrase_confirmLabel);
			new Label(fields, SWT.NONE);
			Label hint = new Label(fields, SWT.WRAP);
			hint.setText(NLS.bind(Messages.Passphrase_strengthHint, MINIMUM_LENGTH));
			GridData hintData = new GridData(SWT.FILL, SWT.TOP, true, false);
			hintData.widthHint = 360;
			hint.setLayoutData(hintData);
		}
		return area;
	}

	private Text field(Composite parent, String label) {
		new Label(parent, SWT.NONE).setText(label);
		Text text = new Text(parent, SWT.BORDER | SWT.SINGLE | SWT.PASSWORD);
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		// At start the dialog has no parent window, and SWT lets Escape close only shells that have one.
		text.addListener(SWT.Traverse, event -> {
			if (event.detail == SWT.TRAVERSE_ESCAPE) {
				event.doit = false;
				cancelPressed();
			}
		});
		return text;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID,
				switch (mode) {
				case CREATE -> Messages.Passphrase_createButton;
				case UNLOCK -> Messages.Passphrase_unlockButton;
				case SHARED -> Messages.Passphrase_connectButton;
				}, true);
		// Without the workspace there is nothing to work on: cancelling quits Counterpart.
		createButton(parent, IDialogConstants.CANCEL_ID, Messages.Passphrase_quitButton, false);
		// Here, after the OK button became the default one, so the user types at once (as InputDialog does).
		passphrase.setFocus();
	}

	@Override
	protected void okPressed() {
		char[] typed = passphrase.getTextChars();
		char[] repeated = confirmation == null ? null : confirmation.getTextChars();
		try {
			String refusal = refusal(typed, repeated);
			if (refusal != null) {
				refuse(refusal);
				return;
			}
			char[] handed = typed.clone();
			try {
				new ProgressMonitorDialog(getShell()).run(true, false, monitor -> {
					try {
						unlocker.unlock(handed, monitor);
					} catch (StoreException e) {
						throw new InvocationTargetException(e);
					} finally {
						Arrays.fill(handed, '\0');
					}
				});
			} catch (InvocationTargetException e) {
				Throwable cause = e.getCause();
				// The progress dialog took the focus; without it Enter would not reach the field the user types in again.
				getShell().forceActive();
				refuse(cause instanceof StoreException ? cause.getMessage()
						: NLS.bind(Messages.Passphrase_failed, cause.getClass().getSimpleName()));
				if (!(cause instanceof StoreException)) {
					Platform.getLog(PassphraseDialog.class).error(Messages.Passphrase_failedLog, cause);
				}
				return;
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		} finally {
			Arrays.fill(typed, '\0');
			if (repeated != null) {
				Arrays.fill(repeated, '\0');
			}
		}
		clearFields();
		super.okPressed();
	}

	@Override
	protected void cancelPressed() {
		clearFields();
		super.cancelPressed();
	}

	private String refusal(char[] typed, char[] repeated) {
		if (typed.length == 0) {
			return Messages.Passphrase_empty;
		}
		if (mode == Mode.CREATE) {
			if (typed.length < MINIMUM_LENGTH) {
				return NLS.bind(Messages.Passphrase_tooShort, MINIMUM_LENGTH);
			}
			if (!Arrays.equals(typed, repeated)) {
				return Messages.Passphrase_mismatch;
			}
		}
		return null;
	}

	/** Shows why, empties the fields and puts the cursor back into the first one. */
	private void refuse(String why) {
		setErrorMessage(why);
		clearFields();
		passphrase.setFocus();
	}

	private void clearFields() {
		if (passphrase != null && !passphrase.isDisposed()) {
			passphrase.setTextChars(new char[0]);
		}
		if (confirmation != null && !confirmation.isDisposed()) {
			confirmation.setTextChars(new char[0]);
		}
	}

	/** The passphrase field, for tests. */
	public Text getPassphraseField() {
		return passphrase;
	}

	/** The confirmation field (null when unlocking), for tests. */
	public Text getConfirmationField() {
		return confirmation;
	}

	/** The error shown in the title area, or null; for tests. */
	public String getShownError() {
		return getErrorMessage();
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	/** As wide as a readable line; long store paths wrap instead of stretching the dialog across the screen. */
	@Override
	protected Point getInitialSize() {
		int width = convertWidthInCharsToPixels(76);
		return getShell().computeSize(width, SWT.DEFAULT, true);
	}
}
