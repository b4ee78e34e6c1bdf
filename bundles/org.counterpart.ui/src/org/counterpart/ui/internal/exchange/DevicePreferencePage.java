package org.counterpart.ui.internal.exchange;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;

import org.counterpart.security.DeviceIdentityFolder;
import org.counterpart.security.DeviceStatus;
import org.counterpart.security.DeviceStatus.Warning;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/**
 * Window &gt; Preferences &gt; Security &gt; Device: this device's key, certificate (subject, country, device id,
 * validity, days to expiry) and revocation list (number, age), with what needs attention: a certificate that expires
 * within 30 days, an overdue revocation list, no certificate yet.
 */
public class DevicePreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC); //$NON-NLS-1$

	private DeviceIdentityFolder folder;
	private Composite fields;
	private Label warnings;

	public DevicePreferencePage() {
		noDefaultAndApplyButton();
		setDescription(DeviceMessages.Status_description);
	}

	/** For tests and for other callers that know the folder. */
	public DevicePreferencePage(DeviceIdentityFolder folder) {
		this();
		this.folder = folder;
	}

	@Override
	public void init(IWorkbench workbench) {
		if (folder == null) {
			folder = DeviceIdentityFolders.current();
		}
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		page.setLayout(layout);
		fields = new Composite(page, SWT.NONE);
		fields.setLayout(new GridLayout(2, false));
		fields.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		warnings = new Label(page, SWT.WRAP);
		GridData warningData = new GridData(SWT.FILL, SWT.TOP, true, false);
		warningData.widthHint = 420;
		warnings.setLayoutData(warningData);
		Button enrol = new Button(page, SWT.PUSH);
		enrol.setText(DeviceMessages.Status_enrol);
		enrol.addListener(SWT.Selection, event -> {
			EnrolmentWizardDialog dialog = EnrolmentWizard.open(getShell(), folder, DeviceIdentityFolders.deviceId());
			dialog.getShell().addListener(SWT.Dispose, closed -> {
				if (!page.isDisposed()) {
					show();
				}
			});
		});
		enrol.setEnabled(folder != null);
		show();
		return page;
	}

	/** Reads the identity folder again and shows what it says. */
	public void show() {
		for (Control child : fields.getChildren()) {
			child.dispose();
		}
		if (folder == null) {
			row(DeviceMessages.Status_key, DeviceMessages.Trust_noWorkspace);
			fields.getParent().layout(true, true);
			return;
		}
		DeviceStatus status;
		try {
			status = DeviceStatus.of(folder, Instant.now());
		} catch (java.security.GeneralSecurityException | IOException e) {
			setMessage(NLS.bind(DeviceMessages.Status_unreadable, folder.directory(), e.getMessage()), IMessageProvider.ERROR);
			return;
		}
		String none = DeviceMessages.Status_none;
		row(DeviceMessages.Status_key, switch (status.keyLocation()) {
			case NONE -> DeviceMessages.Status_keyNone;
			case FILE -> NLS.bind(DeviceMessages.Status_keyFile, folder.keyStore());
			case TOKEN -> NLS.bind(DeviceMessages.Status_keyToken, status.token().orElseThrow().describe(),
					status.token().orElseThrow().module());
		});
		row(DeviceMessages.Status_subject, status.subject().orElse(none));
		row(DeviceMessages.Status_country, status.country().orElse(none));
		row(DeviceMessages.Status_deviceId, status.deviceId().orElse(none));
		row(DeviceMessages.Status_validity, status.certificate().map(c -> NLS.bind(DeviceMessages.Status_validityValue,
				date(c.getNotBefore()), date(c.getNotAfter()))).orElse(none));
		row(DeviceMessages.Status_expiry, status.daysToExpiry().map(days -> days >= 0
				? NLS.bind(DeviceMessages.Status_expiryDays, days) : NLS.bind(DeviceMessages.Status_expired, -days)).orElse(none));
		row(DeviceMessages.Status_authority, status.authority().map(a -> a.getSubjectX500Principal().getName()).orElse(none));
		row(DeviceMessages.Status_crl, status.revocationList().map(list -> NLS.bind(DeviceMessages.Status_crlValue,
				new Object[] { status.revocationListNumber().map(String::valueOf).orElse(none), date(list.getThisUpdate()),
						status.revocationListAgeDays().orElse(0L),
						list.getNextUpdate() == null ? none : date(list.getNextUpdate()), status.revokedCount() }))
				.orElse(none));
		List<String> lines = status.warnings().stream().map(warning -> text(warning, status)).toList();
		warnings.setText(String.join("\n", lines)); //$NON-NLS-1$
		setMessage(lines.isEmpty() ? null : lines.get(0), lines.isEmpty() ? IMessageProvider.NONE : IMessageProvider.WARNING);
		fields.getParent().layout(true, true);
	}

	static String text(Warning warning, DeviceStatus status) {
		return switch (warning) {
			case NO_KEY -> DeviceMessages.Warning_NO_KEY;
			case NO_CERTIFICATE -> DeviceMessages.Warning_NO_CERTIFICATE;
			case CERTIFICATE_EXPIRED -> DeviceMessages.Warning_CERTIFICATE_EXPIRED;
			case CERTIFICATE_REVOKED -> DeviceMessages.Warning_CERTIFICATE_REVOKED;
			case CERTIFICATE_EXPIRES_SOON -> NLS.bind(DeviceMessages.Warning_CERTIFICATE_EXPIRES_SOON, status.daysToExpiry().orElse(0L));
			case NO_AUTHORITY -> DeviceMessages.Warning_NO_AUTHORITY;
			case NO_REVOCATION_LIST -> DeviceMessages.Warning_NO_REVOCATION_LIST;
			case REVOCATION_LIST_OVERDUE -> NLS.bind(DeviceMessages.Warning_REVOCATION_LIST_OVERDUE,
					status.revocationList().map(list -> date(list.getNextUpdate())).orElse("")); //$NON-NLS-1$
		};
	}

	static String date(Date date) {
		return DATE.format(date.toInstant());
	}

	private void row(String label, String value) {
		new Label(fields, SWT.NONE).setText(label);
		Label shown = new Label(fields, SWT.WRAP);
		shown.setText(value);
		shown.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
	}

	/** The text of the field labelled {@code label}, for tests. */
	public String shown(String label) {
		Control[] children = fields.getChildren();
		for (int i = 0; i + 1 < children.length; i += 2) {
			if (((Label) children[i]).getText().equals(label)) {
				return ((Label) children[i + 1]).getText();
			}
		}
		return null;
	}

	/** The warnings shown, one a line; for tests. */
	public String shownWarnings() {
		return warnings.getText();
	}
}
