package org.counterpart.ui.internal;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.swt.dnd.TransferData;

/**
 * Drops in the explorer that mean something (see {@link ExplorerEdits#link}): contacts onto an institution, an
 * institution onto another or onto the Institutions category. Anything else is refused while dragging, so the
 * cursor says so before the mouse is released.
 */
public final class ExplorerDropAdapter extends ViewerDropAdapter {

	private final Supplier<EditingDomain> domain;
	private Object validatedTarget;

	public ExplorerDropAdapter(TreeViewer viewer, Supplier<EditingDomain> domain) {
		super(viewer);
		this.domain = domain;
		setScrollExpandEnabled(true);
	}

	@Override
	public boolean validateDrop(Object target, int operation, TransferData transferType) {
		validatedTarget = null;
		if (!LocalSelectionTransfer.getTransfer().isSupportedType(transferType) || domain.get() == null) {
			return false;
		}
		Command command = command(LocalSelectionTransfer.getTransfer().getSelection(), target);
		if (command == null || !command.canExecute()) {
			return false;
		}
		validatedTarget = target;
		return true;
	}

	@Override
	public boolean performDrop(Object data) {
		ISelection dropped = data instanceof ISelection selection ? selection : LocalSelectionTransfer.getTransfer().getSelection();
		Command command = command(dropped, validatedTarget);
		if (command == null || !command.canExecute()) {
			return false;
		}
		domain.get().getCommandStack().execute(command);
		return true;
	}

	private Command command(ISelection selection, Object target) {
		if (!(selection instanceof IStructuredSelection structured) || target == null) {
			return null;
		}
		List<?> dragged = structured.toList();
		return ExplorerEdits.link(domain.get(), dragged, target);
	}
}
