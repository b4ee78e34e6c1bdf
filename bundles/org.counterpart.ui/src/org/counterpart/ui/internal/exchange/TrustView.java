package org.counterpart.ui.internal.exchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.counterpart.security.DeviceBinding;
import org.counterpart.security.DeviceCountry;
import org.counterpart.security.DeviceIdentityFolder;
import org.counterpart.security.HeadquartersAnswer;
import org.counterpart.security.KnownCertificates;
import org.counterpart.security.RevocationLists;
import org.counterpart.security.TrustException;
import org.counterpart.security.TrustVerifier;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.part.ViewPart;

/**
 * The device's trust: the headquarters authority, this device's certificate and the devices and headquarters
 * identities it knows (the recipients packages can be written for), each with its state under the installed revocation
 * list; the list's number, dates and revoked count. Certificates and lists are installed and removed here, removal
 * after a confirmation.
 */
public class TrustView extends ViewPart {

	public static final String ID = "org.counterpart.ui.views.trust"; //$NON-NLS-1$

	/** One row: a certificate and what it is to this device. */
	record Row(String kind, X509Certificate certificate, boolean removable) {
	}

	private DeviceIdentityFolder folder;
	private Table table;
	private Label revocation;
	private Label status;
	private Button remove;
	private final List<Row> rows = new ArrayList<>();

	@Override
	public void createPartControl(Composite parent) {
		folder = DeviceIdentityFolders.current();
		Composite view = new Composite(parent, SWT.NONE);
		view.setLayout(new GridLayout(1, false));
		table = new Table(view, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		String[] headers = { DeviceMessages.Trust_kind, DeviceMessages.Trust_subject, DeviceMessages.Trust_country,
				DeviceMessages.Trust_deviceId, DeviceMessages.Trust_serial, DeviceMessages.Trust_validUntil,
				DeviceMessages.Trust_state };
		int[] widths = { 140, 300, 70, 260, 150, 140, 220 };
		for (int i = 0; i < headers.length; i++) {
			TableColumn column = new TableColumn(table, SWT.NONE);
			column.setText(headers[i]);
			column.setWidth(widths[i]);
		}
		revocation = wrapping(view);
		Composite buttons = new Composite(view, SWT.NONE);
		// The buttons flow onto a second line when the view is narrow, rather than being cut off.
		RowLayout flow = new RowLayout(SWT.HORIZONTAL);
		flow.wrap = true;
		flow.marginLeft = 0;
		buttons.setLayout(flow);
		buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		button(buttons, DeviceMessages.Trust_installAuthority, this::installAuthority);
		button(buttons, DeviceMessages.Trust_installKnown, this::installKnown);
		button(buttons, DeviceMessages.Trust_installCrl, this::installRevocationList);
		remove = button(buttons, DeviceMessages.Trust_remove, this::removeSelected);
		button(buttons, DeviceMessages.Trust_refresh, this::refresh);
		status = wrapping(view);
		table.addListener(SWT.Selection, event -> updateButtons());
		refresh();
	}

	/** A label that wraps at the view's width instead of asking for the width of its whole text. */
	private static Label wrapping(Composite parent) {
		Label label = new Label(parent, SWT.WRAP);
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
		data.widthHint = 200;
		label.setLayoutData(data);
		return label;
	}

	private static Button button(Composite parent, String text, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.addListener(SWT.Selection, event -> action.run());
		return button;
	}

	/** Shows the trust of {@code shown} instead of the workbench store's identity folder. */
	public void show(DeviceIdentityFolder shown) {
		folder = shown;
		refresh();
	}

	/** Reads the identity folder again. */
	public void refresh() {
		table.removeAll();
		rows.clear();
		if (folder == null) {
			revocation.setText(DeviceMessages.Trust_noWorkspace);
			updateButtons();
			return;
		}
		TrustVerifier trust = null;
		X509CRL list = null;
		try {
			list = folder.installedRevocationList();
			if (folder.hasAuthority()) {
				X509Certificate authority = folder.authority();
				rows.add(new Row(DeviceMessages.Trust_kindAuthority, authority, true));
				if (list != null) {
					trust = new TrustVerifier(authority, list);
				}
			}
			List<X509Certificate> own = folder.deviceCertificateChain();
			if (!own.isEmpty()) {
				rows.add(new Row(DeviceMessages.Trust_kindDevice, own.get(0), false));
			}
			for (X509Certificate known : new KnownCertificates(folder).list()) {
				rows.add(new Row(DeviceBinding.isHeadquarters(known) ? DeviceMessages.Trust_kindHeadquarters
						: DeviceMessages.Trust_kindKnown, known, true));
			}
		} catch (GeneralSecurityException | IOException e) {
			error(e);
		}
		for (Row row : rows) {
			X509Certificate certificate = row.certificate();
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { row.kind(), certificate.getSubjectX500Principal().getName(),
					DeviceCountry.of(certificate).orElse(""), DeviceBinding.deviceId(certificate).orElse(""), //$NON-NLS-1$ //$NON-NLS-2$
					certificate.getSerialNumber().toString(16), DevicePreferencePage.date(certificate.getNotAfter()),
					state(row, trust) });
			item.setData(row);
		}
		if (list == null) {
			revocation.setText(DeviceMessages.Trust_crlNone);
		} else {
			int revoked = list.getRevokedCertificates() == null ? 0 : list.getRevokedCertificates().size();
			revocation.setText(NLS.bind(DeviceMessages.Trust_crl, new Object[] {
					String.valueOf(RevocationLists.number(list)), DevicePreferencePage.date(list.getThisUpdate()),
					list.getNextUpdate() == null ? DeviceMessages.Status_none : DevicePreferencePage.date(list.getNextUpdate()),
					RevocationLists.isOverdue(list, Instant.now()) ? DeviceMessages.Trust_crlOverdue : "", revoked })); //$NON-NLS-1$
		}
		revocation.getParent().layout(true, true);
		updateButtons();
	}

