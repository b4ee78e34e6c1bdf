package org.counterpart.ui.internal;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.counterpart.model.FieldObservation;
import org.counterpart.model.PartnerInstitution;
import org.counterpart.model.util.ObjectLabels;
import org.counterpart.model.validation.LiveValidation;
import org.counterpart.ui.ObjectEditors;
import org.counterpart.ui.WorkspaceEditingSession;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ColumnLayoutData;
import org.eclipse.jface.viewers.ColumnPixelData;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.statushandlers.StatusManager;

/**
 * The problems of the workspace as the validator finds them, updated a moment after each edit: severity, message,
 * object and type, sortable by each column. Double-click or Enter shows the object; the context menu offers the
 * obvious fixes ({@link QuickFixes}) as undoable commands. The table is virtual, so thousands of problems cost only
 * the rows on screen.
 */
public class ProblemsView extends ViewPart {

	public static final String ID = "org.counterpart.ui.views.problems"; //$NON-NLS-1$

	/** A row: a problem and what the table shows of it. */
	public record Problem(Diagnostic diagnostic, EObject subject, String object, String type) {
		public int severity() {
			return diagnostic.getSeverity();
		}

		public String message() {
			return diagnostic.getMessage();
		}
	}

	private static final List<Comparator<Problem>> ORDERS = List.of(
			Comparator.comparingInt(Problem::severity).reversed(), Comparator.comparing(Problem::message),
			Comparator.comparing(Problem::object), Comparator.comparing(Problem::type));

