package org.counterpart.ui.internal;

import java.util.Map;

import org.counterpart.ui.WorkspaceEditingSession;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.commands.IElementUpdater;
import org.eclipse.ui.menus.UIElement;

/**
 * Edit &gt; Undo and Redo (Ctrl+Z, Ctrl+Y) on the workspace's one command stack, in every part of the window; the
 * menu names the command, e.g. "Undo Rename". {@link Redo} is the same for redo.
 */
public class UndoRedoHandler extends AbstractHandler implements IElementUpdater {

	public static final String UNDO = "org.eclipse.ui.edit.undo"; //$NON-NLS-1$
	public static final String REDO = "org.eclipse.ui.edit.redo"; //$NON-NLS-1$

	private final boolean redo;
	private final CommandStackListener stackListener = event -> updateLater();
	private WorkspaceEditingSession session;

	public UndoRedoHandler() {
		this(false);
	}

	protected UndoRedoHandler(boolean redo) {
		this.redo = redo;
		try {
			session = WorkspaceEditingSession.getDefault();
			session.getEditingDomain().getCommandStack().addCommandStackListener(stackListener);
		} catch (IllegalStateException e) {
			session = null; // no instance location: nothing to undo
		}
		setBaseEnabled(computeEnabled());
	}

	/** The redo half. */
	public static class Redo extends UndoRedoHandler {
		public Redo() {
			super(true);
		}
	}

	@Override
	public boolean isEnabled() {
		return computeEnabled();
	}

	private boolean computeEnabled() {
		if (session == null) {
			return false;
		}
		CommandStack stack = session.getEditingDomain().getCommandStack();
		return redo ? stack.canRedo() : stack.canUndo();
	}

	@Override
	public Object execute(ExecutionEvent event) {
		if (session != null) {
			CommandStack stack = session.getEditingDomain().getCommandStack();
			if (redo && stack.canRedo()) {
				stack.redo();
			} else if (!redo && stack.canUndo()) {
				stack.undo();
			}
		}
		return null;
	}

	/** The menu text: "Undo Rename", or plain "Undo" when there is nothing to undo. */
	public String label() {
		Command command = null;
		if (session != null) {
			CommandStack stack = session.getEditingDomain().getCommandStack();
			command = redo ? stack.getRedoCommand() : stack.getUndoCommand();
		}
		String name = command == null ? null : command.getLabel();
		if (name == null || name.isBlank()) {
			return redo ? Messages.Edit_redo : Messages.Edit_undo;
		}
		return Messages.bind(redo ? Messages.Edit_redoCommand : Messages.Edit_undoCommand, name);
	}

	@Override
	public void updateElement(UIElement element, @SuppressWarnings("rawtypes") Map parameters) {
		element.setText(label());
	}

	private void updateLater() {
		Display display = PlatformUI.isWorkbenchRunning() ? PlatformUI.getWorkbench().getDisplay() : null;
		if (display == null || display.isDisposed()) {
			return;
		}
		display.asyncExec(() -> {
			setBaseEnabled(computeEnabled());
			if (PlatformUI.isWorkbenchRunning()) {
				ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
				commands.refreshElements(redo ? REDO : UNDO, null);
			}
		});
	}

	@Override
	public void dispose() {
		if (session != null) {
			session.getEditingDomain().getCommandStack().removeCommandStackListener(stackListener);
		}
		super.dispose();
	}
}
