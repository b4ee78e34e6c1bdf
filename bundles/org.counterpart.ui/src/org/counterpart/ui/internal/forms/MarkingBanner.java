package org.counterpart.ui.internal.forms;

import org.counterpart.model.Classification;
import org.counterpart.model.Identified;
import org.counterpart.model.Marking;
import org.counterpart.model.util.ObjectLabels;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * An object's marking as the strip that heads it on paper: classification // dissemination // REL TO, in the
 * conventional colours (green for UNCLASSIFIED, purple for CUI). A marking the object inherits from its container is
 * shown as such. Clicking the strip, or Enter or Space on it, edits the object's own marking.
 */
final class MarkingBanner {

	/** The colours of the CUI and UNCLASSIFIED banners (CUI marking handbook; the US banner convention). */
	static final RGB CUI = new RGB(0x50, 0x2B, 0x85);
	static final RGB UNCLASSIFIED = new RGB(0x00, 0x7A, 0x33);
	static final RGB UNMARKED = new RGB(0x6B, 0x6B, 0x6B);

	private final FormFields fields;
	private final Identified object;
	private final Composite strip;
	private final Label text;
	private final Font bold;

	MarkingBanner(FormFields fields, Composite parent, Identified object) {
		this.fields = fields;
		this.object = object;
		strip = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginHeight = 3;
		strip.setLayout(layout);
		text = new Label(strip, SWT.CENTER);
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		FontData[] data = text.getFont().getFontData();
		for (FontData each : data) {
			each.setStyle(SWT.BOLD);
		}
		bold = new Font(text.getDisplay(), data);
		text.setFont(bold);
		strip.addDisposeListener(event -> bold.dispose());
		text.setToolTipText(Messages.Marking_tip);
		strip.setToolTipText(Messages.Marking_tip);
		text.setCursor(text.getDisplay().getSystemCursor(SWT.CURSOR_HAND));
		strip.setCursor(text.getDisplay().getSystemCursor(SWT.CURSOR_HAND));
		text.addListener(SWT.MouseUp, event -> edit());
		strip.addListener(SWT.MouseUp, event -> edit());
		strip.addListener(SWT.Traverse, event -> event.doit = true);
		strip.addListener(SWT.KeyDown, event -> {
			if (event.character == '\r' || event.character == ' ') {
				edit();
			}
		});
		strip.addListener(SWT.FocusIn, event -> strip.redraw());
		strip.getAccessible().addAccessibleListener(new AccessibleAdapter() {
			@Override
			public void getName(AccessibleEvent event) {
				event.result = text.getText();
			}
		});
		refresh();
	}

	Composite getControl() {
		return strip;
	}

	/** The text the strip shows. */
	String getText() {
		return text.getText();
	}

	void refresh() {
		if (strip.isDisposed()) {
			return;
		}
		Marking own = object.getMarking();
		Marking effective = object.getEffectiveMarking();
		RGB rgb = effective == null ? UNMARKED
				: effective.getClassification() == Classification.CUI ? CUI : UNCLASSIFIED;
		Color background = new Color(rgb);
		strip.setBackground(background);
		text.setBackground(background);
		text.setForeground(strip.getDisplay().getSystemColor(SWT.COLOR_WHITE));
		String shown = ObjectLabels.banner(effective);
		if (effective == null) {
			shown = Messages.Marking_unmarked;
		} else if (own == null) {
			shown = NLS.bind(Messages.Marking_inherited, shown);
		}
		text.setText(shown);
		strip.layout();
	}

	void edit() {
		MarkingDialog dialog = new MarkingDialog(strip.getShell(), object);
		if (dialog.open() == Window.OK) {
			fields.execute(dialog.command(fields.domain()));
		}
	}
}