	private WorkspaceEditingSession session;
	private WorkspaceProblems problems;
	private TableViewer viewer;
	private TableColumnLayout columns;
	private Label summary;
	private List<Problem> rows = List.of();
	private int sortColumn;
	private boolean descending;
	private final Runnable problemsListener = this::refreshLater;

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
		viewer = new TableViewer(tableArea, SWT.VIRTUAL | SWT.FULL_SELECTION | SWT.SINGLE | SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
		viewer.setUseHashlookup(true);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		column(0, Messages.Problems_severity, new ColumnPixelData(90), new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return ((Problem) element).severity() == Diagnostic.ERROR ? Messages.Problems_error : Messages.Problems_warning;
			}

			@Override
			public Image getImage(Object element) {
				return PlatformUI.getWorkbench().getSharedImages().getImage(((Problem) element).severity() == Diagnostic.ERROR
						? ISharedImages.IMG_OBJS_ERROR_TSK : ISharedImages.IMG_OBJS_WARN_TSK);
			}
		});
		column(1, Messages.Problems_message, new ColumnWeightData(60, 200), text(Problem::message));
		column(2, Messages.Problems_object, new ColumnWeightData(28, 100), text(Problem::object));
		column(3, Messages.Problems_type, new ColumnWeightData(12, 70), text(Problem::type));
		viewer.setContentProvider(new ILazyContentProvider() {
			@Override
			public void updateElement(int index) {
				if (index < rows.size()) {
					viewer.replace(rows.get(index), index);
				}
			}

			@Override
			public void inputChanged(Viewer changed, Object oldInput, Object newInput) {
				// rows are set by refresh()
			}
		});
		viewer.setInput(this);
		viewer.addOpenListener(event -> open(selected()));

		MenuManager menu = new MenuManager();
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(this::fillContextMenu);
		table.setMenu(menu.createContextMenu(table));

		session = WorkspaceEditingSession.getDefault();
		problems = WorkspaceProblems.of(session);
		problems.addListener(problemsListener);
		if (!session.isLocked()) {
			session.load();
		}
		refresh();
	}

	private void column(int index, String title, ColumnLayoutData width, ColumnLabelProvider labels) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		columns.setColumnData(column.getColumn(), width);
		column.setLabelProvider(labels);
		column.getColumn().addListener(SWT.Selection, event -> sortBy(index));
	}

	private static ColumnLabelProvider text(java.util.function.Function<Problem, String> text) {
		return new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Problem) element);
			}
		};
	}

	/** Sorts by column {@code index}; again by the same column reverses the order. */
	public void sortBy(int index) {
		descending = index == sortColumn ? !descending : false;
		sortColumn = index;
		Table table = viewer.getTable();
		table.setSortColumn(table.getColumn(index));
		table.setSortDirection(descending ? SWT.DOWN : SWT.UP);
		refresh();
	}

	private void fillContextMenu(IMenuManager menu) {
		Problem problem = selected();
		if (problem == null) {
			return;
		}
		MenuManager fixes = new MenuManager(Messages.Problems_quickFix);
		for (QuickFixes.QuickFix fix : QuickFixes.of(problem.diagnostic(), session.getEditingDomain())) {
			fixes.add(new Action(fix.label()) {
				@Override
				public void run() {
					Command command = fix.command().apply(getSite().getShell());
					if (command != null && command.canExecute()) {
						session.getEditingDomain().getCommandStack().execute(command);
					}
				}
			});
		}
		if (fixes.isEmpty()) {
			Action none = new Action(Messages.Problems_noQuickFix) {
			};
			none.setEnabled(false);
			fixes.add(none);
		}
		menu.add(fixes);
		menu.add(new Action(Messages.Problems_show) {
			@Override
			public void run() {
				open(problem);
			}
		});
	}

	/** The selected row; read from the table, since rows of a virtual table that never showed carry no element yet. */
	private Problem selected() {
		int index = viewer.getTable().getSelectionIndex();
		return index >= 0 && index < rows.size() ? rows.get(index) : null;
	}

	private void open(Problem problem) {
		if (problem == null || problem.subject() == null || problem.subject().eResource() == null) {
			return;
		}
		try {
			ObjectEditors.open(getSite().getPage(), problem.subject());
		} catch (PartInitException e) {
			StatusManager.getManager().handle(e.getStatus(), StatusManager.SHOW | StatusManager.LOG);
		}
	}

	private void refreshLater() {
		if (summary.isDisposed()) {
			return;
		}
		summary.getDisplay().asyncExec(() -> {
			if (!summary.isDisposed()) {
				refresh();
			}
		});
	}

	/** Reads the problems again and shows them in the current order, keeping the selected problem selected. */
	public void refresh() {
		Problem before = selected();
		List<Problem> fresh = new ArrayList<>();
		for (Diagnostic diagnostic : problems.problems()) {
			EObject subject = LiveValidation.subjectOf(diagnostic);
			fresh.add(new Problem(diagnostic, subject, ObjectLabels.labelOf(subject), typeName(subject)));
		}
		Comparator<Problem> order = ORDERS.get(sortColumn);
		if (descending) {
			order = order.reversed();
		}
		for (int i = 0; i < ORDERS.size(); i++) {
			if (i != sortColumn) {
				order = order.thenComparing(ORDERS.get(i));
			}
		}
		fresh.sort(order);
		rows = fresh;
		viewer.setItemCount(rows.size());
		viewer.refresh();
		if (before != null) {
			rows.stream().filter(row -> row.diagnostic() == before.diagnostic()).findFirst()
					.ifPresent(row -> viewer.getTable().setSelection(rows.indexOf(row)));
		}
		long errors = rows.stream().filter(row -> row.severity() == Diagnostic.ERROR).count();
		String counts = MessageFormat.format(Messages.Problems_summary, errors, rows.size() - errors);
		summary.setText(session.isLocked() ? Messages.Problems_locked
				: problems.isValidating() ? NLS.bind(Messages.Problems_validating, counts) : counts);
	}

	/** The rows in their current order, for tests. */
	public List<Problem> getRows() {
		return rows;
	}

	public TableViewer getViewer() {
		return viewer;
	}

	public String getSummary() {
		return summary.getText();
	}

	/** The user-facing name of an object's type, e.g. "Observation". */
	static String typeName(EObject object) {
		if (object == null) {
			return ""; //$NON-NLS-1$
		}
		if (object instanceof FieldObservation) {
			return Messages.Type_observation;
		}
		if (object instanceof PartnerInstitution) {
			return Messages.Type_institution;
		}
		String name = object.eClass().getName();
		StringBuilder words = new StringBuilder(name.length() + 4);
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			words.append(i > 0 && Character.isUpperCase(c) ? " " + Character.toLowerCase(c) : String.valueOf(c)); //$NON-NLS-1$
		}
		return words.toString();
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		if (problems != null) {
			problems.removeListener(problemsListener);
		}
		super.dispose();
	}
}
