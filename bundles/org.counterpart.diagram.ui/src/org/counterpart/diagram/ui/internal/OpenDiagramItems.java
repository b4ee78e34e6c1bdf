package org.counterpart.diagram.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.counterpart.diagram.InvalidSpecException;
import org.counterpart.diagram.LoadedSpec;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.counterpart.ui.internal.ExplorerCategory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.CompoundContributionItem;
import org.eclipse.ui.statushandlers.StatusManager;

/**
 * The items of the Open Diagram menu: the representations that show the selected object (for a category of the
 * explorer: its Theater), then those of the Theater the object belongs to, which open on the Theater and reveal it.
 */
public final class OpenDiagramItems extends CompoundContributionItem {
	private static final String BUNDLE = "org.counterpart.diagram.ui"; //$NON-NLS-1$

	@Override
	protected IContributionItem[] getContributionItems() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		if (window == null || window.getActivePage() == null) {
			return new IContributionItem[0];
		}
		IWorkbenchPage page = window.getActivePage();
		ISelection selection = window.getSelectionService().getSelection();
		Object element = selection instanceof IStructuredSelection structured ? structured.getFirstElement() : null;
		// a row of another view (a conflict) stands for its object through its adapter
		EObject selected = element instanceof ExplorerCategory category ? category.theater() : Adapters.adapt(element, EObject.class);
		if (selected == null) {
			return new IContributionItem[0];
		}
		List<IContributionItem> items = new ArrayList<>();
		try {
			// The representations of the object itself, then those of its Theater, opened on the object.
			for (LoadedSpec spec : DiagramSpecs.applicableTo(selected)) {
				items.add(new ActionContributionItem(openAction(page, spec, selected, null)));
			}
			EObject theater = EcoreUtil.getRootContainer(selected);
			if (theater != selected) {
				for (LoadedSpec spec : DiagramSpecs.applicableTo(theater)) {
					items.add(new ActionContributionItem(openAction(page, spec, theater, selected)));
				}
			}
		} catch (InvalidSpecException e) {
			StatusManager.getManager().handle(new Status(IStatus.ERROR, BUNDLE, NLS.bind(Messages.Menu_specsFailed, e.getMessage()), e), StatusManager.LOG);
		}
		if (items.isEmpty()) {
			Action none = new Action(Messages.Menu_noDiagram) {
				// shown disabled
			};
			none.setEnabled(false);
			return new IContributionItem[] { new ActionContributionItem(none) };
		}
		return items.toArray(IContributionItem[]::new);
	}

	/** Opens {@code spec} on {@code root} and shows {@code shown} in it (null: nothing in particular). */
	private static Action openAction(IWorkbenchPage page, LoadedSpec spec, EObject root, EObject shown) {
		DiagramEditorInput input = new DiagramEditorInput(spec, root);
		return new Action(input.getRepresentationLabel()) {
			@Override
			public void run() {
				DiagramEditor editor = open(page, input);
				if (editor != null && shown != null) {
					editor.getViewer().getControl().getDisplay().asyncExec(() -> editor.getViewer().reveal(shown));
				}
			}
		};
	}

	/** Opens the diagram, or brings it to the front if it is open; a failure is reported to the user. */
	public static DiagramEditor open(IWorkbenchPage page, DiagramEditorInput input) {
		try {
			return (DiagramEditor) page.openEditor(input, DiagramEditor.ID, true);
		} catch (PartInitException | RuntimeException e) {
			StatusManager.getManager().handle(new Status(IStatus.ERROR, BUNDLE, NLS.bind(Messages.Editor_interpretFailed, e.getMessage()), e),
					StatusManager.SHOW | StatusManager.LOG);
			return null;
		}
	}
}
