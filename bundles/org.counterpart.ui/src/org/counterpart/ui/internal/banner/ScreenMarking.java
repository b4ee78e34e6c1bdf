package org.counterpart.ui.internal.banner;

import java.util.ArrayList;
import java.util.List;

import org.counterpart.ui.CounterpartPerspectives;
import org.counterpart.model.Theater;
import org.counterpart.model.marking.MarkingSummary;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;

/**
 * What a window shows, as far as its banner is concerned: the objects of its open editors (each editor part, or
 * else its input, adapted to {@link EObject}) and the objects of the window's current selection (the selection
 * service's: the active part's selection, each element adapted to {@link EObject}). With nothing of the model on
 * screen, the banner shows the Theater's own marking, the workspace default. The Exercise perspective and an open
 * exercise store mark all of it as exercise material.
 */
public final class ScreenMarking {

	private ScreenMarking() {
	}

	/** The objects {@code window} shows (see the class comment). */
	public static List<EObject> objectsOnScreen(IWorkbenchWindow window) {
		List<EObject> objects = new ArrayList<>();
		IWorkbenchPage page = window.getActivePage();
		if (page == null) {
			return objects;
		}
		for (IEditorReference reference : page.getEditorReferences()) {
			IEditorPart editor = reference.getEditor(false);
			EObject object = editor == null ? null : Adapters.adapt(editor, EObject.class);
			if (object == null) {
				object = adapt(editor != null ? editor.getEditorInput() : input(reference));
			}
			if (object != null) {
				objects.add(object);
			}
		}
		ISelection selection = window.getSelectionService().getSelection();
		if (selection instanceof IStructuredSelection structured) {
			for (Object element : structured) {
				EObject object = adapt(element);
				if (object != null) {
					objects.add(object);
				}
			}
		}
		return objects;
	}

	/**
	 * The summary the banner of {@code window} shows, with {@code theater} the workspace (null if none is loaded) and
	 * {@code exerciseStore} whether it comes from an exercise store.
	 */
	public static MarkingSummary of(IWorkbenchWindow window, Theater theater, boolean exerciseStore) {
		MarkingSummary summary = MarkingSummary.ofObjects(objectsOnScreen(window));
		if (summary.isEmpty() && theater != null) {
			summary = MarkingSummary.of(theater.getMarking());
		}
		IWorkbenchPage page = window.getActivePage();
		IPerspectiveDescriptor perspective = page == null ? null : page.getPerspective();
		boolean exercisePerspective = perspective != null && CounterpartPerspectives.EXERCISE.equals(perspective.getId());
		return summary.withExercise(exerciseStore || exercisePerspective);
	}

	private static EObject adapt(Object element) {
		return element == null ? null : Adapters.adapt(element, EObject.class);
	}

	private static IEditorInput input(IEditorReference reference) {
		try {
			return reference.getEditorInput();
		} catch (PartInitException e) {
			return null; // an editor that cannot open shows nothing
		}
	}
}
