package org.counterpart.hq.ui.internal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

import org.counterpart.hq.InboxEntry;
import org.counterpart.ui.HelpContexts;
import org.counterpart.ui.WorkspaceEditingSession;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;

/**
 * Headquarters' inbox: a folder chosen by the analyst, looked at every {@value #POLL_MILLIS} ms for packages, listed
 * with where each stands; sorted by a click on a column's heading (again: the other way), narrowed by the filter's
 * text. Import takes the selected packages in an {@link InboxImportJob}; Show Summary (or a double-click) shows what an
 * imported package did. The packages stay in the folder.
 */
public final class InboxView extends ViewPart {

	public static final String ID = "org.counterpart.hq.ui.views.inbox"; //$NON-NLS-1$

	static final long POLL_MILLIS = 2000;

	/**
	 * While the folder's listing stays the same, the packages are read again only this often: another workstation's
	 * import may have changed where they stand, but reading forty packages every two seconds would be wasted.
	 */
	static final long RESCAN_MILLIS = 30_000;

	private InboxService service;
	private volatile Path folder;
	private Text folderText;
	private Text filterText;
	private Label status;
	private TableViewer viewer;
	private Button importButton;
	private Button summaryButton;
	private InboxColumns sortColumn = InboxColumns.FILE;
	private boolean descending;
	private List<InboxEntry> entries = List.of();
	private Job poll;
	private volatile boolean importing;
	private volatile boolean rescan;

	@Override
	public void createPartControl(Composite parent) {
		if (service == null) {
			service = new WorkbenchInboxService(WorkspaceEditingSession.getDefault());
		}
		parent.setLayout(new GridLayout(4, false));
		HelpContexts.set(parent, HelpContexts.INBOX);
		new Label(parent, SWT.NONE).setText(Messages.Inbox_folder);
		folderText = new Text(parent, SWT.BORDER | SWT.READ_ONLY);
		folderText.setMessage(Messages.Inbox_noFolder);
		folderText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		Button choose = new Button(parent, SWT.PUSH);
		choose.setText(Messages.Inbox_choose);
		choose.addListener(SWT.Selection, event -> chooseFolder());

		new Label(parent, SWT.NONE).setText(Messages.Inbox_filter);
		filterText = new Text(parent, SWT.BORDER | SWT.SEARCH | SWT.ICON_CANCEL);
		filterText.setMessage(Messages.Inbox_filterHint);
		filterText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		filterText.addModifyListener(event -> viewer.refresh());
		importButton = new Button(parent, SWT.PUSH);
		importButton.setText(Messages.Inbox_import);
		importButton.addListener(SWT.Selection, event -> importSelected());
		summaryButton = new Button(parent, SWT.PUSH);
		summaryButton.setText(Messages.Inbox_showSummary);
		summaryButton.addListener(SWT.Selection, event -> showSummary());

		viewer = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
		for (InboxColumns column : InboxColumns.values()) {
			TableColumn tableColumn = TextColumns.add(viewer, column.heading, column.width,
					column == InboxColumns.NUMBER || column == InboxColumns.SIZE, InboxEntry.class, column.text);
			tableColumn.setData(column);
			tableColumn.addListener(SWT.Selection, event -> sortBy(column, tableColumn));
		}
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setComparator(new ViewerComparator() {
			@Override
			public int compare(Viewer v, Object a, Object b) {
				int order = sortColumn.order.compare((InboxEntry) a, (InboxEntry) b);
				if (order == 0) {
					order = InboxColumns.FILE.order.compare((InboxEntry) a, (InboxEntry) b);
				}
				return descending ? -order : order;
			}
		});
		viewer.addFilter(new ViewerFilter() {
			@Override
			public boolean select(Viewer v, Object parentElement, Object element) {
				return InboxColumns.matches((InboxEntry) element, filterText.getText());
			}
		});
		viewer.addSelectionChangedListener(event -> updateButtons());
		viewer.addDoubleClickListener(event -> showSummary());
		table.setSortColumn(table.getColumn(0));
		table.setSortDirection(SWT.UP);
		viewer.setInput(entries);

		status = new Label(parent, SWT.NONE);
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
		status.setText(Messages.Inbox_chooseFirst);
		updateButtons();
	}

	/** Uses {@code other} to read and import packages instead of the workbench's store (before the folder is set). */
	public void useService(InboxService other) {
		if (service != null) {
			service.dispose();
		}
		service = other;
	}

	/** Watches {@code chosen}, once the service is ready (which may ask the user to unlock the key). */
	public void setFolder(Path chosen) {
		if (!service.prepare(getSite().getShell())) {
			return;
		}
		folder = chosen;
		folderText.setText(chosen.toString());
		entries = List.of();
		viewer.setInput(entries);
		startPolling();
	}

	/** The folder watched, or null. */
	public Path folder() {
		return folder;
	}

	/** The viewer, for tests. */
	TableViewer viewer() {
		return viewer;
	}

	Text filterText() {
		return filterText;
	}

	Button importButton() {
		return importButton;
	}

	Button summaryButton() {
		return summaryButton;
	}

	private void chooseFolder() {
		DirectoryDialog dialog = new DirectoryDialog(getSite().getShell());
		dialog.setText(Messages.Inbox_chooseTitle);
		dialog.setMessage(Messages.Inbox_chooseMessage);
		if (folder != null) {
			dialog.setFilterPath(folder.toString());
		}
		String chosen = dialog.open();
		if (chosen != null) {
			setFolder(Path.of(chosen));
		}
	}

