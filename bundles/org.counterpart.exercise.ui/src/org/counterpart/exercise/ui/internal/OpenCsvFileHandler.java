package org.counterpart.exercise.ui.internal;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Asks for a trainer's CSV file and opens it in the table editor the subclass names. */
abstract class OpenCsvFileHandler extends AbstractHandler {

	/** The file's input for the editor this handler opens. */
	protected abstract IEditorInput input(Path file);

	protected abstract String editorId();

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN);
		dialog.setFilterExtensions(new String[] { "*.csv" }); //$NON-NLS-1$
		String chosen = dialog.open();
		if (chosen != null) {
			try {
				window.getActivePage().openEditor(input(Path.of(chosen)), editorId());
			} catch (PartInitException e) {
				throw new ExecutionException(e.getMessage(), e);
			}
		}
		return null;
	}
}
