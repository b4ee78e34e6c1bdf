package org.counterpart.hq.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.counterpart.hq.BaselinePreview;
import org.counterpart.hq.Baselines;
import org.counterpart.hq.WithheldObject;
import org.counterpart.ui.WorkspaceEditingSession;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.part.ViewPart;

/**
 * Headquarters' baselines: the devices whose certificates headquarters knows, with the last baseline each was sent;
 * Preview shows what a baseline would give the selected device (counts, and the objects withheld from its country
 * with the reason for each); Export Baselines... writes the selected devices' baselines into a chosen folder in a
 * background job, with progress per device and cancel between two devices.
 */
public final class BaselinesView extends ViewPart {

	public static final String ID = "org.counterpart.hq.ui.views.baselines"; //$NON-NLS-1$

	/** The family of the jobs that read the devices and previews, for tests to wait on. */
	static final Object FAMILY = new Object();

	private BaselineService service;
	private Function<Shell, Path> folderChooser = BaselinesView::askForFolder;
	private TableViewer viewer;
	private TableViewer withheldViewer;
	private Label status;
	private Label previewText;
	private Button previewButton;
	private Button exportButton;
	private Button refreshButton;
	private boolean exporting;

	@Override
	public void createPartControl(Composite parent) {
		if (service == null) {
			service = new WorkbenchBaselineService(WorkspaceEditingSession.getDefault());
		}
		parent.setLayout(new GridLayout(4, false));
		status = new Label(parent, SWT.NONE);
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		previewButton = button(parent, Messages.Baselines_preview, this::previewSelected);
		exportButton = button(parent, Messages.Baselines_export, this::exportSelected);
		refreshButton = button(parent, Messages.Baselines_refresh, this::refresh);

		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
		viewer = new TableViewer(sash, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (BaselineColumns column : BaselineColumns.values()) {
			TextColumns.add(viewer, column.heading, column.width, column.numeric(), BaselineDevice.class, column.text);
		}
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setInput(List.of());
		viewer.addSelectionChangedListener(event -> updateButtons());
		viewer.addDoubleClickListener(event -> previewSelected());

		Composite preview = new Composite(sash, SWT.NONE);
		GridLayout previewLayout = new GridLayout(1, false);
		previewLayout.marginWidth = 0;
		preview.setLayout(previewLayout);
		previewText = new Label(preview, SWT.WRAP);
		previewText.setText(Messages.Baselines_previewHint);
		previewText.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		withheldViewer = new TableViewer(preview, SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		Table withheld = withheldViewer.getTable();
		withheld.setHeaderVisible(true);
		withheld.setLinesVisible(true);
		withheld.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		withheldColumn(Messages.Baselines_withheldKind, 130, WithheldObject::kind);
		withheldColumn(Messages.Baselines_withheldObject, 260, WithheldObject::label);
		withheldColumn(Messages.Baselines_withheldReason, 420, WithheldObject::reason);
		withheldViewer.setContentProvider(ArrayContentProvider.getInstance());
		withheldViewer.setInput(List.of());
		sash.setWeights(45, 55);
		updateButtons();
		refresh();
	}

	private static Button button(Composite parent, String text, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.addListener(SWT.Selection, event -> action.run());
		return button;
	}

	private void withheldColumn(String heading, int width, Function<WithheldObject, String> text) {
		TextColumns.add(withheldViewer, heading, width, false, WithheldObject.class, text);
	}

	/** Works with {@code other} instead of the workbench's store, from now on. */
	public void useService(BaselineService other) {
		service = other;
		if (viewer != null) {
			refresh();
		}
	}

	/** Asks {@code chooser} instead of a folder dialog where baselines go, for tests. */
	void chooseFoldersWith(Function<Shell, Path> chooser) {
		folderChooser = chooser;
	}

	/** Reads the devices again in the background and shows them. */
	public void refresh() {
		refresh(true);
	}

	/** As {@link #refresh()}; without {@code announce} the status line keeps what it says (what an export did). */
	private void refresh(boolean announce) {
		BaselineService using = service;
		refreshButton.setEnabled(false);
		if (announce) {
			status.setText(Messages.Baselines_reading);
		}
		background(Messages.Baselines_readJob, () -> {
			try {
				List<BaselineDevice> devices = using.devices();
				inUi(() -> {
					if (using == service) {
						viewer.setInput(devices);
						if (announce) {
							status.setText(NLS.bind(Messages.Baselines_counted, devices.size()));
						}
					}
				});
			} catch (IOException | RuntimeException e) {
				inUi(() -> status.setText(NLS.bind(Messages.Baselines_failed, e.getMessage())));
			}
			inUi(() -> refreshButton.setEnabled(true));
		});
	}

	private void previewSelected() {
		List<BaselineDevice> picked = selected();
		if (picked.size() != 1) {
			return;
		}
		BaselineDevice device = picked.get(0);
		BaselineService using = service;
		previewText.setText(NLS.bind(Messages.Baselines_previewing, device.name()));
		withheldViewer.setInput(List.of());
		background(Messages.Baselines_previewJob, () -> {
			try {
				BaselinePreview preview = using.preview(device.certificate());
				inUi(() -> {
					previewText.setText(describe(device, preview));
					withheldViewer.setInput(preview.withheld());
					previewText.getParent().layout();
				});
			} catch (IOException | RuntimeException e) {
				inUi(() -> {
					previewText.setText(NLS.bind(Messages.Baselines_previewFailed, device.name(), e.getMessage()));
					previewText.getParent().layout();
				});
			}
		});
	}

	/** The preview's counts in a few lines. */
	static String describe(BaselineDevice device, BaselinePreview preview) {
		return NLS.bind(Messages.Baselines_previewCounts, new Object[] { device.name(), preview.country(),
				String.format("%,d", preview.operations()), String.format("%,d", preview.withheldOperations()), //$NON-NLS-1$ //$NON-NLS-2$
				String.format("%,d", preview.objects()), byKind(preview.objectsByKind()), //$NON-NLS-1$
				String.format("%,d", preview.withheld().size()), byKind(preview.withheldByKind()) }); //$NON-NLS-1$
	}

	private static String byKind(Map<String, Integer> counts) {
		return counts.isEmpty() ? "-" //$NON-NLS-1$
				: counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()) //$NON-NLS-1$
						.collect(Collectors.joining(", ")); //$NON-NLS-1$
	}

	private void exportSelected() {
		List<X509Certificate> picked = selected().stream().map(BaselineDevice::certificate).toList();
		Shell shell = getSite().getShell();
		if (picked.isEmpty() || exporting || !service.readyToExport(shell)) {
			return;
		}
		Path folder = folderChooser.apply(shell);
		if (folder == null) {
			return;
		}
		exporting = true;
		updateButtons();
		new BaselineExportJob(service, picked, folder, (run, error) -> inUi(() -> {
			exporting = false;
			updateButtons();
			if (error != null) {
				MessageDialog.openError(shell, Messages.Baselines_exportTitle,
						NLS.bind(Messages.Baselines_exportFailed, error));
				return;
			}
			status.setText(NLS.bind(run.cancelled() ? Messages.Baselines_exportCancelled : Messages.Baselines_exported,
					run.sent().size(), folder));
			refresh(false);
			if (!run.failures().isEmpty()) {
				MessageDialog.openError(shell, Messages.Baselines_exportTitle,
						NLS.bind(Messages.Baselines_exportSomeFailed, run.sent().size(),
								run.failures().entrySet().stream()
										.map(e -> InboxColumns.commonName(e.getKey()) + ": " + e.getValue()) //$NON-NLS-1$
										.collect(Collectors.joining("\n\n")))); //$NON-NLS-1$
			}
		})).schedule();
	}

	private static Path askForFolder(Shell shell) {
		DirectoryDialog dialog = new DirectoryDialog(shell);
		dialog.setText(Messages.Baselines_chooseTitle);
		dialog.setMessage(Messages.Baselines_chooseMessage);
		String chosen = dialog.open();
		return chosen == null ? null : Path.of(chosen);
	}

	private void background(String name, Runnable work) {
		Job job = new Job(name) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				work.run();
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

	private void inUi(Runnable work) {
		Table table = viewer.getTable();
		if (table.isDisposed()) {
			return;
		}
		table.getDisplay().asyncExec(() -> {
			if (!table.isDisposed()) {
				work.run();
				status.getParent().layout();
			}
		});
	}

	private List<BaselineDevice> selected() {
		List<BaselineDevice> picked = new ArrayList<>();
		for (Object element : ((IStructuredSelection) viewer.getSelection()).toList()) {
			picked.add((BaselineDevice) element);
		}
		return picked;
	}

	private void updateButtons() {
		int picked = selected().size();
		previewButton.setEnabled(picked == 1);
		exportButton.setEnabled(picked > 0 && !exporting);
	}

	TableViewer viewer() {
		return viewer;
	}

	TableViewer withheldViewer() {
		return withheldViewer;
	}

	Label previewText() {
		return previewText;
	}

	Label status() {
		return status;
	}

	Button previewButton() {
		return previewButton;
	}

	Button exportButton() {
		return exportButton;
	}

	@Override
	public void setFocus() {
		viewer.getTable().setFocus();
	}

	@Override
	public void dispose() {
		if (service != null) {
			service.dispose();
		}
		super.dispose();
	}
}
