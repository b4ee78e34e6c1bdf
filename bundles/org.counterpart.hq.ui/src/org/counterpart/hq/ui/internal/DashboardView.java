package org.counterpart.hq.ui.internal;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import org.counterpart.hq.Dashboard;
import org.counterpart.hq.DeviceRow;
import org.counterpart.ui.WorkspaceEditingSession;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.part.ViewPart;

/**
 * Headquarters' dashboard, the picture of the whole across teams: packages received per device per week, field
 * observations per week by team, the conflicts open, and the devices silent for more than a number of days the analyst
 * sets. Read in a background job when the view opens and on Refresh; changing the days picks again at once.
 */
public final class DashboardView extends ViewPart {

	public static final String ID = "org.counterpart.hq.ui.views.dashboard"; //$NON-NLS-1$

	/** The family of the jobs that read the dashboard, for tests to wait on. */
	static final Object FAMILY = new Object();

	private static final int WEEKS = 12;

	private DashboardService service;
	private Label conflicts;
	private Spinner days;
	private Button refreshButton;
	private WeeklyChart packages;
	private WeeklyChart observations;
	private TableViewer silent;
	private Dashboard shown;

	@Override
	public void createPartControl(Composite parent) {
		if (service == null) {
			service = new WorkbenchDashboardService(WorkspaceEditingSession.getDefault());
		}
		parent.setLayout(new GridLayout(5, false));
		conflicts = new Label(parent, SWT.NONE);
		conflicts.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		new Label(parent, SWT.NONE).setText(Messages.Dashboard_silentFor);
		days = new Spinner(parent, SWT.BORDER);
		days.setValues(14, 1, 365, 0, 1, 7);
		days.addListener(SWT.Modify, event -> showSilent());
		new Label(parent, SWT.NONE).setText(Messages.Dashboard_days);
		refreshButton = new Button(parent, SWT.PUSH);
		refreshButton.setText(Messages.Dashboard_refresh);
		refreshButton.addListener(SWT.Selection, event -> refresh());

		SashForm rows = new SashForm(parent, SWT.VERTICAL);
		rows.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 5, 1));
		SashForm charts = new SashForm(rows, SWT.HORIZONTAL);
		packages = new WeeklyChart(charts, Messages.Dashboard_packages);
		observations = new WeeklyChart(charts, Messages.Dashboard_observations);
		silent = new TableViewer(rows, SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
		Table table = silent.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		column(Messages.Dashboard_columnSilentDevice, 200, r -> InboxColumns.commonName(r.name()));
		column(Messages.Registry_columnDevice, 290, DeviceRow::deviceId);
		column(Messages.Dashboard_columnLastHeard, 200,
				r -> r.lastImportedAt() == null ? Messages.Dashboard_never : InboxColumns.formatTime(r.lastImportedAt()));
		column(Messages.Registry_columnLastPackage, 100, r -> r.lastPackage() == 0 ? "" : Long.toString(r.lastPackage())); //$NON-NLS-1$
		silent.setContentProvider(ArrayContentProvider.getInstance());
		silent.setInput(List.of());
		rows.setWeights(65, 35);
		refresh();
	}

	private void column(String heading, int width, Function<DeviceRow, String> text) {
		TextColumns.add(silent, heading, width, false, DeviceRow.class, text);
	}

	/** Reads the figures from {@code other} instead of the workbench's store, now and on each refresh. */
	public void useService(DashboardService other) {
		service = other;
		if (conflicts != null) {
			refresh();
		}
	}

	/** Reads the dashboard again in the background and shows it. */
	public void refresh() {
		DashboardService using = service;
		refreshButton.setEnabled(false);
		conflicts.setText(Messages.Dashboard_reading);
		Job job = new Job(Messages.Dashboard_job) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				Dashboard read = null;
				String error = null;
				try {
					read = using.dashboard(WEEKS);
				} catch (IOException | RuntimeException e) {
					error = e.getMessage();
				}
				Dashboard result = read;
				String failure = error;
				Table table = silent.getTable();
				if (!table.isDisposed()) {
					table.getDisplay().asyncExec(() -> {
						if (table.isDisposed() || using != service) {
							return;
						}
						refreshButton.setEnabled(true);
						if (failure != null) {
							conflicts.setText(NLS.bind(Messages.Dashboard_failed, failure));
						} else {
							show(result);
						}
						conflicts.getParent().layout();
					});
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

	private void show(Dashboard dashboard) {
		shown = dashboard;
		conflicts.setText(NLS.bind(Messages.Dashboard_conflicts, dashboard.openConflicts()));
		packages.show(dashboard.packages());
		observations.show(dashboard.observations());
		showSilent();
	}

	private void showSilent() {
		if (shown != null) {
			silent.setInput(shown.silent(Duration.ofDays(days.getSelection()), Instant.now()));
		}
	}

	Label conflictsLabel() {
		return conflicts;
	}

	Spinner daysField() {
		return days;
	}

	WeeklyChart packagesChart() {
		return packages;
	}

	WeeklyChart observationsChart() {
		return observations;
	}

	TableViewer silentViewer() {
		return silent;
	}

	@Override
	public void setFocus() {
		days.setFocus();
	}
}
