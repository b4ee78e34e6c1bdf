package org.counterpart.ui.internal;

import org.counterpart.ui.CounterpartPerspectives;
import org.counterpart.ui.HelpContexts;
import org.counterpart.ui.WorkspaceEditingSession;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.PageBook;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.progress.IWorkbenchSiteProgressService;
import org.eclipse.ui.statushandlers.StatusManager;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.tabbed.ITabbedPropertySheetPageContributor;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;

/**
 * The field officer's way into the workspace: institutions, contacts, relationships, engagements, observations and
 * objectives as a tree, labelled as the item providers label them. The tree's selection is the site's selection, so
 * the Properties view follows it.
 */
public class ExplorerView extends ViewPart implements ITabbedPropertySheetPageContributor {

	public static final String ID = "org.counterpart.ui.views.explorer"; //$NON-NLS-1$

	private static final String BUNDLE = "org.counterpart.ui"; //$NON-NLS-1$

	private PageBook book;
	private TreeViewer viewer;
	private Composite messagePage;
	private Label message;
	private ItemImages images;
	private boolean showingMessage;
	private WorkspaceEditingSession session;
	private final CommandStackListener commandStackListener = event -> refreshLater();
	private final Runnable lockListener = this::lockedLater;
	private final Runnable revertListener = this::revertedLater;
	private ExplorerEditing editing;
	private boolean showingLocked;
	private ExplorerEditorLink editorLink;

