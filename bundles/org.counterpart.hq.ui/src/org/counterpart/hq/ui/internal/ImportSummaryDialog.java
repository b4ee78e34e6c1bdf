package org.counterpart.hq.ui.internal;

import java.util.List;

import org.counterpart.hq.ImportSummaryText;
import org.counterpart.hq.InboxEntry;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * What an imported package did, as its record in the store keeps it: totals, by kind, by author, the conflicts it
 * opened and the objects it changed.
 */
final class ImportSummaryDialog extends Dialog {

	private final InboxEntry entry;
	private Text text;

	ImportSummaryDialog(Shell parent, InboxEntry entry) {
		super(parent);
		this.entry = entry;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(NLS.bind(Messages.Summary_shellTitle, entry.fileName()));
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Label heading = new Label(area, SWT.WRAP);
		heading.setText(NLS.bind(Messages.Summary_heading, new Object[] { entry.deviceId(), entry.packageNumber(),
				entry.importedAt() == null ? "" : InboxColumns.formatTime(entry.importedAt()), entry.applied() })); //$NON-NLS-1$
		text = new Text(area, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		GridData size = new GridData(SWT.FILL, SWT.FILL, true, true);
		size.widthHint = 640;
		size.heightHint = 360;
		text.setLayoutData(size);
		text.setText(describe(entry.summary()));
		return area;
	}

	/** The summary's lines under headings, as the dialog shows them. */
	static String describe(List<String> summary) {
		StringBuilder out = new StringBuilder();
		section(out, Messages.Summary_totals, ImportSummaryText.lines(summary, ImportSummaryText.TOTALS));
		section(out, Messages.Summary_byKind, ImportSummaryText.lines(summary, ImportSummaryText.KIND));
		section(out, Messages.Summary_byAuthor, ImportSummaryText.lines(summary, ImportSummaryText.AUTHOR));
		section(out, Messages.Summary_conflicts, ImportSummaryText.lines(summary, ImportSummaryText.CONFLICT));
		section(out, Messages.Summary_objects, ImportSummaryText.lines(summary, ImportSummaryText.OBJECT));
		return out.toString();
	}

	private static void section(StringBuilder out, String heading, List<String> lines) {
		if (lines.isEmpty()) {
			return;
		}
		out.append(heading).append('\n');
		lines.forEach(line -> out.append("    ").append(line).append('\n')); //$NON-NLS-1$
		out.append('\n');
	}

	/** The text shown, for tests. */
	String shownText() {
		return text.getText();
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
	}
}
