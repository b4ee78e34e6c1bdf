package org.counterpart.app.internal;

import org.counterpart.ui.CounterpartPerspectives;
import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The headquarters analyst's layout: the inbox, registry, baselines and dashboard (contributed by the headquarters
 * views) take the width; below, the review folder with the conflicts beside the editor area, where the form or
 * diagram of a conflict's object opens.
 */
public class HeadquartersPerspective implements IPerspectiveFactory {

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.setEditorAreaVisible(true);
		IFolderLayout main = layout.createFolder(CounterpartPerspectives.MAIN_FOLDER, IPageLayout.TOP, 0.6f,
				layout.getEditorArea());
		main.addView(CounterpartPerspectives.START_VIEW);
		IFolderLayout review = layout.createFolder(CounterpartPerspectives.REVIEW_FOLDER, IPageLayout.LEFT, 0.5f,
				layout.getEditorArea());
		review.addView(CounterpartPerspectives.CONFLICTS_VIEW);
		FieldPerspective.addShortcuts(layout);
	}
}
