package org.counterpart.ui.internal;

import org.counterpart.ui.WorkspaceEditingSession;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.views.properties.IPropertySourceProvider;
import org.eclipse.ui.views.properties.tabbed.AdvancedPropertySection;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;

/**
 * The "Properties" tab: every property of the selected object in the editable sheet, each edit a command on the
 * workspace's one command stack.
 */
public class PropertiesSection extends AdvancedPropertySection {

	private WorkspaceEditingSession session;

	/** Shows the values again after any command (an undo, an edit in a form), while the sheet is still there. */
	private final CommandStackListener refresher = event -> {
		Control control = page == null ? null : page.getControl();
		if (control != null && !control.isDisposed()) {
			control.getDisplay().asyncExec(() -> {
				if (!control.isDisposed()) {
					refresh();
				}
			});
		}
	};

	@Override
	public void createControls(Composite parent, TabbedPropertySheetPage tabbedPage) {
		super.createControls(parent, tabbedPage);
		session = WorkspaceEditingSession.getDefault();
		page.setPropertySourceProvider(sources(new EditablePropertySourceProvider(session, new ItemImages(page.getControl()))));
		session.getEditingDomain().getCommandStack().addCommandStackListener(refresher);
	}

	@Override
	public void dispose() {
		if (session != null) {
			session.getEditingDomain().getCommandStack().removeCommandStackListener(refresher);
		}
		super.dispose();
	}

	/** What the sheet of this section shows of an object; all of the editable source here. */
	protected IPropertySourceProvider sources(EditablePropertySourceProvider editable) {
		return editable;
	}

	@Override
	public boolean shouldUseExtraSpace() {
		return true;
	}
}
