package org.counterpart.hq.ui.internal;

import org.counterpart.security.RevocationReason;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/** Asks why a device's certificates are revoked (an RFC 5280 reason), and confirms. */
final class RevokeDialog extends TitleAreaDialog {

	private final String device;
	private final int certificates;
	private Combo reasons;
	private RevocationReason reason;

	RevokeDialog(Shell parent, String device, int certificates) {
		super(parent);
		this.device = device;
		this.certificates = certificates;
		setHelpAvailable(false);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Revoke_title);
		shell.setData(this);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(NLS.bind(Messages.Revoke_heading, device));
		setMessage(NLS.bind(Messages.Revoke_message, certificates));
		Composite fields = new Composite(area, SWT.NONE);
		fields.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		fields.setLayout(new GridLayout(2, false));
		new Label(fields, SWT.NONE).setText(Messages.Revoke_reason);
		reasons = new Combo(fields, SWT.READ_ONLY);
		for (RevocationReason each : RevocationReason.values()) {
			reasons.add(label(each));
		}
		reasons.select(0);
		reasons.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		return area;
	}

	/** The reason as offered: its RFC 5280 name and what it means. */
	static String label(RevocationReason reason) {
		String meaning = switch (reason) {
		case UNSPECIFIED -> Messages.Revoke_unspecified;
		case KEY_COMPROMISE -> Messages.Revoke_keyCompromise;
		case CA_COMPROMISE -> Messages.Revoke_caCompromise;
		case AFFILIATION_CHANGED -> Messages.Revoke_affiliationChanged;
		case SUPERSEDED -> Messages.Revoke_superseded;
		case CESSATION_OF_OPERATION -> Messages.Revoke_cessationOfOperation;
		case PRIVILEGE_WITHDRAWN -> Messages.Revoke_privilegeWithdrawn;
		};
		return reason.rfcName() + " - " + meaning; //$NON-NLS-1$
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.Revoke_button, false);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, true);
	}

	@Override
	protected void okPressed() {
		reason = RevocationReason.values()[reasons.getSelectionIndex()];
		super.okPressed();
	}

	RevocationReason reason() {
		return reason;
	}

	Combo reasons() {
		return reasons;
	}

	Button okButton() {
		return getButton(IDialogConstants.OK_ID);
	}
}
