package org.counterpart.ui.internal.exchange;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.counterpart.sync.ExportPreview;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * The export wizard's second page: what the package would carry (operations since the last package, objects by
 * kind, the highest marking, the attachments), why it may not go if it may not, and the folder to write it to.
 */
final class PackagePreviewPage extends WizardPage {

	private final ExportPackageWizard wizard;
	private ExportPreview preview;
	private Label operations;
	private Label number;
	private Label marking;
	private Label attachments;
	private Table kinds;
	private Label refusedTitle;
	private Text refusals;
	private Text folder;
	private Label file;

	PackagePreviewPage(ExportPackageWizard wizard) {
		super("preview"); //$NON-NLS-1$
		this.wizard = wizard;
		setTitle(Messages.Preview_title);
		setMessage(Messages.Preview_message);
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(3, false));
		operations = field(page, Messages.Preview_operations);
		number = field(page, Messages.Preview_number);
		marking = field(page, Messages.Preview_marking);
		attachments = field(page, Messages.Preview_attachments);
		kinds = new Table(page, SWT.BORDER | SWT.FULL_SELECTION);
		kinds.setHeaderVisible(true);
		kinds.setLinesVisible(true);
		GridData kindsData = new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1);
		kindsData.heightHint = 170;
		kinds.setLayoutData(kindsData);
		new TableColumn(kinds, SWT.LEFT).setText(Messages.Preview_kind);
		new TableColumn(kinds, SWT.RIGHT).setText(Messages.Preview_count);
		refusedTitle = new Label(page, SWT.NONE);
		refusedTitle.setText(Messages.Preview_refused);
		refusedTitle.setForeground(page.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		refusedTitle.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		refusals = new Text(page, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
		GridData refusalsData = new GridData(SWT.FILL, SWT.FILL, true, false, 3, 1);
		refusalsData.heightHint = 60;
		refusals.setLayoutData(refusalsData);
		new Label(page, SWT.NONE).setText(Messages.Preview_folder);
		folder = new Text(page, SWT.BORDER | SWT.SINGLE);
		folder.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		LastPackage last = LastPackage.remembered();
		if (last != null && Path.of(last.file()).getParent() != null) {
			folder.setText(Path.of(last.file()).getParent().toString());
		}
		folder.addModifyListener(event -> validate());
		Button browse = new Button(page, SWT.PUSH);
		browse.setText(Messages.Preview_browse);
		browse.addListener(SWT.Selection, event -> {
			DirectoryDialog dialog = new DirectoryDialog(getShell());
			dialog.setText(Messages.Preview_folderDialog);
			dialog.setFilterPath(folder.getText());
			String chosen = dialog.open();
			if (chosen != null) {
				folder.setText(chosen);
			}
		});
		file = field(page, Messages.Preview_file);
		setControl(page);
	}

	private static Label field(Composite page, String title) {
		new Label(page, SWT.NONE).setText(title);
		Label value = new Label(page, SWT.NONE);
		value.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		return value;
	}

	@Override
	public void setVisible(boolean visible) {
		if (visible) {
			compute();
		}
		super.setVisible(visible);
	}

	/** Looks again at what the package for the chosen recipients would carry. */
	private void compute() {
		preview = null;
		try {
			ExportPreview[] computed = { null };
			getContainer().run(true, false, monitor -> {
				monitor.beginTask(Messages.Preview_computing, org.eclipse.core.runtime.IProgressMonitor.UNKNOWN);
				try {
					computed[0] = wizard.preview();
				} catch (Exception e) {
					throw new InvocationTargetException(e);
				} finally {
					monitor.done();
				}
			});
			preview = computed[0];
		} catch (InvocationTargetException e) {
			setErrorMessage(NLS.bind(Messages.Preview_failed, e.getCause().getMessage()));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		show();
		validate();
	}

	private void show() {
		kinds.removeAll();
		if (preview == null) {
			return;
		}
		operations.setText(String.format("%,d", preview.operationCount())); //$NON-NLS-1$
		number.setText(Long.toString(preview.lastPackage() + 1));
		marking.setText(preview.marking().banner());
		long bytes = preview.attachments().values().stream().mapToLong(Long::longValue).sum();
		attachments.setText(NLS.bind(Messages.Preview_attachmentsLine, preview.attachments().size(), String.format("%,d", bytes))); //$NON-NLS-1$
		for (Map.Entry<String, Integer> kind : preview.objectsByKind().entrySet()) {
			new TableItem(kinds, SWT.NONE).setText(new String[] { kind.getKey(), String.format("%,d", kind.getValue()) }); //$NON-NLS-1$
		}
		for (TableColumn column : kinds.getColumns()) {
			column.pack();
		}
		List<String> reasons = preview.refusals();
		for (org.eclipse.swt.widgets.Control refusal : new org.eclipse.swt.widgets.Control[] { refusedTitle, refusals }) {
			refusal.setVisible(!reasons.isEmpty());
			((GridData) refusal.getLayoutData()).exclude = reasons.isEmpty();
		}
		refusals.setText(String.join("\n", reasons)); //$NON-NLS-1$
		file.setText(fileName());
		getControl().getParent().layout(true, true);
	}

	/** The name of the file the package is written to. */
	String fileName() {
		return preview == null ? "" : "counterpart-package-" + (preview.lastPackage() + 1) + ".cpkg"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** The file the package is written to, or null if none can be yet. */
	Path target() {
		String chosen = folder.getText().trim();
		return chosen.isEmpty() || preview == null ? null : Path.of(chosen).resolve(fileName());
	}

	ExportPreview preview() {
		return preview;
	}

	/** Sets the folder, as typing it does. */
	void setFolder(Path chosen) {
		folder.setText(chosen.toString());
	}

	private void validate() {
		String error = null;
		if (preview == null) {
			error = getErrorMessage();
		} else if (!preview.mayExport()) {
			error = preview.refusals().get(0);
		} else if (folder.getText().isBlank()) {
			error = Messages.Preview_noFolder;
		} else if (!Files.isDirectory(Path.of(folder.getText().trim()))) {
			error = Messages.Preview_noFolder;
		} else if (Files.exists(target())) {
			error = NLS.bind(Messages.Preview_exists, target());
		}
		setErrorMessage(error);
		setPageComplete(error == null && preview != null);
	}
}
