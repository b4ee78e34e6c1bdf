package org.counterpart.ui.internal.forms;

import java.io.IOException;

import org.counterpart.model.Identified;
import org.counterpart.model.util.ObjectLabels;
import org.counterpart.ui.HelpContexts;
import org.counterpart.ui.ObjectEditors;
import org.counterpart.ui.WorkspaceEditingSession;
import org.counterpart.ui.internal.TabbedProperties;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.statushandlers.StatusManager;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.tabbed.ITabbedPropertySheetPageContributor;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;

/**
 * The form editor of one object of the Theater. Its dirty state is the workspace's (one command stack, one store):
 * every open editor shows "*" while the workspace has unsaved changes, and saving any of them saves the workspace.
 * The editor closes when its object leaves the workspace (deleted, or its creation undone), when the workspace is
 * closed, and when File > Revert reads the workspace again (its object is then one of a Theater no longer shown).
 */
public class ObjectFormEditor extends FormEditor implements ITabbedPropertySheetPageContributor {

	public static final String ID = "org.counterpart.ui.editors.object"; //$NON-NLS-1$

	private static final String BUNDLE = "org.counterpart.ui"; //$NON-NLS-1$

	private WorkspaceEditingSession session;
	private Identified object;
	private ObjectFormPage page;
	private final CommandStackListener commandStackListener = event -> changedLater();
	private final Runnable dirtyListener = this::dirtyChangedLater;
	private final Runnable lockListener = this::closeLater;
	private StackAction undo;
	private StackAction redo;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof ObjectEditorInput objectInput)) {
			throw new PartInitException(NLS.bind(Messages.Editor_wrongInput, input));
		}
		super.init(site, input);
		object = objectInput.getObject();
		session = WorkspaceEditingSession.getDefault();
		setPartName(title(object));
		setTitleToolTip(ObjectLabels.labelOf(object));
		session.getEditingDomain().getCommandStack().addCommandStackListener(commandStackListener);
		session.addDirtyListener(dirtyListener);
		session.addLockListener(lockListener);
		session.addRevertListener(lockListener);
		site.setSelectionProvider(new ObjectSelectionProvider());
		undo = new StackAction(true);
		redo = new StackAction(false);
		site.getActionBars().setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
		site.getActionBars().setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
		site.getActionBars().updateActionBars();
	}

	@Override
	protected void addPages() {
		page = new ObjectFormPage(this);
		try {
			addPage(page);
		} catch (PartInitException e) {
			StatusManager.getManager().handle(e.getStatus(), StatusManager.LOG | StatusManager.SHOW);
		}
	}

	/** A title short enough to leave the header room for messages: a contact's name, other labels shortened. */
	static String title(Identified object) {
		String label = object instanceof org.counterpart.model.Contact contact ? ObjectLabels.personName(contact)
				: ObjectLabels.labelOf(object);
		return label.length() <= TITLE_LENGTH ? label : label.substring(0, TITLE_LENGTH - 1).strip() + '\u2026';
	}

	private static final int TITLE_LENGTH = 60;

	/** One page: the tab that would name it says nothing, so it is not shown. */
	@Override
	protected void createPages() {
		super.createPages();
		HelpContexts.set(getContainer(), HelpContexts.FORM);
		if (getPageCount() == 1 && getContainer() instanceof org.eclipse.swt.custom.CTabFolder folder) {
			folder.setTabHeight(0);
			folder.layout(true);
		}
	}

	/** The editor's tab shows the object's icon, as the explorer does. */
	void showTitleImage(org.eclipse.swt.graphics.Image image) {
		if (image != null) {
			setTitleImage(image);
		}
	}

	public Identified getObject() {
		return object;
	}

	WorkspaceEditingSession getSession() {
		return session;
	}

	/** The text of the marking strip, as the officer sees it. */
	public String getMarkingText() {
		return page.markingText();
	}

	/** The control that edits {@code feature} of {@code owner} in this form, or null. */
	public org.eclipse.swt.widgets.Control getControl(EObject owner, org.eclipse.emf.ecore.EStructuralFeature feature) {
		return page.fields() == null ? null : page.fields().controlFor(owner, feature);
	}

	/** The form, with its header (title, messages) and body. */
	public org.eclipse.ui.forms.widgets.ScrolledForm getScrolledForm() {
		return page.scrolledForm();
	}

	/** Opens the dialog that edits the object's marking, as a click on the strip does. */
	public void editMarking() {
		page.banner().edit();
	}

	void open(EObject other) {
		try {
			ObjectEditors.open(getSite().getPage(), other);
		} catch (PartInitException e) {
			StatusManager.getManager().handle(e.getStatus(), StatusManager.LOG | StatusManager.SHOW);
		}
	}

	@Override
	public boolean isDirty() {
		return session != null && session.isDirty();
	}

	/** Saves the whole workspace: there is one store, and one command stack for every editor and view. */
	@Override
	public void doSave(IProgressMonitor monitor) {
		try {
			session.save(monitor);
		} catch (IOException | RuntimeException e) {
			StatusManager.getManager().handle(new Status(IStatus.ERROR, BUNDLE, NLS.bind(Messages.Editor_saveFailed,
					e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e),
					StatusManager.LOG | StatusManager.SHOW);
			if (monitor != null) {
				monitor.setCanceled(true);
			}
		}
	}

	@Override
	public void doSaveAs() {
		// one workspace, one store: there is nothing to save as
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
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
		if (object != null && adapter.isInstance(object)) {
			return adapter.cast(object); // what the editor shows, e.g. for the classification banner
		}
		return super.getAdapter(adapter);
	}

	private void changedLater() {
		Display display = getSite().getShell().getDisplay();
		display.asyncExec(() -> {
			if (page == null || getContainer() == null || getContainer().isDisposed()) {
				return;
			}
			if (object.eResource() == null) {
				getSite().getPage().closeEditor(this, false);
				return;
			}
			setPartName(title(object));
			setTitleToolTip(ObjectLabels.labelOf(object));
			page.modelChanged();
			undo.update();
			redo.update();
			firePropertyChange(PROP_DIRTY);
		});
	}

	private void dirtyChangedLater() {
		getSite().getShell().getDisplay().asyncExec(() -> {
			if (getContainer() != null && !getContainer().isDisposed()) {
				firePropertyChange(PROP_DIRTY);
			}
		});
	}

	private void closeLater() {
		getSite().getShell().getDisplay().asyncExec(() -> {
			if (getContainer() != null && !getContainer().isDisposed()) {
				getSite().getPage().closeEditor(this, false);
			}
		});
	}

	@Override
	public void dispose() {
		if (session != null) {
			session.getEditingDomain().getCommandStack().removeCommandStackListener(commandStackListener);
			session.removeDirtyListener(dirtyListener);
			session.removeLockListener(lockListener);
			session.removeRevertListener(lockListener);
		}
		super.dispose();
	}

	/** The editor's selection is its object, so the Properties view shows it while the editor is active. */
	private final class ObjectSelectionProvider implements ISelectionProvider {
		@Override
		public void addSelectionChangedListener(ISelectionChangedListener listener) {
			// the selection never changes
		}

		@Override
		public ISelection getSelection() {
			return new StructuredSelection(object);
		}

		@Override
		public void removeSelectionChangedListener(ISelectionChangedListener listener) {
			// the selection never changes
		}

		@Override
		public void setSelection(ISelection selection) {
			// the selection never changes
		}
	}

	/** Undo or Redo on the workspace's command stack, named after the command ("Undo Set"). */
	private final class StackAction extends Action {
		private final boolean undoing;

		StackAction(boolean undoing) {
			this.undoing = undoing;
			update();
		}

		void update() {
			CommandStack stack = session.getEditingDomain().getCommandStack();
			var command = undoing ? stack.getUndoCommand() : stack.getRedoCommand();
			setEnabled(undoing ? stack.canUndo() : stack.canRedo());
			String label = command == null || command.getLabel() == null ? "" : command.getLabel(); //$NON-NLS-1$
			setText(NLS.bind(undoing ? Messages.Editor_undo : Messages.Editor_redo, label).strip());
		}

		@Override
		public void run() {
			CommandStack stack = session.getEditingDomain().getCommandStack();
			if (undoing) {
				stack.undo();
			} else {
				stack.redo();
			}
		}
	}
}
