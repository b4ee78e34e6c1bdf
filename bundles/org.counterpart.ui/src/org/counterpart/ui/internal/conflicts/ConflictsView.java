package org.counterpart.ui.internal.conflicts;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

import org.counterpart.store.Conflict;
import org.counterpart.store.Resolution;
import org.counterpart.store.ResolvedConflict;
import org.counterpart.store.StoreException;
import org.counterpart.ui.CounterpartPerspectives;
import org.counterpart.ui.ObjectEditors;
import org.counterpart.ui.WorkspaceEditingSession;
import org.counterpart.ui.internal.StoreWorkspaceStorage;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.statushandlers.StatusManager;

/**
 * The conflicts that merges recorded in the workspace store: for each, the object, the kind, the feature, and both
 * sides side by side with the device and time of each. The actions resolve a selection as one undoable edit
 * ({@link ResolveConflictsCommand}): keep the merged side, take the other side (for a dropped reference: restore
 * it), or enter a value for a single value conflict. "Show Resolved" lists the resolved ones too, with who resolved
 * them and when. The list follows edits, undo and redo, saves, imports and reverts.
 */
public class ConflictsView extends ViewPart {

	public static final String ID = CounterpartPerspectives.CONFLICTS_VIEW;

	private static final String BUNDLE = "org.counterpart.ui"; //$NON-NLS-1$

	private WorkspaceEditingSession session;
	private TableViewer viewer;
	private TableColumnLayout columns;
	private Label summary;
	private List<ConflictRow> rows = List.of();
	private boolean showResolved;
	private final List<SelectionAction> selectionActions = new ArrayList<>();
	private Action keepMerged;
	private Action takeOther;
	private Action enterValue;
	private Action restore;
	private Action open;
	private Action showResolvedAction;
	private final CommandStackListener stackListener = event -> refreshLater();
	private final Runnable sessionListener = this::refreshLater;