	@Override
	public void createPartControl(Composite parent) {
		book = new PageBook(parent, SWT.NONE);
		HelpContexts.set(book, HelpContexts.EXPLORER);
		viewer = new TreeViewer(book, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.setUseHashlookup(true);
		viewer.setContentProvider(new ExplorerContentProvider());
		ColumnViewerToolTipSupport.enableFor(viewer);
		viewer.addDoubleClickListener(event -> {
			Object element = ((IStructuredSelection) event.getSelection()).getFirstElement();
			// Objects open in their form (ExplorerEditorLink); categories expand and collapse.
			if (element != null && !(element instanceof org.eclipse.emf.ecore.EObject) && viewer.isExpandable(element)) {
				viewer.setExpandedState(element, !viewer.getExpandedState(element));
			}
		});
		images = new ItemImages(viewer.getControl());

		messagePage = new Composite(book, SWT.NONE);
		messagePage.setLayout(new GridLayout());
		message = new Label(messagePage, SWT.WRAP);
		message.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

		getSite().setSelectionProvider(viewer);
		editing = new ExplorerEditing(viewer, getViewSite(), () -> session);
		editing.install();
		editorLink = new ExplorerEditorLink(this);
		try {
			show(WorkspaceEditingSession.getDefault());
		} catch (IllegalStateException e) {
			IStatus status = new Status(IStatus.ERROR, BUNDLE, e.getMessage(), e);
			showMessage(status.getMessage());
			StatusManager.getManager().handle(status, StatusManager.SHOW | StatusManager.LOG);
		}
	}

	/** Shows {@code workspace}, loading it first if needed. */
	public void show(WorkspaceEditingSession workspace) {
		if (session != null) {
			session.getEditingDomain().getCommandStack().removeCommandStackListener(commandStackListener);
			session.removeLockListener(lockListener);
			session.removeRevertListener(revertListener);
		}
		session = workspace;
		workspace.addLockListener(lockListener);
		workspace.addRevertListener(revertListener);
		viewer.setInput(null);
		if (viewer.getLabelProvider() != null) {
			viewer.getLabelProvider().dispose();
		}
		ExplorerLabelProvider labels = new ExplorerLabelProvider(workspace.getAdapterFactory(), images);
		labels.setFilter(editing.getFilter());
		viewer.setLabelProvider(labels);
		showMessage(Messages.Explorer_loading);
		if (workspace.isLocked()) {
			showLocked();
			awaitLoad(workspace);
			return;
		}
		workspace.load();
		awaitLoad(workspace);
	}

	/** Shows the workspace once its next load finishes. */
	private void awaitLoad(WorkspaceEditingSession workspace) {
		IWorkbenchSiteProgressService progress = getSite().getService(IWorkbenchSiteProgressService.class);
		if (progress != null) {
			progress.showBusyForFamily(WorkspaceEditingSession.LOAD_FAMILY);
		}
		Display display = book.getDisplay();
		workspace.whenLoaded(status -> display.asyncExec(() -> loaded(workspace, status)));
	}

	private void loaded(WorkspaceEditingSession workspace, IStatus status) {
		if (book.isDisposed() || workspace != session) {
			return;
		}
		showingLocked = false;
		if (status.getSeverity() == IStatus.CANCEL) {
			showMessage(Messages.Explorer_cancelled);
			return;
		}
		if (!status.isOK()) {
			// The load job has logged the failure with its stack trace; the user gets the message, here and in a dialog
			// that shows all of it (the status manager's dialog shows a one-line summary).
			showMessage(status.getMessage());
			ErrorDialog.openError(getSite().getShell(), Messages.Explorer_loadFailedTitle, null,
					new Status(status.getSeverity(), status.getPlugin(), status.getMessage()));
			return;
		}
		viewer.setInput(workspace.getTheater());
		book.showPage(viewer.getControl());
		showingMessage = false;
		showingLocked = false;
		Trace.workspace("The explorer shows the Theater of " + workspace.getTheater().getPartnerCountry()); //$NON-NLS-1$
		workspace.getEditingDomain().getCommandStack().removeCommandStackListener(commandStackListener);
		workspace.getEditingDomain().getCommandStack().addCommandStackListener(commandStackListener);
		if (workspace.isEmpty()) {
			bringStartViewToFront();
		}
	}

	/** The workspace was locked (in any thread): nothing of it stays on screen until it is unlocked and loaded again. */
	private void lockedLater() {
		WorkspaceEditingSession locked = session;
		Display display = book.getDisplay();
		display.asyncExec(() -> {
			if (!book.isDisposed() && locked == session) {
				showLocked();
				awaitLoad(locked);
			}
		});
	}

	/** The workspace was read again from the store (File > Revert): show the new one. */
	private void revertedLater() {
		WorkspaceEditingSession reverted = session;
		book.getDisplay().asyncExec(() -> {
			if (!book.isDisposed() && reverted == session && reverted.getTheater() != null) {
				viewer.setInput(reverted.getTheater());
				book.showPage(viewer.getControl());
				showingMessage = false;
			}
		});
	}

	private void showLocked() {
		viewer.setInput(null);
		viewer.setSelection(StructuredSelection.EMPTY);
		showMessage(Messages.Explorer_locked);
		showingLocked = true;
	}

	/** Whether the explorer shows that the workspace is locked. */
	public boolean isShowingLocked() {
		return showingLocked;
	}

	private void showMessage(String text) {
		message.setText(text);
		messagePage.layout(true);
		book.showPage(messagePage);
		showingMessage = true;
	}

	/** An empty workspace has nothing to explore: the start view says what to do instead. */
	private void bringStartViewToFront() {
		IWorkbenchPage page = getSite().getPage();
		try {
			IViewPart start = page.findView(CounterpartPerspectives.START_VIEW);
			if (start == null) {
				start = page.showView(CounterpartPerspectives.START_VIEW, null, IWorkbenchPage.VIEW_CREATE);
			}
			page.bringToTop(start);
		} catch (PartInitException e) {
			StatusManager.getManager().handle(e.getStatus(), StatusManager.LOG);
		}
	}

	private void refreshLater() {
		Display display = book.getDisplay();
		display.asyncExec(() -> {
			// a refresh would close the rename field under the user's fingers; its own command refreshes afterwards
			if (!viewer.getControl().isDisposed() && !viewer.isCellEditorActive()) {
				viewer.refresh();
			}
		});
	}

	/** The tree, for tests and for contributions that add actions to it. */
	public TreeViewer getViewer() {
		return viewer;
	}

	/** New, delete, rename, copy, drag and drop, filters and sort of this explorer. */
	public ExplorerEditing getEditing() {
		return editing;
	}

	/** The text shown instead of the tree while loading or after a failure. */
	public String getMessage() {
		return message.getText();
	}

	/** Whether the message is shown instead of the tree. */
	public boolean isShowingMessage() {
		return showingMessage;
	}

	public WorkspaceEditingSession getSession() {
		return session;
	}

	@Override
	public String getContributorId() {
		return TabbedProperties.CONTRIBUTOR_ID;
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IPropertySheetPage.class && session != null) {
			return adapter.cast(new TabbedPropertySheetPage(this));
		}
		return super.getAdapter(adapter);
	}

	@Override
	public void setFocus() {
		if (viewer.getControl().isVisible()) {
			viewer.getControl().setFocus();
		} else {
			book.setFocus();
		}
	}

	/** Opening objects in their forms, and linking the selection with the active form editor. */
	public ExplorerEditorLink getEditorLink() {
		return editorLink;
	}

	@Override
	public void dispose() {
		if (editorLink != null) {
			editorLink.dispose();
		}
		if (session != null) {
			session.getEditingDomain().getCommandStack().removeCommandStackListener(commandStackListener);
			session.removeLockListener(lockListener);
			session.removeRevertListener(revertListener);
		}
		super.dispose();
	}
}
