package org.counterpart.ui.internal;

import org.counterpart.ui.WorkspaceEditingSession;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.swt.events.ControlListener;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.views.properties.IPropertySourceProvider;
import org.eclipse.ui.views.properties.tabbed.AdvancedPropertySection;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;

/**
 * The "Properties" tab: every property of the selected object in the editable sheet, each edit a command on the
 * workspace's one command stack.
 */
public class PropertiesSection extends AdvancedPropertySection {

	/** Room between a name and the column's edge, in pixels. */
	private static final int NAME_MARGIN = 12;

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
		if (page.getControl() instanceof Tree tree) {
			// after the sheet's own first split (40 % names), and whenever the view is resized
			tree.addControlListener(ControlListener.controlResizedAdapter(e -> fitNames()));
		}
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

	@Override
	public void refresh() {
		super.refresh();
		fitNames();
	}

	/**
	 * Widens the names' column until no name is cut ("Family Name", "Nationality" in a narrow view), at most to half
	 * the sheet, the values keeping the rest. It never narrows a column the user has widened.
	 */
	private void fitNames() {
		if (page == null || !(page.getControl() instanceof Tree tree) || tree.isDisposed() || tree.getColumnCount() < 2) {
			return;
		}
		int width = tree.getClientArea().width;
		if (width <= 0) {
			return; // not laid out yet: the first resize fits it
		}
		TreeColumn names = tree.getColumn(0);
		int needed;
		GC gc = new GC(tree);
		try {
			needed = widestName(gc, tree.getItems()) + NAME_MARGIN;
		} finally {
			gc.dispose();
		}
		int wanted = Math.min(needed, width / 2);
		if (wanted <= names.getWidth()) {
			return;
		}
		names.setWidth(wanted);
		tree.getColumn(1).setWidth(Math.max(0, width - wanted));
	}

	/** The right edge of the widest name among {@code items} and their shown children, from the tree's left. */
	private static int widestName(GC gc, TreeItem[] items) {
		int widest = 0;
		for (TreeItem item : items) {
			widest = Math.max(widest, item.getTextBounds(0).x + gc.textExtent(item.getText(0)).x);
			if (item.getExpanded()) {
				widest = Math.max(widest, widestName(gc, item.getItems()));
			}
		}
		return widest;
	}
}
