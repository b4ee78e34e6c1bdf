package org.counterpart.ui.internal.interchange;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;

/** The import wizard's first page: what kind of file, and which file. */
final class ImportSourcePage extends WizardPage {

	private ImportChoice choice = ImportChoice.CSV_INSTITUTIONS;
	private FileField file;

	ImportSourcePage() {
		super("source"); //$NON-NLS-1$
		setTitle(Messages.Import_sourceTitle);
		setMessage(Messages.Import_sourceMessage);
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		body.setLayout(new GridLayout(1, false));
		Group formats = new Group(body, SWT.NONE);
		formats.setText(Messages.Import_formatGroup);
		formats.setLayout(new GridLayout(1, false));
		formats.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		for (ImportChoice each : ImportChoice.values()) {
			Button radio = new Button(formats, SWT.RADIO);
			radio.setText(each.label);
			radio.setData(each);
			radio.setSelection(each == choice);
			radio.addListener(SWT.Selection, event -> {
				if (radio.getSelection()) {
					choice = each;
					file.setExtension(each.format.extension());
					validate();
				}
			});
		}
		Composite fileRow = new Composite(body, SWT.NONE);
		fileRow.setLayout(FileField.threeColumns());
		fileRow.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		file = new FileField(fileRow, Messages.Import_file, Messages.Import_browse, false, this::validate);
		file.setExtension(choice.format.extension());
		setControl(body);
	}

	private void validate() {
		Path path = file.path();
		if (path == null) {
			setErrorMessage(null);
			setMessage(Messages.Import_noFile);
			setPageComplete(false);
		} else if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
			setErrorMessage(NLS.bind(Messages.Import_fileMissing, path));
			setPageComplete(false);
		} else {
			setErrorMessage(null);
			setMessage(Messages.Import_sourceMessage);
			setPageComplete(true);
		}
	}

	ImportChoice choice() {
		return choice;
	}

	Path file() {
		return file.path();
	}
}
