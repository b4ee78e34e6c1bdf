package org.counterpart.ui.internal.exchange;

import java.security.GeneralSecurityException;
import java.io.IOException;
import java.util.Arrays;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Asks for one secret (a passphrase or a PIN) and hands it to an {@link Attempt}; the dialog closes only when the
 * attempt succeeds, and otherwise shows its message in place, empties the field and lets the user try again. The
 * secret lives in {@code char[]}s that are wiped after the attempt, and in the password field until then.
 *
 * @param <T> what a successful attempt gives
 */
public final class SecretDialog<T> extends TitleAreaDialog {

	/** Uses the secret; its exceptions' messages are for the user and never carry the secret. */
	@FunctionalInterface
	interface Attempt<T> {
		T attempt(char[] secret) throws GeneralSecurityException, IOException;
	}

	private final String title;
	private final String message;
	private final String label;
	private final Attempt<T> attempt;
	private Text secret;
	private T result;

	SecretDialog(Shell parent, String title, String message, String label, Attempt<T> attempt) {
		super(parent);
		this.title = title;
		this.message = message;
		this.label = label;
		this.attempt = attempt;
		setHelpAvailable(false);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(title);
		setMessage(message);
		Composite fields = new Composite(area, SWT.NONE);
		fields.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 10;
		layout.marginHeight = 10;
		fields.setLayout(layout);
		new Label(fields, SWT.NONE).setText(label);
		secret = new Text(fields, SWT.BORDER | SWT.SINGLE | SWT.PASSWORD);
		secret.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, DeviceMessages.Unlock_button, true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
		secret.setFocus();
	}

	@Override
	protected void okPressed() {
		char[] typed = secret.getTextChars();
		try {
			if (typed.length == 0) {
				refuse(DeviceMessages.Unlock_empty);
				return;
			}
			Object[] outcome = new Object[1];
			BusyIndicator.showWhile(getShell().getDisplay(), () -> {
				try {
					outcome[0] = attempt.attempt(typed);
				} catch (GeneralSecurityException | IOException | RuntimeException e) {
					outcome[0] = e;
				}
			});
			if (outcome[0] instanceof GeneralSecurityException e) {
				refuse(e.getMessage());
				return;
			}
			if (outcome[0] instanceof Exception e) {
				Platform.getLog(SecretDialog.class).error(DeviceMessages.Unlock_title, e);
				refuse(NLS.bind(DeviceMessages.Unlock_failed, e.getClass().getSimpleName()));
				return;
			}
			@SuppressWarnings("unchecked")
			T done = (T) outcome[0];
			result = done;
		} finally {
			Arrays.fill(typed, '\0');
		}
		secret.setTextChars(new char[0]);
		super.okPressed();
	}

	@Override
	protected void cancelPressed() {
		secret.setTextChars(new char[0]);
		super.cancelPressed();
	}

	private void refuse(String why) {
		setErrorMessage(why);
		secret.setTextChars(new char[0]);
		secret.setFocus();
	}

	/** What the successful attempt gave, or null. */
	T result() {
		return result;
	}

	/** The secret field, for tests. */
	public Text getSecretField() {
		return secret;
	}

	/** The error shown in the title area, or null; for tests. */
	public String getShownError() {
		return getErrorMessage();
	}

	@Override
	protected Point getInitialSize() {
		return getShell().computeSize(convertWidthInCharsToPixels(76), SWT.DEFAULT, true);
	}
}
