package org.counterpart.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.counterpart.model.Classification;
import org.counterpart.model.Contact;
import org.counterpart.model.Identified;
import org.counterpart.model.PartnerInstitution;
import org.counterpart.model.Theater;
import org.counterpart.ui.WorkspaceEditingSession;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ICellModifier;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerEditor;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Item;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;

/**
 * What makes the explorer edit: New per category, Delete with a confirmation that names what else goes, rename in
 * place (F2), Copy of labels, drag and drop that links, and the view menu's filters and sort. Every change is a
 * labelled command on the workspace's one command stack.
 */
public final class ExplorerEditing {

	/** The id of the explorer's context menu, for contributions. */
	public static final String CONTEXT_MENU_ID = "org.counterpart.ui.views.explorer.context"; //$NON-NLS-1$

	private static final String NAME_PROPERTY = "name"; //$NON-NLS-1$

	private final TreeViewer viewer;
	private final IViewSite site;
	private final Supplier<WorkspaceEditingSession> session;
	private final ExplorerFilter filter = new ExplorerFilter();
	private ExplorerDropAdapter dropAdapter;
	private Action deleteAction;
	private Action renameAction;
	private Action copyAction;
	private Menu contextMenu;
	private TextCellEditor renameEditor;

	public ExplorerEditing(TreeViewer viewer, IViewSite site, Supplier<WorkspaceEditingSession> session) {
		this.viewer = viewer;
		this.site = site;
		this.session = session;
	}