	private static String state(Row row, TrustVerifier trust) {
		if (DeviceMessages.Trust_kindAuthority.equals(row.kind())) {
			return DeviceMessages.Trust_stateAnchor;
		}
		if (trust == null) {
			return DeviceMessages.Trust_stateUnchecked;
		}
		try {
			trust.verify(List.of(row.certificate(), trust.authority()));
			return DeviceMessages.Trust_stateTrusted;
		} catch (TrustException e) {
			return NLS.bind(DeviceMessages.Trust_stateNotTrusted, e.getMessage());
		}
	}

	private void updateButtons() {
		Row selected = selected();
		remove.setEnabled(selected != null && selected.removable());
	}

	private Row selected() {
		TableItem[] selection = table.getSelection();
		return selection.length == 0 ? null : (Row) selection[0].getData();
	}

	private Path chooseFile(String... patterns) {
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.OPEN);
		dialog.setText(DeviceMessages.Enrol_chooseFile);
		dialog.setFilterExtensions(new String[] { String.join(";", patterns), "*" }); //$NON-NLS-1$ //$NON-NLS-2$
		String chosen = dialog.open();
		return chosen == null ? null : Path.of(chosen);
	}

	private void installAuthority() {
		Path file = chooseFile("*.crt", "*.pem"); //$NON-NLS-1$ //$NON-NLS-2$
		if (file != null) {
			installAuthority(file);
		}
	}

	/** Installs the CA certificate in {@code file}, asking first when it replaces another. */
	public void installAuthority(Path file) {
		try {
			X509Certificate authority = HeadquartersAnswer.readAuthority(file);
			if (folder.hasAuthority()) {
				X509Certificate installed = folder.authority();
				if (installed.equals(authority)) {
					refresh();
					return;
				}
				if (!confirm(DeviceMessages.Trust_replaceAuthorityTitle, NLS.bind(DeviceMessages.Trust_replaceAuthority,
						installed.getSubjectX500Principal().getName(), authority.getSubjectX500Principal().getName()),
						DeviceMessages.Trust_replaceButton)) {
					return;
				}
			}
			folder.installAuthority(authority);
			report(NLS.bind(DeviceMessages.Trust_installedAuthority, authority.getSubjectX500Principal().getName()));
		} catch (GeneralSecurityException | IOException e) {
			error(e);
		}
		refresh();
	}

	private void installKnown() {
		Path file = chooseFile("*.crt", "*.pem"); //$NON-NLS-1$ //$NON-NLS-2$
		if (file != null) {
			installKnown(file);
		}
	}

	/** Takes the certificate in {@code file} as a known device, if this device's trust accepts it. */
	public void installKnown(Path file) {
		try {
			X509Certificate taken = new KnownCertificates(folder).install(file, folder.trust());
			report(NLS.bind(DeviceMessages.Trust_installedKnown, taken.getSubjectX500Principal().getName(),
					taken.getSerialNumber().toString(16)));
		} catch (GeneralSecurityException | IOException e) {
			error(e);
		}
		refresh();
	}

	private void installRevocationList() {
		Path file = chooseFile("*.pem", "*.crl"); //$NON-NLS-1$ //$NON-NLS-2$
		if (file != null) {
			installRevocationList(file);
		}
	}

	/** Installs the revocation list in {@code file}; refused, with nothing changed, when it is older or not the CA's. */
	public void installRevocationList(Path file) {
		try {
			X509CRL list = HeadquartersAnswer.installRevocationList(folder, file);
			report(NLS.bind(DeviceMessages.Trust_installedCrl, new Object[] { list.getIssuerX500Principal().getName(),
					list.getRevokedCertificates() == null ? 0 : list.getRevokedCertificates().size(), folder.directory() }));
		} catch (GeneralSecurityException | IOException e) {
			error(e);
		}
		refresh();
	}

	private void removeSelected() {
		Row row = selected();
		if (row == null || !row.removable()) {
			return;
		}
		X509Certificate certificate = row.certificate();
		String name = certificate.getSubjectX500Principal().getName();
		boolean authority = DeviceMessages.Trust_kindAuthority.equals(row.kind());
		String question = authority ? NLS.bind(DeviceMessages.Trust_removeAuthority, name)
				: NLS.bind(DeviceMessages.Trust_removeKnown, name, certificate.getSerialNumber().toString(16));
		if (!confirm(DeviceMessages.Trust_removeTitle, question, DeviceMessages.Trust_removeButton)) {
			return;
		}
		try {
			if (authority) {
				Files.deleteIfExists(folder.authorityFile());
			} else {
				new KnownCertificates(folder).remove(certificate);
			}
			report(NLS.bind(DeviceMessages.Trust_removed, name));
		} catch (IOException e) {
			error(e);
		}
		refresh();
	}

	private boolean confirm(String title, String question, String button) {
		MessageDialog dialog = new MessageDialog(getSite().getShell(), title, null, question, MessageDialog.CONFIRM,
				new String[] { button, org.eclipse.jface.dialogs.IDialogConstants.CANCEL_LABEL }, 1);
		return dialog.open() == 0;
	}

	private void error(Exception e) {
		String message = e instanceof GeneralSecurityException ? e.getMessage()
				: NLS.bind("{0}: {1}", e.getClass().getSimpleName(), e.getMessage()); //$NON-NLS-1$
		// Shown in place, in red, rather than in a dialog: the view stays usable and the reason stays in sight.
		show(message, SWT.COLOR_RED);
	}

	private void report(String message) {
		show(message, SWT.COLOR_WIDGET_FOREGROUND);
	}

	private void show(String message, int color) {
		status.setText(message);
		status.setForeground(status.getDisplay().getSystemColor(color));
		status.getParent().layout(true, true);
	}

	/** The rows shown, for tests. */
	public Table getTable() {
		return table;
	}

	/** The revocation list's state as shown, for tests. */
	public String shownRevocationList() {
		return revocation.getText();
	}

	/** The last result or error shown, for tests. */
	public String shownStatus() {
		return status.getText();
	}

	public Button getRemoveButton() {
		return remove;
	}

	@Override
	public void setFocus() {
		table.setFocus();
	}
}
