package org.counterpart.ui.internal.interchange;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.counterpart.interchange.ExportReport;
import org.counterpart.interchange.InterchangeExport;
import org.counterpart.model.Theater;
import org.counterpart.ui.WorkspaceEditingSession;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;

/**
 * File > Export of field formats: observations as CSV, GeoJSON or KML, contacts as vCard 4.0, for one recipient
 * country. What the country may not see is left out and listed on the page before anything is written; the file is
 * written whole or not at all, and carries the marking.
 */
public final class InterchangeExportWizard extends Wizard implements IExportWizard {

	/** The id of the wizard in the org.eclipse.ui.exportWizards extension. */
	public static final String ID = "org.counterpart.ui.exportWizards.fieldFormats"; //$NON-NLS-1$

	private final WorkspaceEditingSession session;
	private ExportPage page;
	private ExportReport written;

	public InterchangeExportWizard() {
		this(WorkspaceEditingSession.getDefault());
	}

	InterchangeExportWizard(WorkspaceEditingSession session) {
		this.session = session;
		setWindowTitle(Messages.Export_windowTitle);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		// the export covers the open workspace, whatever is selected
	}

	@Override
	public void addPages() {
		page = new ExportPage(session.getTheater(), session.getStorage() != null && session.getStorage().isExercise());
		addPage(page);
	}

	@Override
	public boolean canFinish() {
		return page != null && page.isPageComplete();
	}

	@Override
	public boolean performFinish() {
		Path file = page.file();
		if (Files.exists(file) && !MessageDialog.openQuestion(getShell(), Messages.Export_overwriteTitle,
				NLS.bind(Messages.Export_overwrite, file))) {
			return false;
		}
		Theater theater = session.getTheater();
		try {
			getContainer().run(false, false, monitor -> {
				monitor.beginTask(NLS.bind(Messages.Export_writing, file), IProgressMonitor.UNKNOWN);
				Exception[] failure = new Exception[1];
				// no save may read the model while the file is written from it
				session.runExclusive(() -> {
					try {
						written = InterchangeExport.writeFile(theater, page.format(), page.country(), page.isExercise(), file);
					} catch (IOException | IllegalArgumentException e) {
						failure[0] = e;
					}
				});
				monitor.done();
				if (failure[0] != null) {
					throw new InvocationTargetException(failure[0]);
				}
			});
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause();
			IStatus status = new Status(IStatus.ERROR, "org.counterpart.ui", String.valueOf(cause.getMessage()), cause); //$NON-NLS-1$
			ErrorDialog.openError(getShell(), Messages.Export_failedTitle, NLS.bind(Messages.Export_failed, file), status);
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
		return true;
	}

	/** What the finished export wrote, or null. */
	public ExportReport written() {
		return written;
	}
}
