package org.counterpart.ui.internal;

import org.counterpart.ui.WorkspaceEditingSession;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.action.Action;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWindowListener;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchPartSite;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;

/**
 * Edit &gt; Undo and Redo (Ctrl+Z, Ctrl+Y) on the workspace's one command stack, in every part of every window: each
 * part that has no undo of its own gets these actions as its global handlers when it is activated. Their text names
 * the command, e.g. "Undo Rename", and the Edit menu's retargeting actions show it.
 */
public final class WorkspaceUndoActions {

	private final WorkspaceEditingSession session;
	private final StackAction undo = new StackAction(false);
	private final StackAction redo = new StackAction(true);
	private final CommandStackListener stackListener = event -> updateLater();
	private final IPartListener2 partListener = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference reference) {
			IWorkbenchPart part = reference.getPart(false);
			if (part != null) {
				offerTo(part.getSite());
			}
		}
	};
	private final IWindowListener windowListener = new IWindowListener() {
		@Override
		public void windowOpened(IWorkbenchWindow window) {
			watch(window);
		}

		@Override
		public void windowActivated(IWorkbenchWindow window) {
			// nothing: parts are watched
		}

		@Override
		public void windowDeactivated(IWorkbenchWindow window) {
			// nothing
		}

		@Override
		public void windowClosed(IWorkbenchWindow window) {
			window.getPartService().removePartListener(partListener);
		}
	};

	private WorkspaceUndoActions(WorkspaceEditingSession session) {
		this.session = session;
	}

	/** Offers Undo and Redo to every part of the workbench's windows, now and when they are activated later. */
	public static WorkspaceUndoActions install(IWorkbench workbench, WorkspaceEditingSession session) {
		WorkspaceUndoActions actions = new WorkspaceUndoActions(session);
		session.getEditingDomain().getCommandStack().addCommandStackListener(actions.stackListener);
		workbench.addWindowListener(actions.windowListener);
		for (IWorkbenchWindow window : workbench.getWorkbenchWindows()) {
			actions.watch(window);
		}
		actions.update();
		return actions;
	}

	private void watch(IWorkbenchWindow window) {
		window.getPartService().addPartListener(partListener);
		if (window.getActivePage() != null && window.getActivePage().getActivePart() != null) {
			offerTo(window.getActivePage().getActivePart().getSite());
		}
	}

	/** Gives the part's action bars these actions unless the part undoes on its own. */
	private void offerTo(IWorkbenchPartSite site) {
		IActionBars bars = switch (site) {
			case IViewSite view -> view.getActionBars();
			case IEditorSite editor -> editor.getActionBars();
			default -> null;
		};
		if (bars == null) {
			return;
		}
		boolean changed = false;
		if (bars.getGlobalActionHandler(ActionFactory.UNDO.getId()) == null) {
			bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
			changed = true;
		}
		if (bars.getGlobalActionHandler(ActionFactory.REDO.getId()) == null) {
			bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
			changed = true;
		}
		if (changed) {
			bars.updateActionBars();
		}
	}

	public void uninstall(IWorkbench workbench) {
		session.getEditingDomain().getCommandStack().removeCommandStackListener(stackListener);
		workbench.removeWindowListener(windowListener);
		for (IWorkbenchWindow window : workbench.getWorkbenchWindows()) {
			window.getPartService().removePartListener(partListener);
		}
	}

	private void updateLater() {
		Display display = Display.getDefault();
		if (Display.getCurrent() == display) {
			update();
		} else {
			display.asyncExec(this::update);
		}
	}

	private void update() {
		undo.update();
		redo.update();
	}

	/** Undo or Redo of the workspace's command stack. */
	private final class StackAction extends Action {
		private final boolean redoes;

		StackAction(boolean redoes) {
			this.redoes = redoes;
			setId(redoes ? ActionFactory.REDO.getId() : ActionFactory.UNDO.getId());
			setActionDefinitionId(redoes ? "org.eclipse.ui.edit.redo" : "org.eclipse.ui.edit.undo"); //$NON-NLS-1$ //$NON-NLS-2$
		}

		void update() {
			CommandStack stack = session.getEditingDomain().getCommandStack();
			Command command = redoes ? stack.getRedoCommand() : stack.getUndoCommand();
			String name = command == null ? null : command.getLabel();
			if (name == null || name.isBlank()) {
				setText(redoes ? Messages.Edit_redo : Messages.Edit_undo);
			} else {
				setText(Messages.bind(redoes ? Messages.Edit_redoCommand : Messages.Edit_undoCommand, name));
			}
			setEnabled(redoes ? stack.canRedo() : stack.canUndo());
		}

		@Override
		public void run() {
			CommandStack stack = session.getEditingDomain().getCommandStack();
			if (redoes && stack.canRedo()) {
				stack.redo();
			} else if (!redoes && stack.canUndo()) {
				stack.undo();
			}
		}
	}
}
