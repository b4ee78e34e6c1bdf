package org.counterpart.app.internal;

import org.counterpart.ui.CounterpartPerspectives;
import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The field officer's layout: workspace views on the left, editors in the middle, properties below.
 */
public class FieldPerspective implements IPerspectiveFactory {

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.setEditorAreaVisible(true);
		IFolderLayout main = layout.createFolder(CounterpartPerspectives.MAIN_FOLDER, IPageLayout.LEFT, 0.4f,
				layout.getEditorArea());
		main.addView(CounterpartPerspectives.START_VIEW);
		layout.addPlaceholder(IPageLayout.ID_PROP_SHEET, IPageLayout.BOTTOM, 0.7f, layout.getEditorArea());
		addShortcuts(layout);
	}

	static void addShortcuts(IPageLayout layout) {
		layout.addPerspectiveShortcut(CounterpartPerspectives.FIELD);
		layout.addPerspectiveShortcut(CounterpartPerspectives.HEADQUARTERS);
		layout.addPerspectiveShortcut(CounterpartPerspectives.EXERCISE);
		layout.addShowViewShortcut(CounterpartPerspectives.START_VIEW);
	}
}
