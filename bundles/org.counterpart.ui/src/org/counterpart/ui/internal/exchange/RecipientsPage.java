package org.counterpart.ui.internal.exchange;

import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.format.DateTimeFormatter;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.counterpart.security.DeviceIdentityFolder;
import org.counterpart.security.TrustVerifier;
import org.counterpart.ui.internal.exchange.RecipientCertificates.Recipient;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * The export wizard's first page: the recipients, chosen among the certificates the device knows (only trusted ones
 * can be checked), and the last package written.
 */
final class RecipientsPage extends WizardPage {

	private final DeviceIdentityFolder identity;
	private final TrustVerifier trust;
	private final List<Recipient> recipients = new ArrayList<>();
	private Table table;

	RecipientsPage(DeviceIdentityFolder identity, TrustVerifier trust) {
		super("recipients"); //$NON-NLS-1$
		this.identity = identity;
		this.trust = trust;
		setTitle(Messages.Recipients_title);
		setMessage(Messages.Recipients_message);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(1, false));
		LastPackage last = LastPackage.remembered();
		Label lastLabel = new Label(page, SWT.WRAP);
		lastLabel.setText(last == null ? Messages.Recipients_noLastPackage
				: NLS.bind(Messages.Recipients_lastPackage, new Object[] { last.number(), last.writtenText(), last.file() }));
		lastLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		table = new Table(page, SWT.CHECK | SWT.BORDER | SWT.FULL_SELECTION);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true);
		tableData.heightHint = 180;
		table.setLayoutData(tableData);
		for (String title : new String[] { Messages.Recipients_subject, Messages.Recipients_country,
				Messages.Recipients_expires, Messages.Recipients_state }) {
			new TableColumn(table, SWT.LEFT).setText(title);
		}
		table.addListener(SWT.Selection, event -> {
			if (event.detail == SWT.CHECK && event.item instanceof TableItem item
					&& !recipients.get(table.indexOf(item)).trusted()) {
				item.setChecked(false); // an untrusted certificate cannot be chosen
			}
			validate();
		});
		Button add = new Button(page, SWT.PUSH);
		add.setText(Messages.Recipients_add);
		add.addListener(SWT.Selection, event -> addFromFile());
		try {
			recipients.addAll(RecipientCertificates.list(identity, trust));
		} catch (IOException e) {
			setErrorMessage(e.getMessage());
		}
		refresh();
		setControl(page);
		validate();
	}

	private void addFromFile() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
		dialog.setText(Messages.Recipients_addDialog);
		dialog.setFilterExtensions(new String[] { "*.crt;*.pem;*.cer", "*" }); //$NON-NLS-1$ //$NON-NLS-2$
		String chosen = dialog.open();
		if (chosen != null) {
			addFile(Path.of(chosen));
		}
	}

	/** Adds the certificate in {@code file} to the known recipients, checked if trusted. */
	void addFile(Path file) {
		try {
			Recipient added = RecipientCertificates.add(identity, file, trust);
			recipients.removeIf(known -> known.certificate().equals(added.certificate()));
			recipients.add(added);
			refresh();
			if (added.trusted()) {
				table.getItem(recipients.size() - 1).setChecked(true);
			}
			validate();
		} catch (IOException e) {
			MessageDialog.openError(getShell(), Messages.Recipients_addDialog,
					NLS.bind(Messages.Recipients_addFailed, file, e.getMessage()));
		}
	}

	private void refresh() {
		List<X509Certificate> checked = chosen();
		table.removeAll();
		DateTimeFormatter date = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneId.systemDefault());
		for (Recipient recipient : recipients) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { recipient.subject(),
					recipient.headquarters() ? Messages.Recipients_headquarters : recipient.country().orElse("-"), //$NON-NLS-1$
					date.format(recipient.certificate().getNotAfter().toInstant()),
					recipient.trusted() ? Messages.Recipients_trusted
							: NLS.bind(Messages.Recipients_untrusted, recipient.untrustedReason()) });
			item.setChecked(checked.contains(recipient.certificate()));
			if (!recipient.trusted()) {
				item.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
			}
		}
		for (TableColumn column : table.getColumns()) {
			column.pack();
		}
	}

	/** The certificates checked. */
	List<X509Certificate> chosen() {
		List<X509Certificate> chosen = new ArrayList<>();
		if (table == null) {
			return chosen;
		}
		for (int i = 0; i < table.getItemCount(); i++) {
			if (table.getItem(i).getChecked() && recipients.get(i).trusted()) {
				chosen.add(recipients.get(i).certificate());
			}
		}
		return chosen;
	}

	private void validate() {
		boolean any = !chosen().isEmpty();
		setErrorMessage(any ? null : Messages.Recipients_none);
		setPageComplete(any);
	}
}
