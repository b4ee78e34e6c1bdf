package org.counterpart.app.internal;

import org.counterpart.ui.CounterpartPerspectives;
import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The trainer's layout: scenario and injects on the left, the trainee's workspace in the editor area.
 */
public class ExercisePerspective implements IPerspectiveFactory {

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.setEditorAreaVisible(true);
		IFolderLayout main = layout.createFolder(CounterpartPerspectives.MAIN_FOLDER, IPageLayout.LEFT, 0.35f,
				layout.getEditorArea());
		main.addView(CounterpartPerspectives.START_VIEW);
		FieldPerspective.addShortcuts(layout);
	}
}
