package org.counterpart.ui.tests;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Opens an empty JFace dialog (OK and Cancel, nothing else): the baseline of {@link CaptureDialogBenchmark}, which
 * puts this handler behind capture's own key binding and command for the baseline's turns.
 */
public class EmptyDialogHandler extends AbstractHandler {

	/** An empty dialog, a type of its own so the benchmark can tell it apart. */
	public static final class EmptyDialog extends Dialog {
		EmptyDialog(org.eclipse.swt.widgets.Shell parent) {
			super(parent);
		}
	}

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		new EmptyDialog(HandlerUtil.getActiveShellChecked(event)).open();
		return null;
	}
}
