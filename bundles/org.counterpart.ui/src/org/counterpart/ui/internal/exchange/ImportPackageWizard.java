package org.counterpart.ui.internal.exchange;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * Chooses the package or baseline to import; finishing hands it to an {@link ImportPackageJob} (see
 * {@link ImportPackageHandler}), which the user can send to the background.
 */
public final class ImportPackageWizard extends Wizard {

	private final FilePage page = new FilePage();
	private Path chosen;

	public ImportPackageWizard() {
		setWindowTitle(Messages.Import_shellTitle);
	}

	@Override
	public void addPages() {
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		chosen = page.file();
		return chosen != null;
	}

	/** The file chosen, once the wizard finished. */
	public Path chosen() {
		return chosen;
	}

	private static final class FilePage extends WizardPage {
		private Text file;

		FilePage() {
			super("file"); //$NON-NLS-1$
			setTitle(Messages.Import_title);
			setMessage(Messages.Import_message);
			setPageComplete(false);
		}

		@Override
		public void createControl(Composite parent) {
			Composite area = new Composite(parent, SWT.NONE);
			area.setLayout(new GridLayout(3, false));
			new Label(area, SWT.NONE).setText(Messages.Import_file);
			file = new Text(area, SWT.BORDER | SWT.SINGLE);
			GridData wide = new GridData(SWT.FILL, SWT.CENTER, true, false);
			wide.widthHint = 420;
			file.setLayoutData(wide);
			file.addModifyListener(event -> validate());
			Button browse = new Button(area, SWT.PUSH);
			browse.setText(Messages.Import_browse);
			browse.addListener(SWT.Selection, event -> {
				FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
				dialog.setText(Messages.Import_fileDialog);
				dialog.setFilterExtensions(new String[] { "*.cpkg", "*" }); //$NON-NLS-1$ //$NON-NLS-2$
				String path = dialog.open();
				if (path != null) {
					file.setText(path);
				}
			});
			setControl(area);
			file.setFocus();
		}

		Path file() {
			String text = file.getText().trim();
			return text.isEmpty() ? null : Path.of(text);
		}

		private void validate() {
			Path path = file();
			String error = path == null ? Messages.Import_noFile
					: Files.isRegularFile(path) ? null : NLS.bind(Messages.Import_notAFile, path);
			setErrorMessage(path == null ? null : error);
			setPageComplete(error == null);
		}
	}
}
