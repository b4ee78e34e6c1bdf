package org.counterpart.hq.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.counterpart.hq.DeviceAuthority;
import org.counterpart.hq.DeviceRow;
import org.counterpart.security.CredentialException;
import org.counterpart.security.DeviceCountry;
import org.counterpart.security.IssuedCertificate;
import org.counterpart.ui.WorkspaceEditingSession;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.part.ViewPart;

/**
 * Headquarters' device registry: every device the store knows, with its last package, the operations received, the
 * gaps still open, the conflicts it is part of and its certificate's expiry; sorted by a click on a column's heading
 * (again: the other way). The rows are read in a background job when the view opens and on Refresh. Enrol Device...
 * issues a certificate from a device's request, Revoke... revokes the selected device's certificates with a reason,
 * Publish Revocation List... writes the authority's signed list (and installs it, so that baselines carry it).
 */
public final class DeviceRegistryView extends ViewPart {

	public static final String ID = "org.counterpart.hq.ui.views.registry"; //$NON-NLS-1$

	/** The family of the jobs that read the registry, for tests to wait on. */
	static final Object FAMILY = new Object();

	/** How long a published revocation list is valid, as {@code counterpart-cli authority crl} by default. */
	private static final Duration LIST_VALIDITY = Duration.ofDays(30);

	private RegistryService service;
	private AuthorityService authorities;
	private Function<Shell, Path> listFileChooser = DeviceRegistryView::askForListFile;
	private Button enrolButton;
	private Button revokeButton;
	private Button publishButton;
	private TableViewer viewer;
	private Label status;
	private Button refreshButton;
	private RegistryColumns sortColumn = RegistryColumns.NAME;
	private boolean descending;

