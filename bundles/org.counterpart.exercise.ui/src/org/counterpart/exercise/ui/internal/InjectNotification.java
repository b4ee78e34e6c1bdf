package org.counterpart.exercise.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.counterpart.exercise.Inject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * A small window in the lower right corner of the workbench window telling that an inject arrived. It takes no
 * focus and closes by itself after a while (or on a click), so the trainee's work goes on undisturbed.
 */
public final class InjectNotification {

	private static final int SHOWN_MILLIS = 8000;
	private static final List<Shell> OPEN = new ArrayList<>();

	private InjectNotification() {
	}

	/** Shows that {@code inject} arrived, over {@code parent}. */
	public static Shell show(Shell parent, Inject inject) {
		Shell popup = new Shell(parent, SWT.TOOL | SWT.ON_TOP | SWT.NO_FOCUS | SWT.BORDER);
		FillLayout layout = new FillLayout();
		layout.marginWidth = 10;
		layout.marginHeight = 8;
		popup.setLayout(layout);
		Color background = popup.getDisplay().getSystemColor(SWT.COLOR_INFO_BACKGROUND);
		popup.setBackground(background);
		Label text = new Label(popup, SWT.WRAP);
		text.setBackground(background);
		text.setForeground(popup.getDisplay().getSystemColor(SWT.COLOR_INFO_FOREGROUND));
		text.setText(Messages.bind(Messages.Injects_arrived,
				new Object[] { inject.number(), inject.time(), inject.title() }));
		text.addListener(SWT.MouseUp, event -> popup.dispose());
		Point size = popup.computeSize(360, SWT.DEFAULT);
		Rectangle area = parent.getBounds();
		int stacked = OPEN.size() * (size.y + 4);
		popup.setBounds(area.x + area.width - size.x - 16, area.y + area.height - size.y - 48 - stacked, size.x, size.y);
		OPEN.add(popup);
		popup.addDisposeListener(event -> OPEN.remove(popup));
		popup.setVisible(true);
		popup.getDisplay().timerExec(SHOWN_MILLIS, () -> {
			if (!popup.isDisposed()) {
				popup.dispose();
			}
		});
		return popup;
	}

	/** The notifications on screen, oldest first. */
	public static List<Shell> open() {
		return List.copyOf(OPEN);
	}
}