	/** Adds the actions, menus, cell editor and drag and drop to the explorer. */
	public void install() {
		makeActions();
		IActionBars bars = site.getActionBars();
		bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), deleteAction);
		bars.setGlobalActionHandler(ActionFactory.RENAME.getId(), renameAction);
		bars.setGlobalActionHandler(ActionFactory.COPY.getId(), copyAction);
		fillViewMenu(bars.getMenuManager());
		bars.updateActionBars();

		MenuManager menu = new MenuManager(null, CONTEXT_MENU_ID);
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(this::fillContextMenu);
		contextMenu = menu.createContextMenu(viewer.getControl());
		viewer.getControl().setMenu(contextMenu);
		site.registerContextMenu(CONTEXT_MENU_ID, menu, viewer);

		viewer.addSelectionChangedListener(event -> updateActions());
		installRenameEditor();
		installDragAndDrop();
		viewer.addFilter(filter);
		updateActions();
	}

	private void makeActions() {
		ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
		deleteAction = new Action(Messages.Explorer_deleteAction) {
			@Override
			public void run() {
				// while the name field is open, Del edits the name, as in any text field
				if (viewer.isCellEditorActive() && renameEditor != null) {
					renameEditor.performDelete();
				} else {
					deleteSelection();
				}
			}
		};
		deleteAction.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_DELETE));
		deleteAction.setActionDefinitionId("org.eclipse.ui.edit.delete"); //$NON-NLS-1$
		renameAction = new Action(Messages.Explorer_renameAction) {
			@Override
			public void run() {
				renameSelection();
			}
		};
		renameAction.setActionDefinitionId("org.eclipse.ui.edit.rename"); //$NON-NLS-1$
		copyAction = new Action(Messages.Explorer_copyAction) {
			@Override
			public void run() {
				if (viewer.isCellEditorActive() && renameEditor != null) {
					renameEditor.performCopy();
				} else {
					copySelection();
				}
			}
		};
		copyAction.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_COPY));
		copyAction.setActionDefinitionId("org.eclipse.ui.edit.copy"); //$NON-NLS-1$
	}

	private void updateActions() {
		IStructuredSelection selection = viewer.getStructuredSelection();
		boolean objects = !selection.isEmpty() && selection.toList().stream().allMatch(Identified.class::isInstance);
		deleteAction.setEnabled(objects && session.get() != null && session.get().getTheater() != null);
		renameAction.setEnabled(selection.size() == 1 && ExplorerEdits.canRename(selection.getFirstElement()));
		copyAction.setEnabled(!selection.isEmpty());
	}

	// -------------------------------------------------------------------------------------------------- menus

	private void fillContextMenu(IMenuManager menu) {
		MenuManager newMenu = new MenuManager(Messages.Explorer_newMenu, "new"); //$NON-NLS-1$
		for (ExplorerCategory.Kind kind : ExplorerCategory.Kind.values()) {
			newMenu.add(newAction(kind));
		}
		menu.add(newMenu);
		menu.add(new Separator("edit")); //$NON-NLS-1$
		menu.add(renameAction);
		menu.add(copyAction);
		menu.add(deleteAction);
		menu.add(new Separator(org.eclipse.ui.IWorkbenchActionConstants.MB_ADDITIONS));
	}

	/** Creates a new object of {@code kind}, as File &gt; New and the context menu do. */
	public IAction newAction(ExplorerCategory.Kind kind) {
		Action action = new Action(ExplorerEdits.singular(kind)) {
			@Override
			public void run() {
				createNew(kind);
			}
		};
		action.setEnabled(session.get() != null && session.get().getTheater() != null);
		return action;
	}

	private void fillViewMenu(IMenuManager menu) {
		MenuManager filters = new MenuManager(Messages.Explorer_filtersMenu, "filters"); //$NON-NLS-1$
		filters.add(toggle(Messages.Explorer_filterMyDrafts, filter::isMyDrafts, filter::setMyDrafts));
		filters.add(toggle(Messages.Explorer_filterUngraded, filter::isUngraded, filter::setUngraded));
		MenuManager markings = new MenuManager(Messages.Explorer_filterMarking, "marking"); //$NON-NLS-1$
		markings.add(markingAction(Messages.Explorer_filterAnyMarking, null));
		for (Classification classification : Classification.values()) {
			markings.add(markingAction(classification.getLiteral(), classification));
		}
		filters.add(markings);
		filters.add(new Action(Messages.Explorer_filterDateRange) {
			@Override
			public void run() {
				DateRangeDialog dialog = new DateRangeDialog(viewer.getControl().getShell(), filter.getFrom(), filter.getTo());
				if (dialog.open() == Window.OK) {
					filter.setDateRange(dialog.getFrom(), dialog.getTo());
					viewer.refresh();
				}
			}
		});
		filters.add(new Separator());
		filters.add(new Action(Messages.Explorer_filterClear) {
			@Override
			public void run() {
				filter.clear();
				viewer.refresh();
			}
		});
		menu.add(filters);
		MenuManager sort = new MenuManager(Messages.Explorer_sortMenu, "sort"); //$NON-NLS-1$
		sort.add(sortAction(Messages.Explorer_sortNone, null));
		sort.add(sortAction(Messages.Explorer_sortByName, ExplorerSorter.Order.NAME));
		sort.add(sortAction(Messages.Explorer_sortByDate, ExplorerSorter.Order.DATE));
		menu.add(sort);
	}

	private IAction toggle(String text, Supplier<Boolean> on, java.util.function.Consumer<Boolean> set) {
		return new Action(text, IAction.AS_CHECK_BOX) {
			@Override
			public boolean isChecked() {
				return on.get();
			}

			@Override
			public void run() {
				set.accept(!on.get());
				setChecked(on.get());
				viewer.refresh();
			}
		};
	}

	private IAction markingAction(String text, Classification classification) {
		return new Action(text, IAction.AS_RADIO_BUTTON) {
			@Override
			public boolean isChecked() {
				return filter.getMarking() == classification;
			}

			@Override
			public void run() {
				filter.setMarking(classification);
				viewer.refresh();
			}
		};
	}

	private IAction sortAction(String text, ExplorerSorter.Order order) {
		Action action = new Action(text, IAction.AS_RADIO_BUTTON) {
			@Override
			public void run() {
				if (isChecked()) {
					setOrder(order);
				}
			}
		};
		action.setChecked(order == null);
		return action;
	}

	// ------------------------------------------------------------------------------------------------ editing

	/** Adds a new object of {@code kind}, selects it and, where it has a name, lets the user type it. */
	public void createNew(ExplorerCategory.Kind kind) {
		WorkspaceEditingSession workspace = session.get();
		Theater theater = workspace == null ? null : workspace.getTheater();
		if (theater == null) {
			return;
		}
		Identified created = ExplorerEdits.newObject(kind, theater);
		workspace.getEditingDomain().getCommandStack().execute(ExplorerEdits.add(workspace.getEditingDomain(), theater, kind, created));
		viewer.refresh();
		viewer.setSelection(new StructuredSelection(created), true);
		viewer.getControl().setFocus();
		if (ExplorerEdits.canRename(created)) {
			viewer.editElement(created, 0);
		}
	}

	/** Asks, naming what else goes, and deletes the selected objects. */
	public void deleteSelection() {
		WorkspaceEditingSession workspace = session.get();
		Theater theater = workspace == null ? null : workspace.getTheater();
		if (theater == null) {
			return;
		}
		ExplorerEdits.DeletePlan plan = ExplorerEdits.planDelete(viewer.getStructuredSelection().toList(), theater);
		if (plan.selected().isEmpty()) {
			return;
		}
		MessageDialog confirm = new MessageDialog(viewer.getControl().getShell(), Messages.Explorer_deleteTitle, null,
				plan.question(), MessageDialog.QUESTION, 0, Messages.Explorer_deleteButton, IDialogConstants.CANCEL_LABEL);
		if (confirm.open() != 0) {
			return;
		}
		workspace.getEditingDomain().getCommandStack().execute(ExplorerEdits.delete(workspace.getEditingDomain(), plan));
	}

	/** Opens the name field on the selected object (F2); Enter renames, Escape leaves it as it was. */
	public void renameSelection() {
		Object element = viewer.getStructuredSelection().getFirstElement();
		if (ExplorerEdits.canRename(element)) {
			viewer.editElement(element, 0);
		}
	}

	/** Puts the labels of the selected elements on the clipboard, one a line. */
	public void copySelection() {
		ILabelProvider labels = (ILabelProvider) viewer.getLabelProvider();
		List<String> lines = new ArrayList<>();
		for (Object element : viewer.getStructuredSelection().toList()) {
			lines.add(labels.getText(element));
		}
		if (lines.isEmpty()) {
			return;
		}
		Clipboard clipboard = new Clipboard(viewer.getControl().getDisplay());
		try {
			clipboard.setContents(new Object[] { String.join(System.lineSeparator(), lines) },
					new Transfer[] { TextTransfer.getInstance() });
		} finally {
			clipboard.dispose();
		}
	}

	private void installRenameEditor() {
		renameEditor = new TextCellEditor(viewer.getTree());
		viewer.setColumnProperties(new String[] { NAME_PROPERTY });
		viewer.setCellEditors(new CellEditor[] { renameEditor });
		viewer.setCellModifier(new ICellModifier() {
			@Override
			public boolean canModify(Object element, String property) {
				return ExplorerEdits.canRename(element);
			}

			@Override
			public Object getValue(Object element, String property) {
				return ExplorerEdits.name(element);
			}

			@Override
			public void modify(Object item, String property, Object value) {
				Object element = item instanceof Item treeItem ? treeItem.getData() : item;
				WorkspaceEditingSession workspace = session.get();
				if (workspace == null || !(element instanceof EObject object)) {
					return;
				}
				Command rename = ExplorerEdits.rename(workspace.getEditingDomain(), object, (String) value);
				if (rename != null) {
					workspace.getEditingDomain().getCommandStack().execute(rename);
				}
			}
		});
		// only F2 and New open the field: a click selects, a double click expands
		TreeViewerEditor.create(viewer, new ColumnViewerEditorActivationStrategy(viewer) {
			@Override
			protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent event) {
				return event.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC;
			}
		}, ColumnViewerEditor.KEYBOARD_ACTIVATION);
	}

	private void installDragAndDrop() {
		Transfer[] transfers = { LocalSelectionTransfer.getTransfer() };
		viewer.addDragSupport(DND.DROP_LINK | DND.DROP_MOVE, transfers, new DragSourceAdapter() {
			@Override
			public void dragStart(DragSourceEvent event) {
				IStructuredSelection selection = viewer.getStructuredSelection();
				event.doit = !selection.isEmpty()
						&& (selection.toList().stream().allMatch(Contact.class::isInstance)
								|| selection.toList().stream().allMatch(PartnerInstitution.class::isInstance));
				if (event.doit) {
					LocalSelectionTransfer.getTransfer().setSelection(selection);
				}
			}

			@Override
			public void dragSetData(DragSourceEvent event) {
				event.data = LocalSelectionTransfer.getTransfer().getSelection();
			}

			@Override
			public void dragFinished(DragSourceEvent event) {
				LocalSelectionTransfer.getTransfer().setSelection(null);
			}
		});
		dropAdapter = new ExplorerDropAdapter(viewer,
				() -> session.get() == null ? null : session.get().getEditingDomain());
		viewer.addDropSupport(DND.DROP_LINK | DND.DROP_MOVE | DND.DROP_DEFAULT, transfers, dropAdapter);
	}

	/** Sorts by {@code order}; null: the workspace's own order. */
	public void setOrder(ExplorerSorter.Order order) {
		viewer.setComparator(order == null ? null : new ExplorerSorter(order));
	}

	public ExplorerFilter getFilter() {
		return filter;
	}

	public ExplorerDropAdapter getDropAdapter() {
		return dropAdapter;
	}

	public IAction getDeleteAction() {
		return deleteAction;
	}

	public IAction getRenameAction() {
		return renameAction;
	}

	/** The context menu (for tests and screenshots). */
	public Menu getContextMenu() {
		return contextMenu;
	}

	/** Whether the rename field is open. */
	public boolean isRenaming() {
		return viewer.isCellEditorActive();
	}
}
