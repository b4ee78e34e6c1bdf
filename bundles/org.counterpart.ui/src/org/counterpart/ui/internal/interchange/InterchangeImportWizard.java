package org.counterpart.ui.internal.interchange;

import java.lang.reflect.InvocationTargetException;
import java.util.Date;

import org.counterpart.interchange.ColumnMapping;
import org.counterpart.interchange.ImportPlan;
import org.counterpart.interchange.InterchangeException;
import org.counterpart.interchange.InterchangeImport;
import org.counterpart.model.Theater;
import org.counterpart.ui.WorkspaceEditingSession;
import org.counterpart.ui.internal.Officer;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;

/**
 * File > Import of field formats: institutions or contacts from CSV through a column mapping, contacts from vCard,
 * draft observations from GPX. The second page is a dry run; Finish reads the file once more and adds what it holds
 * as ONE command on the workspace's command stack, so that it is journalled, synced, and one Undo takes it back.
 */
public final class InterchangeImportWizard extends Wizard implements IImportWizard {

	/** The id of the wizard in the org.eclipse.ui.importWizards extension. */
	public static final String ID = "org.counterpart.ui.importWizards.fieldFormats"; //$NON-NLS-1$

	private final WorkspaceEditingSession session;
	private ImportSourcePage sourcePage;
	private ImportPreviewPage previewPage;

	public InterchangeImportWizard() {
		this(WorkspaceEditingSession.getDefault());
	}

	InterchangeImportWizard(WorkspaceEditingSession session) {
		this.session = session;
		setWindowTitle(Messages.Import_windowTitle);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		// the import goes into the open workspace, whatever is selected
	}

	@Override
	public void addPages() {
		sourcePage = new ImportSourcePage();
		previewPage = new ImportPreviewPage(sourcePage, this::read);
		addPage(sourcePage);
		addPage(previewPage);
	}

	@Override
	public boolean canFinish() {
		return getContainer().getCurrentPage() == previewPage && previewPage.isPageComplete();
	}

	private ImportPlan read(ImportChoice choice, ColumnMapping mapping, byte[] bytes, String source) throws InterchangeException {
		Theater theater = session.getTheater();
		if (theater == null) {
			throw new InterchangeException(Messages.Import_noWorkspace, null);
		}
		// an exercise workspace alone takes files its exports marked exercise
		return new InterchangeImport(theater, Officer.name(), new Date(), session.getStorage().isExercise()).read(choice.format, choice.kind, mapping, bytes, source);
	}

	@Override
	public boolean performFinish() {
		String file = String.valueOf(sourcePage.file());
		try {
			// the file may have changed since the dry run: read it again, with the same columns
			getContainer().run(false, false, monitor -> {
				monitor.beginTask(NLS.bind(Messages.Import_reading, file), 2);
				previewPage.dryRun();
				monitor.worked(1);
				ImportPlan plan = previewPage.plan();
				if (plan != null && plan.canImport() && !plan.objects().isEmpty()) {
					EditingDomain domain = session.getEditingDomain();
					domain.getCommandStack().execute(plan.toCommand(domain));
				}
				monitor.done();
			});
		} catch (InvocationTargetException e) {
			showError(file, e.getCause());
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
		ImportPlan plan = previewPage.plan();
		if (plan == null || !plan.canImport() || plan.objects().isEmpty()) {
			showError(file, new IllegalStateException(previewPage.getErrorMessage()));
			return false;
		}
		return true;
	}

	private void showError(String file, Throwable cause) {
		String reason = cause == null || cause.getMessage() == null ? String.valueOf(cause) : cause.getMessage();
		IStatus status = new Status(IStatus.ERROR, "org.counterpart.ui", reason, cause); //$NON-NLS-1$
		ErrorDialog.openError(getShell(), Messages.Import_failedTitle, NLS.bind(Messages.Import_failed, file), status);
	}
}
