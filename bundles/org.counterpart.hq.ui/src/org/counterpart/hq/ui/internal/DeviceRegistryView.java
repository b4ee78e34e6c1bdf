package org.counterpart.hq.ui.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.counterpart.hq.DeviceRow;
import org.counterpart.ui.WorkspaceEditingSession;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.part.ViewPart;

/**
 * Headquarters' device registry: every device the store knows, with its last package, the operations received, the
 * gaps still open, the conflicts it is part of and its certificate's expiry; sorted by a click on a column's heading
 * (again: the other way). The rows are read in a background job when the view opens and on Refresh.
 */
public final class DeviceRegistryView extends ViewPart {

	public static final String ID = "org.counterpart.hq.ui.views.registry"; //$NON-NLS-1$

	/** The family of the jobs that read the registry, for tests to wait on. */
	static final Object FAMILY = new Object();

	private RegistryService service;
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
		parent.setLayout(new GridLayout(2, false));
		status = new Label(parent, SWT.NONE);
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		refreshButton = new Button(parent, SWT.PUSH);
		refreshButton.setText(Messages.Registry_refresh);
		refreshButton.addListener(SWT.Selection, event -> refresh());

		viewer = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		for (RegistryColumns column : RegistryColumns.values()) {
			TableViewerColumn viewerColumn = new TableViewerColumn(viewer, SWT.NONE);
			TableColumn tableColumn = viewerColumn.getColumn();
			tableColumn.setText(column.heading);
			tableColumn.setWidth(column.width);
			if (column.numeric()) {
				tableColumn.setAlignment(SWT.RIGHT);
			}
			viewerColumn.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					return column.text.apply((DeviceRow) element);
				}
			});
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
		refresh();
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
		RegistryService using = service;
		refreshButton.setEnabled(false);
		status.setText(Messages.Registry_reading);
		Job job = new Job(Messages.Registry_job) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					show(using, using.rows(), null);
				} catch (IOException | RuntimeException e) {
					show(using, null, e.getMessage());
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

	private void show(RegistryService from, List<DeviceRow> rows, String error) {
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
				status.setText(NLS.bind(Messages.Registry_counted, rows.size()));
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
}