	@Override
	public void createPartControl(Composite parent) {
		Composite area = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout();
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		area.setLayout(layout);
		summary = new Label(area, SWT.NONE);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Composite tableArea = new Composite(area, SWT.NONE);
		tableArea.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		columns = new TableColumnLayout();
		tableArea.setLayout(columns);
		viewer = new TableViewer(tableArea, SWT.MULTI | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		column(Messages.Conflicts_object, 16, ConflictRow::object);
		column(Messages.Conflicts_kind, 7, ConflictRow::kind);
		column(Messages.Conflicts_feature, 8, ConflictRow::feature);
		column(Messages.Conflicts_merged, 11, ConflictRow::merged);
		column(Messages.Conflicts_mergedBy, 16, ConflictRow::mergedBy);
		column(Messages.Conflicts_other, 11, ConflictRow::other);
		column(Messages.Conflicts_otherBy, 16, ConflictRow::otherBy);
		column(Messages.Conflicts_resolution, 15, ConflictRow::resolution);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.addOpenListener(event -> openSelected());
		viewer.addSelectionChangedListener(event -> updateActions());
		getSite().setSelectionProvider(viewer);

		makeActions();
		MenuManager menu = new MenuManager();
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(this::fillContextMenu);
		table.setMenu(menu.createContextMenu(table));
		// other bundles add to it: the diagram editor's Open Diagram shows the object in its place
		getSite().registerContextMenu(ID + ".context", menu, viewer); //$NON-NLS-1$
		IToolBarManager toolBar = getViewSite().getActionBars().getToolBarManager();
		toolBar.add(keepMerged);
		toolBar.add(takeOther);
		toolBar.add(enterValue);
		toolBar.add(restore);
		toolBar.add(new Separator());
		toolBar.add(showResolvedAction);
		IMenuManager viewMenu = getViewSite().getActionBars().getMenuManager();
		viewMenu.add(showResolvedAction);

		session = WorkspaceEditingSession.getDefault();
		session.getEditingDomain().getCommandStack().addCommandStackListener(stackListener);
		session.addDirtyListener(sessionListener);
		session.addRevertListener(sessionListener);
		session.addLockListener(sessionListener);
		session.whenLoaded(status -> refreshLater());
		if (!session.isLocked()) {
			session.load();
		}
		refresh();
	}

	private void column(String title, int weight, Function<ConflictRow, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		columns.setColumnData(column.getColumn(), new ColumnWeightData(weight, 60));
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((ConflictRow) element);
			}
		});
	}

	/** An action on the selected open conflicts, enabled when every one of them qualifies. */
	private abstract class SelectionAction extends Action {
		private final Predicate<List<ConflictRow>> applies;

		SelectionAction(String text, String tip, int style, Predicate<List<ConflictRow>> applies) {
			super(text, style);
			setToolTipText(tip);
			this.applies = applies;
			selectionActions.add(this);
		}

		void update(List<ConflictRow> selected) {
			setEnabled(!selected.isEmpty() && applies.test(selected));
		}
	}

	private void makeActions() {
		keepMerged = new SelectionAction(Messages.Conflicts_keepMerged, Messages.Conflicts_keepMergedTip, IAction.AS_PUSH_BUTTON,
				all(ConflictRow::isOpen)) {
			@Override
			public void run() {
				resolve(selectedOpen(), Resolution.keepMerged());
			}
		};
		takeOther = new SelectionAction(Messages.Conflicts_takeOther, Messages.Conflicts_takeOtherTip, IAction.AS_PUSH_BUTTON,
				all(row -> row.isOpen() && row.conflict().kind() != Conflict.Kind.DELETE_EDIT)) {
			@Override
			public void run() {
				resolve(selectedOpen(), Resolution.otherSide());
			}
		};
		enterValue = new SelectionAction(Messages.Conflicts_enterValue, Messages.Conflicts_enterValueTip, IAction.AS_PUSH_BUTTON,
				selected -> selected.size() == 1 && selected.get(0).isOpen() && attributeOf(selected.get(0)) != null) {
			@Override
			public void run() {
				enterValue(selectedOpen().get(0));
			}
		};
		restore = new SelectionAction(Messages.Conflicts_restore, Messages.Conflicts_restoreTip, IAction.AS_PUSH_BUTTON,
				all(row -> row.isOpen() && row.conflict().kind() == Conflict.Kind.DROPPED_REFERENCE)) {
			@Override
			public void run() {
				resolve(selectedOpen(), Resolution.otherSide());
			}
		};
		open = new SelectionAction(Messages.Conflicts_open, null, IAction.AS_PUSH_BUTTON,
				selected -> selected.size() == 1 && selected.get(0).subject() != null) {
			@Override
			public void run() {
				openSelected();
			}
		};
		showResolvedAction = new Action(Messages.Conflicts_showResolved, IAction.AS_CHECK_BOX) {
			@Override
			public void run() {
				setShowResolved(isChecked());
			}
		};
		showResolvedAction.setToolTipText(Messages.Conflicts_showResolvedTip);
		updateActions();
	}

	private static Predicate<List<ConflictRow>> all(Predicate<ConflictRow> each) {
		return selected -> selected.stream().allMatch(each);
	}

	private void fillContextMenu(IMenuManager menu) {
		menu.add(keepMerged);
		menu.add(takeOther);
		menu.add(enterValue);
		menu.add(restore);
		menu.add(new Separator());
		menu.add(open);
		menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
	}

	private void updateActions() {
		List<ConflictRow> selected = selectedRows();
		selectionActions.forEach(action -> action.update(selected));
	}

	private List<ConflictRow> selectedRows() {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return List.of();
		}
		List<ConflictRow> selected = new ArrayList<>();
		for (Object o : ((IStructuredSelection) viewer.getSelection()).toList()) {
			selected.add((ConflictRow) o);
		}
		return selected;
	}

	private List<Conflict> selectedOpen() {
		return selectedRows().stream().filter(ConflictRow::isOpen).map(ConflictRow::conflict).toList();
	}

	/** Shows the resolved conflicts too, or only the open ones. */
	public void setShowResolved(boolean show) {
		showResolved = show;
		showResolvedAction.setChecked(show);
		refresh();
	}

	/** Resolves {@code conflicts} as one edit on the command stack; tells the user why if it cannot be done. */
	void resolve(List<Conflict> conflicts, Resolution resolution) {
		if (conflicts.isEmpty() || !(session.getStorage() instanceof StoreWorkspaceStorage storage) || session.getTheater() == null) {
			return;
		}
		ResolveConflictsCommand command = new ResolveConflictsCommand(storage, session.getEditingDomain().getResourceSet(),
				conflicts, resolution);
		CommandStack stack = session.getEditingDomain().getCommandStack();
		stack.execute(command);
		refresh();
		if (command.failure() != null) {
			StatusManager.getManager().handle(new Status(IStatus.ERROR, BUNDLE, command.failure().getMessage(), command.failure()),
					StatusManager.LOG);
			MessageDialog.openError(getSite().getShell(), Messages.Conflicts_failedTitle, command.failure().getMessage());
		}
	}

	private void enterValue(Conflict conflict) {
		ConflictRow row = rows.stream().filter(r -> r.conflict() == conflict).findFirst().orElse(null);
		EAttribute attribute = row == null ? null : attributeOf(row);
		if (attribute == null) {
			return;
		}
		Object current = row.subject().eGet(attribute);
		InputDialog dialog = new InputDialog(getSite().getShell(), Messages.Conflicts_valueTitle,
				NLS.bind(Messages.Conflicts_valueMessage, new Object[] { attribute.getName(), row.object(), row.merged(), row.other() }),
				current == null ? "" : EcoreUtil.convertToString(attribute.getEAttributeType(), current), //$NON-NLS-1$
				text -> {
					try {
						Resolution.parseValue(attribute, text);
						return null;
					} catch (StoreException e) {
						return e.getMessage();
					}
				});
		if (dialog.open() == Window.OK) {
			resolve(List.of(conflict), Resolution.value(dialog.getValue()));
		}
	}

	/** The attribute a value can be entered for: a value conflict's single-valued, changeable attribute. */
	static EAttribute attributeOf(ConflictRow row) {
		if (row.conflict().kind() != Conflict.Kind.VALUE || row.subject() == null || row.conflict().feature() == null) {
			return null;
		}
		EStructuralFeature feature = row.subject().eClass().getEStructuralFeature(row.conflict().feature());
		return feature instanceof EAttribute attribute && !attribute.isMany() && attribute.isChangeable() ? attribute : null;
	}

	private void openSelected() {
		List<ConflictRow> selected = selectedRows();
		if (selected.size() != 1 || selected.get(0).subject() == null) {
			return;
		}
		EObject subject = selected.get(0).subject();
		try {
			ObjectEditors.open(getSite().getPage(), subject);
		} catch (PartInitException e) {
			StatusManager.getManager().handle(e.getStatus(), StatusManager.SHOW | StatusManager.LOG);
		}
	}

	private void refreshLater() {
		if (summary == null || summary.isDisposed()) {
			return;
		}
		summary.getDisplay().asyncExec(() -> {
			if (!summary.isDisposed()) {
				refresh();
			}
		});
	}

	/** Reads the conflicts again from the store, keeping the selected ones selected while they are listed. */
	public void refresh() {
		List<String> selectedKeys = selectedRows().stream().map(row -> row.conflict().key()).toList();
		String status;
		List<ConflictRow> fresh = new ArrayList<>();
		if (session.isLocked()) {
			status = Messages.Conflicts_locked;
		} else if (!(session.getStorage() instanceof StoreWorkspaceStorage storage) || !storage.isOpen()) {
			status = Messages.Conflicts_noStore;
		} else {
			try {
				Resource workspace = session.getTheater() == null ? null : session.getTheater().eResource();
				List<Conflict> open = storage.read(store -> store.resource() == null ? List.of() : store.conflicts());
				List<ResolvedConflict> resolved = showResolved ? storage.read(store -> store.resolvedConflicts()) : List.of();
				Map<String, String> names = storage.read(store -> store.deviceNames());
				open.forEach(conflict -> fresh.add(ConflictRow.of(conflict, null, workspace, names)));
				resolved.forEach(done -> fresh.add(ConflictRow.of(done.conflict(), done, workspace, names)));
				status = showResolved ? NLS.bind(Messages.Conflicts_summary, open.size(), resolved.size())
						: NLS.bind(Messages.Conflicts_summaryOpen, open.size());
			} catch (IOException | StoreException e) {
				status = NLS.bind(Messages.Conflicts_readFailed, e.getMessage());
			}
		}
		rows = List.copyOf(fresh);
		viewer.setInput(rows);
		List<ConflictRow> reselect = rows.stream().filter(row -> selectedKeys.contains(row.conflict().key())).toList();
		viewer.setSelection(new StructuredSelection(reselect));
		summary.setText(status);
		updateActions();
	}

	/** The rows shown, in order, for tests. */
	public List<String[]> getRowTexts() {
		return rows.stream().map(row -> new String[] { row.object(), row.kind(), row.feature(), row.merged(), row.mergedBy(),
				row.other(), row.otherBy(), row.resolution() }).toList();
	}

	public TableViewer getViewer() {
		return viewer;
	}

	public String getSummary() {
		return summary.getText();
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		if (session != null) {
			session.getEditingDomain().getCommandStack().removeCommandStackListener(stackListener);
			session.removeDirtyListener(sessionListener);
			session.removeRevertListener(sessionListener);
			session.removeLockListener(sessionListener);
		}
		super.dispose();
	}
}
