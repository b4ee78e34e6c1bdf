package org.counterpart.ui.internal.interchange;

import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** A labelled file name with a Browse button, for a file to read or to write. */
final class FileField {

	private final Text text;
	private final Button browse;
	private final boolean save;
	private String extension = "*"; //$NON-NLS-1$

	/** Three cells of {@code parent}'s grid: the label, the text, the button. */
	FileField(Composite parent, String label, String browseLabel, boolean save, Runnable changed) {
		this.save = save;
		new Label(parent, SWT.NONE).setText(label);
		text = new Text(parent, SWT.BORDER | SWT.SINGLE);
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		text.addModifyListener(event -> changed.run());
		browse = new Button(parent, SWT.PUSH);
		browse.setText(browseLabel);
		browse.addListener(SWT.Selection, event -> {
			FileDialog dialog = new FileDialog(parent.getShell(), save ? SWT.SAVE : SWT.OPEN);
			dialog.setFilterExtensions(new String[] { "*." + extension, "*" }); //$NON-NLS-1$ //$NON-NLS-2$
			dialog.setOverwrite(save);
			String chosen = dialog.open();
			if (chosen != null) {
				text.setText(chosen);
			}
		});
	}

	static GridLayout threeColumns() {
		return new GridLayout(3, false);
	}

	/** The extension the Browse dialog offers first, without the dot. */
	void setExtension(String extension) {
		this.extension = extension;
		String current = text.getText().trim();
		if (save && !current.isEmpty()) {
			int dot = current.lastIndexOf('.');
			int slash = current.lastIndexOf('/');
			text.setText((dot > slash ? current.substring(0, dot) : current) + '.' + extension);
		}
	}

	/** The chosen file, or null while none is typed. */
	Path path() {
		String name = text.getText().trim();
		return name.isEmpty() ? null : Path.of(name);
	}

	Text text() {
		return text;
	}
}
