package org.counterpart.app.internal;

import org.counterpart.ui.CounterpartPerspectives;
import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The headquarters analyst's layout: the inbox and merge review take the width, conflicts below.
 */
public class HeadquartersPerspective implements IPerspectiveFactory {

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.setEditorAreaVisible(true);
		IFolderLayout main = layout.createFolder(CounterpartPerspectives.MAIN_FOLDER, IPageLayout.TOP, 0.6f,
				layout.getEditorArea());
		main.addView(CounterpartPerspectives.START_VIEW);
		FieldPerspective.addShortcuts(layout);
	}
}
