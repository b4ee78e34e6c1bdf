package org.counterpart.ui.internal;

import org.counterpart.ui.ObjectEditors;
import org.counterpart.ui.internal.forms.ObjectFormEditor;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.statushandlers.StatusManager;

/**
 * The explorer and the form editors together: double-click or Enter on an object opens its form, and with "Link with
 * Editor" on (a toggle in the explorer's view menu, remembered across restarts) the explorer selects the object of the
 * form editor that becomes active.
 */
public final class ExplorerEditorLink {

	private static final String PREFERENCE = "explorer.linkWithEditor"; //$NON-NLS-1$
	private static final String BUNDLE = "org.counterpart.ui"; //$NON-NLS-1$

	private final ExplorerView explorer;
	private final IWorkbenchPage page;
	private final Action toggle;
	private final IPartListener2 partListener = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference reference) {
			if (reference.getPart(false) instanceof ObjectFormEditor editor) {
				follow(editor);
			}
		}

		@Override
		public void partBroughtToTop(IWorkbenchPartReference reference) {
			partActivated(reference);
		}
	};

	public ExplorerEditorLink(ExplorerView explorer) {
		this.explorer = explorer;
		this.page = explorer.getSite().getPage();
		explorer.getViewer().addOpenListener(event -> {
			Object element = ((IStructuredSelection) event.getSelection()).getFirstElement();
			if (element instanceof EObject object) {
				try {
					ObjectEditors.open(page, object);
				} catch (PartInitException e) {
					StatusManager.getManager().handle(e.getStatus(), StatusManager.LOG | StatusManager.SHOW);
				}
			}
		});
		toggle = new Action(Messages.Explorer_linkWithEditor, IAction.AS_CHECK_BOX) {
			@Override
			public void run() {
				setLinking(isChecked());
			}
		};
		toggle.setId("org.counterpart.ui.explorer.linkWithEditor"); //$NON-NLS-1$
		toggle.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_ELCL_SYNCED));
		toggle.setChecked(preferences().getBoolean(PREFERENCE, false));
		explorer.getViewSite().getActionBars().getMenuManager().add(toggle);
		explorer.getViewSite().getActionBars().updateActionBars();
		page.addPartListener(partListener);
	}

	public boolean isLinking() {
		return toggle.isChecked();
	}

	/** Turns linking on or off, as the view menu's toggle does; turning it on follows the active editor at once. */
	public void setLinking(boolean linking) {
		toggle.setChecked(linking);
		preferences().putBoolean(PREFERENCE, linking);
		if (linking && page.getActiveEditor() instanceof ObjectFormEditor editor) {
			follow(editor);
		}
	}

	/** The toggle as the view menu holds it. */
	public IAction getToggle() {
		return toggle;
	}

	private void follow(IEditorPart editor) {
		if (!toggle.isChecked() || !(editor instanceof ObjectFormEditor form) || explorer.getViewer().getInput() == null) {
			return;
		}
		Object selected = explorer.getViewer().getStructuredSelection().getFirstElement();
		if (selected != form.getObject()) {
			explorer.getViewer().setSelection(new StructuredSelection(form.getObject()), true);
		}
	}

	private static IEclipsePreferences preferences() {
		return InstanceScope.INSTANCE.getNode(BUNDLE);
	}

	public void dispose() {
		page.removePartListener(partListener);
	}
}
