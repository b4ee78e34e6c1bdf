package org.counterpart.ui.internal.exchange;

import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** A labelled path field with a Browse... button that opens the system's file dialog; takes three grid columns. */
final class FileField {

	private final Text text;
	private final Button browse;

	/**
	 * @param style    {@link SWT#OPEN} or {@link SWT#SAVE}
	 * @param patterns file name patterns offered by the dialog, e.g. {@code *.pem}
	 */
	FileField(Composite parent, String label, int style, String... patterns) {
		new Label(parent, SWT.NONE).setText(label);
		text = new Text(parent, SWT.BORDER | SWT.SINGLE);
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		data.widthHint = 320;
		text.setLayoutData(data);
		browse = new Button(parent, SWT.PUSH);
		browse.setText(DeviceMessages.Enrol_browse);
		browse.addListener(SWT.Selection, event -> {
			FileDialog dialog = new FileDialog(parent.getShell(), style);
			dialog.setText(DeviceMessages.Enrol_chooseFile);
			if (patterns.length > 0) {
				dialog.setFilterExtensions(new String[] { String.join(";", patterns), "*" }); //$NON-NLS-1$ //$NON-NLS-2$
			}
			if (style == SWT.SAVE) {
				dialog.setOverwrite(true);
			}
			if (!text.getText().isBlank()) {
				dialog.setFileName(text.getText().strip());
			}
			String chosen = dialog.open();
			if (chosen != null) {
				text.setText(chosen);
			}
		});
	}

	Text text() {
		return text;
	}

	/** The chosen path, or null while the field is empty. */
	Path path() {
		String value = text.getText().strip();
		return value.isEmpty() ? null : Path.of(value);
	}

	void setEnabled(boolean enabled) {
		text.setEnabled(enabled);
		browse.setEnabled(enabled);
	}
}