	private void sortBy(InboxColumns column, TableColumn tableColumn) {
		descending = column == sortColumn && !descending;
		sortColumn = column;
		Table table = viewer.getTable();
		table.setSortColumn(tableColumn);
		table.setSortDirection(descending ? SWT.DOWN : SWT.UP);
		viewer.refresh();
	}

	private void startPolling() {
		if (poll != null) {
			poll.cancel();
		}
		Path watched = folder;
		InboxService using = service;
		rescan = true;
		poll = new Job(NLS.bind(Messages.Inbox_pollJob, watched)) {
			private List<String> lastListing = List.of();
			private long lastScan;

			@Override
			protected IStatus run(IProgressMonitor monitor) {
				if (monitor.isCanceled() || watched != folder) {
					return Status.CANCEL_STATUS;
				}
				if (!importing) {
					try {
						List<String> listing = listing(watched);
						long now = System.currentTimeMillis();
						if (rescan || !listing.equals(lastListing) || now - lastScan >= RESCAN_MILLIS) {
							rescan = false;
							List<InboxEntry> found = using.scan(watched, monitor);
							lastListing = listing;
							lastScan = now;
							show(watched, found, null);
						}
					} catch (IOException | RuntimeException e) {
						show(watched, null, e.getMessage());
					}
				}
				if (!monitor.isCanceled()) {
					schedule(POLL_MILLIS);
				}
				return Status.OK_STATUS;
			}
		};
		poll.setSystem(true);
		poll.schedule();
	}

	/** The folder's files with their sizes and times: what changes when a package arrives, goes or is rewritten. */
	private static List<String> listing(Path watched) throws IOException {
		List<String> files = new ArrayList<>();
		try (DirectoryStream<Path> list = Files.newDirectoryStream(watched)) {
			for (Path file : list) {
				BasicFileAttributes attributes = Files.readAttributes(file,
						BasicFileAttributes.class);
				files.add(file.getFileName() + "/" + attributes.size() + "/" + attributes.lastModifiedTime()); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		files.sort(null);
		return files;
	}

	private void show(Path watched, List<InboxEntry> found, String error) {
		Table table = viewer.getTable();
		if (table.isDisposed()) {
			return;
		}
		table.getDisplay().asyncExec(() -> {
			if (table.isDisposed() || watched != folder) {
				return;
			}
			if (error != null) {
				status.setText(NLS.bind(Messages.Inbox_scanFailed, error));
				return;
			}
			if (!found.equals(entries)) {
				List<String> selected = selected().stream().map(InboxEntry::sha256).toList();
				entries = found;
				viewer.setInput(entries);
				List<InboxEntry> again = new ArrayList<>();
				for (InboxEntry entry : entries) {
					if (selected.contains(entry.sha256())) {
						again.add(entry);
					}
				}
				viewer.setSelection(new StructuredSelection(again));
			}
			status.setText(NLS.bind(Messages.Inbox_counted, entries.size(), folder));
			status.getParent().layout(new Control[] { status });
			updateButtons();
		});
	}

	/** The entries shown now, in the table's order. */
	List<InboxEntry> shown() {
		List<InboxEntry> rows = new ArrayList<>();
		for (TableItem item : viewer.getTable().getItems()) {
			rows.add((InboxEntry) item.getData());
		}
		return rows;
	}

	private List<InboxEntry> selected() {
		List<InboxEntry> picked = new ArrayList<>();
		for (Object element : ((IStructuredSelection) viewer.getSelection()).toList()) {
			picked.add((InboxEntry) element);
		}
		return picked;
	}

	private void updateButtons() {
		List<InboxEntry> picked = selected();
		importButton.setEnabled(!importing && picked.stream().anyMatch(InboxEntry::importable));
		summaryButton.setEnabled(picked.size() == 1 && !picked.get(0).summary().isEmpty());
	}

	private void importSelected() {
		List<InboxEntry> picked = selected().stream().filter(InboxEntry::importable).toList();
		if (picked.isEmpty() || importing || !service.readyToImport(getSite().getShell())) {
			return;
		}
		importing = true;
		updateButtons();
		Path from = folder;
		InboxImportJob job = new InboxImportJob(service, from, picked, (done, error) -> {
			Table table = viewer.getTable();
			if (table.isDisposed()) {
				return;
			}
			table.getDisplay().asyncExec(() -> {
				if (table.isDisposed()) {
					return;
				}
				importing = false;
				if (error != null) {
					MessageDialog.openError(getSite().getShell(), Messages.Inbox_importTitle,
							NLS.bind(Messages.Inbox_importFailed, error));
				} else {
					status.setText(NLS.bind(Messages.Inbox_imported, done.size()));
				}
				updateButtons();
				if (poll != null && from == folder) {
					rescan = true;
					poll.schedule();
				}
			});
		});
		job.schedule();
	}

	private void showSummary() {
		List<InboxEntry> picked = selected();
		if (picked.size() != 1) {
			return;
		}
		InboxEntry entry = picked.get(0);
		if (entry.summary().isEmpty()) {
			MessageDialog.openInformation(getSite().getShell(), Messages.Summary_title,
					NLS.bind(Messages.Summary_none, entry.fileName(), InboxColumns.status(entry)));
			return;
		}
		new ImportSummaryDialog(getSite().getShell(), entry).open();
	}

	@Override
	public void setFocus() {
		viewer.getTable().setFocus();
	}

	@Override
	public void dispose() {
		if (poll != null) {
			poll.cancel();
			poll = null;
		}
		folder = null;
		if (service != null) {
			service.dispose();
		}
		super.dispose();
	}
}