	@Override
	public void createPartControl(Composite parent) {
		if (service == null) {
			service = new WorkbenchRegistryService(WorkspaceEditingSession.getDefault());
		}
		if (authorities == null) {
			authorities = new WorkbenchAuthorityService(WorkspaceEditingSession.getDefault());
		}
		parent.setLayout(new GridLayout(5, false));
		status = new Label(parent, SWT.NONE);
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		enrolButton = button(parent, Messages.Registry_enrol, this::enrol);
		revokeButton = button(parent, Messages.Registry_revoke, this::revokeSelected);
		publishButton = button(parent, Messages.Registry_publish, this::publish);
		refreshButton = new Button(parent, SWT.PUSH);
		refreshButton.setText(Messages.Registry_refresh);
		refreshButton.addListener(SWT.Selection, event -> refresh());

		viewer = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 5, 1));
		for (RegistryColumns column : RegistryColumns.values()) {
			TableColumn tableColumn = TextColumns.add(viewer, column.heading, column.width, column.numeric(), DeviceRow.class, column.text);
			tableColumn.addListener(SWT.Selection, event -> sortBy(column, tableColumn));
		}
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setComparator(new ViewerComparator() {
			@Override
			public int compare(Viewer v, Object a, Object b) {
				int order = sortColumn.order.compare((DeviceRow) a, (DeviceRow) b);
				if (order == 0) {
					order = RegistryColumns.DEVICE.order.compare((DeviceRow) a, (DeviceRow) b);
				}
				return descending ? -order : order;
			}
		});
		table.setSortColumn(table.getColumn(0));
		table.setSortDirection(SWT.UP);
		viewer.setInput(List.of());
		viewer.addSelectionChangedListener(event -> revokeButton.setEnabled(selected().size() == 1));
		revokeButton.setEnabled(false);
		refresh();
	}

	private static Button button(Composite parent, String text, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.addListener(SWT.Selection, event -> action.run());
		return button;
	}

	/** Works with {@code other} for enrolment, revocation and the revocation list, from now on. */
	public void useAuthority(AuthorityService other) {
		authorities = other;
	}

	/** Asks {@code chooser} instead of a file dialog where a revocation list goes, for tests. */
	void chooseListFilesWith(Function<Shell, Path> chooser) {
		listFileChooser = chooser;
	}

	private void enrol() {
		Shell shell = getSite().getShell();
		DeviceAuthority authority = authorities.authority(shell);
		if (authority == null) {
			return;
		}
		EnrolDialog dialog = new EnrolDialog(shell, authority);
		if (dialog.open() != Window.OK) {
			return;
		}
		String device = InboxColumns.commonName(dialog.issued().getSubjectX500Principal().getName());
		String done = NLS.bind(Messages.Registry_enrolled, new Object[] { device,
				DeviceCountry.of(dialog.issued()).orElse(""), dialog.chainFile() }); //$NON-NLS-1$
		try {
			authorities.enrolled(dialog.chainFile());
		} catch (IOException e) {
			MessageDialog.openError(shell, Messages.Enrol_title, NLS.bind(Messages.Registry_enrolledUnknown,
					new Object[] { device, dialog.chainFile(), e.getMessage() }));
		}
		refresh(done);
	}

	private void revokeSelected() {
		List<DeviceRow> picked = selected();
		if (picked.size() != 1) {
			return;
		}
		DeviceRow row = picked.get(0);
		Shell shell = getSite().getShell();
		String device = row.name() == null ? row.deviceId() : InboxColumns.commonName(row.name());
		DeviceAuthority authority = authorities.authority(shell);
		if (authority == null) {
			return;
		}
		List<IssuedCertificate> unrevoked = row.name() == null ? List.of() : authority.unrevoked(row.name());
		if (unrevoked.isEmpty()) {
			MessageDialog.openError(shell, Messages.Revoke_title, NLS.bind(Messages.Registry_nothingToRevoke, device));
			return;
		}
		RevokeDialog dialog = new RevokeDialog(shell, device, unrevoked.size());
		if (dialog.open() != Window.OK) {
			return;
		}
		try {
			List<IssuedCertificate> revoked = authorities.revoke(authority, row.name(), dialog.reason());
			refresh(NLS.bind(Messages.Registry_revoked,
					new Object[] { revoked.size(), device, dialog.reason().rfcName() }));
		} catch (IOException | RuntimeException e) {
			MessageDialog.openError(shell, Messages.Revoke_title, NLS.bind(Messages.Registry_revokeFailed, e.getMessage()));
		}
	}

	private void publish() {
		Shell shell = getSite().getShell();
		DeviceAuthority authority = authorities.authority(shell);
		if (authority == null) {
			return;
		}
		Path file = listFileChooser.apply(shell);
		if (file == null) {
			return;
		}
		try {
			X509CRL list = authority.publish(LIST_VALIDITY, file);
			authorities.published(list);
			int revoked = list.getRevokedCertificates() == null ? 0 : list.getRevokedCertificates().size();
			status.setText(NLS.bind(Messages.Registry_published, revoked, file));
			status.getParent().layout();
		} catch (CredentialException | IOException | RuntimeException e) {
			MessageDialog.openError(shell, Messages.Registry_publishTitle,
					NLS.bind(Messages.Registry_publishFailed, e.getMessage()));
		}
	}

	private static Path askForListFile(Shell shell) {
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setText(Messages.Registry_publishTitle);
		dialog.setFileName("crl.pem"); //$NON-NLS-1$
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		return chosen == null ? null : Path.of(chosen);
	}

	private List<DeviceRow> selected() {
		List<DeviceRow> picked = new ArrayList<>();
		for (Object element : ((IStructuredSelection) viewer.getSelection()).toList()) {
			picked.add((DeviceRow) element);
		}
		return picked;
	}

	/** Reads the rows from {@code other} instead of the workbench's store, now and on each refresh. */
	public void useService(RegistryService other) {
		service = other;
		if (viewer != null) {
			refresh();
		}
	}

	/** Reads the registry again in the background and shows it. */
	public void refresh() {
		refresh(null);
	}

	/** As {@link #refresh()}, then says {@code done} (what was just done) instead of the count, if given. */
	private void refresh(String done) {
		RegistryService using = service;
		refreshButton.setEnabled(false);
		status.setText(Messages.Registry_reading);
		Job job = new Job(Messages.Registry_job) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					show(using, using.rows(), null, done);
				} catch (IOException | RuntimeException e) {
					show(using, null, e.getMessage(), done);
				}
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == FAMILY;
			}
		};
		job.setSystem(true);
		job.schedule();
	}

	private void show(RegistryService from, List<DeviceRow> rows, String error, String done) {
		Table table = viewer.getTable();
		if (table.isDisposed()) {
			return;
		}
		table.getDisplay().asyncExec(() -> {
			if (table.isDisposed() || from != service) {
				return;
			}
			refreshButton.setEnabled(true);
			if (error != null) {
				status.setText(NLS.bind(Messages.Registry_failed, error));
			} else {
				viewer.setInput(rows);
				status.setText(done != null ? done : NLS.bind(Messages.Registry_counted, rows.size()));
			}
			status.getParent().layout();
		});
	}

	private void sortBy(RegistryColumns column, TableColumn tableColumn) {
		descending = column == sortColumn && !descending;
		sortColumn = column;
		Table table = viewer.getTable();
		table.setSortColumn(tableColumn);
		table.setSortDirection(descending ? SWT.DOWN : SWT.UP);
		viewer.refresh();
	}

	/** The viewer, for tests. */
	TableViewer viewer() {
		return viewer;
	}

	Button refreshButton() {
		return refreshButton;
	}

	Button enrolButton() {
		return enrolButton;
	}

	Button revokeButton() {
		return revokeButton;
	}

	Button publishButton() {
		return publishButton;
	}

	Label status() {
		return status;
	}

	/** The rows shown now, in the table's order. */
	List<DeviceRow> shown() {
		List<DeviceRow> rows = new ArrayList<>();
		for (TableItem item : viewer.getTable().getItems()) {
			rows.add((DeviceRow) item.getData());
		}
		return rows;
	}

	@Override
	public void setFocus() {
		viewer.getTable().setFocus();
	}

	@Override
	public void dispose() {
		if (authorities != null) {
			authorities.dispose();
		}
		super.dispose();
	}
}
