package org.counterpart.exercise.ui.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import org.counterpart.exercise.ScenarioException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.FocusCellOwnerDrawHighlighter;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TableViewerFocusCellManager;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorPart;

/**
 * A trainer's CSV file edited as a table: one row per line, every cell editable from the keyboard (F2 or Enter to
 * edit, Tab to the next cell), rows added and removed, the whole imported from and exported to CSV, with undo of every
 * change until the editor closes. A cell given a value that does not read keeps its value and says why below the
 * table; so does a file that does not read or a table that cannot be saved as it is.
 *
 * @param <R> a row
 */
public abstract class CsvTableEditor<R> extends EditorPart {

	private Path file;
	private List<R> rows = List.of();
	private final Deque<List<R>> undo = new ArrayDeque<>();
	private final Deque<List<R>> redo = new ArrayDeque<>();
	private List<R> saved = List.of();
	private TableViewer viewer;
	private Label problem;
	private final Action undoAction = new Action() {
		@Override
		public void run() {
			undo();
		}
	};
	private final Action redoAction = new Action() {
		@Override
		public void run() {
			redo();
		}
	};

	/** The rows of the CSV file {@code from}. */
	protected abstract List<R> read(Path from) throws IOException, ScenarioException;

	/**
	 * Writes {@code list} as CSV.
	 *
	 * @throws ScenarioException with a message for the user if the rows do not make a valid file; nothing is written
	 */
	protected abstract void write(List<R> list, Writer out) throws IOException, ScenarioException;

	/** The table's columns, in order. */
	protected abstract List<? extends RowColumn<R>> columns();

	/** A new row to add after {@code existing}. */
	protected abstract R newRow(List<R> existing);

	/** Whether {@code input} is this editor's kind of file. */
	protected abstract boolean accepts(IEditorInput input);

	/** The rows a file that does not exist yet starts with (unsaved). */
	protected List<R> startingRows() {
		return List.of();
	}

	/** The label of the button that adds a row. */
	protected abstract String addLabel();

	/** Adds the editor's own buttons after Add, Remove, Import and Export, and says how many. */
	protected int addButtons(Composite parent) {
		return 0;
	}

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!accepts(input) || !(input instanceof CsvFileEditorInput csv)) {
			throw new PartInitException(Messages.bind(Messages.Table_wrongFile, input.getName(), getTitle()));
		}
		setSite(site);
		setInput(input);
		file = csv.file();
		try {
			saved = Files.exists(file) ? read(file) : List.of();
		} catch (IOException | ScenarioException e) {
			throw new PartInitException(Messages.bind(Messages.Table_readFailed, file, e.getMessage()), e);
		}
		rows = Files.exists(file) ? saved : startingRows();
		setPartName(input.getName());
		site.getActionBars().setGlobalActionHandler(ActionFactory.UNDO.getId(), undoAction);
		site.getActionBars().setGlobalActionHandler(ActionFactory.REDO.getId(), redoAction);
		updateUndoActions();
	}

	/** Writes {@code list} to {@code to} whole or not at all: a failed write leaves the old file as it was. */
	private void writeFile(List<R> list, Path to) throws IOException, ScenarioException {
		Path temporary = Files.createTempFile(to.toAbsolutePath().getParent(), ".table", ".csv"); //$NON-NLS-1$ //$NON-NLS-2$
		try {
			try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
				write(list, out);
			}
			try {
				Files.move(temporary, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temporary, to, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
		viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		for (RowColumn<R> column : columns()) {
			addColumn(column);
		}
		enableKeyboardEditing();
		button(parent, addLabel(), this::addRow);
		button(parent, Messages.Msel_remove, this::removeSelected);
		button(parent, Messages.Msel_import, () -> chooseFile(SWT.OPEN).ifPresent(this::importFrom));
		button(parent, Messages.Msel_export, () -> chooseFile(SWT.SAVE).ifPresent(this::exportTo));
		int buttons = 4 + addButtons(parent);
		problem = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(problem);
		((org.eclipse.swt.layout.GridLayout) parent.getLayout()).numColumns = buttons + 1;
		GridDataFactory.fillDefaults().grab(true, true).span(buttons + 1, 1).applyTo(viewer.getControl());
		viewer.setInput(rows);
	}

	private void addColumn(RowColumn<R> column) {
		TableViewerColumn viewerColumn = new TableViewerColumn(viewer, SWT.LEFT);
		viewerColumn.getColumn().setText(column.heading());
		viewerColumn.getColumn().setWidth(column.width());
		viewerColumn.setLabelProvider(new ColumnLabelProvider() {
			@Override
			@SuppressWarnings("unchecked")
			public String getText(Object element) {
				return column.text((R) element);
			}
		});
		viewerColumn.setEditingSupport(new EditingSupport(viewer) {
			private final TextCellEditor editor = new TextCellEditor(viewer.getTable());

			@Override
			protected CellEditor getCellEditor(Object element) {
				return editor;
			}

			@Override
			protected boolean canEdit(Object element) {
				return true;
			}

			@Override
			@SuppressWarnings("unchecked")
			protected Object getValue(Object element) {
				return column.text((R) element);
			}

			@Override
			@SuppressWarnings("unchecked")
			protected void setValue(Object element, Object value) {
				edit((R) element, column, (String) value);
			}
		});
	}

	/** F2, Enter and a double click edit the focused cell; Tab and Shift+Tab move to the next and previous one. */
	private void enableKeyboardEditing() {
		TableViewerFocusCellManager focus = new TableViewerFocusCellManager(viewer, new FocusCellOwnerDrawHighlighter(viewer));
		ColumnViewerEditorActivationStrategy activation = new ColumnViewerEditorActivationStrategy(viewer) {
			@Override
			protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent event) {
				return event.eventType == ColumnViewerEditorActivationEvent.TRAVERSAL
						|| event.eventType == ColumnViewerEditorActivationEvent.MOUSE_DOUBLE_CLICK_SELECTION
						|| event.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC
						|| event.eventType == ColumnViewerEditorActivationEvent.KEY_PRESSED
								&& (event.keyCode == SWT.F2 || event.keyCode == SWT.CR || event.keyCode == SWT.KEYPAD_CR);
			}
		};
		TableViewerEditor.create(viewer, focus, activation, ColumnViewerEditor.TABBING_HORIZONTAL
				| ColumnViewerEditor.TABBING_MOVE_TO_ROW_NEIGHBOR | ColumnViewerEditor.KEYBOARD_ACTIVATION);
	}

	protected Button button(Composite parent, String text, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.addListener(SWT.Selection, event -> action.run());
		return button;
	}

	private Optional<Path> chooseFile(int style) {
		FileDialog dialog = new FileDialog(getSite().getShell(), style);
		dialog.setFilterExtensions(new String[] { "*.csv" }); //$NON-NLS-1$
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		return chosen == null ? Optional.empty() : Optional.of(Path.of(chosen));
	}

	/** Sets {@code column} of {@code row} from {@code text}; a value that does not read changes nothing. */
	void edit(R row, RowColumn<R> column, String text) {
		int index = rows.indexOf(row);
		if (index < 0 || column.text(row).equals(text)) {
			return;
		}
		try {
			R changed = column.with(row, text);
			List<R> next = new ArrayList<>(rows);
			next.set(index, changed);
			change(next);
			viewer.setSelection(new StructuredSelection(changed));
		} catch (ScenarioException e) {
			report(e.getMessage());
		}
	}

	/** Adds a row after the last. */
	void addRow() {
		R added = newRow(rows);
		List<R> next = new ArrayList<>(rows);
		next.add(added);
		change(next);
		viewer.setSelection(new StructuredSelection(added), true);
	}

	/** Removes the selected rows. */
	void removeSelected() {
		List<?> selected = viewer.getStructuredSelection().toList();
		if (selected.isEmpty()) {
			return;
		}
		List<R> next = new ArrayList<>(rows);
		next.removeAll(selected);
		change(next);
	}

	/** Replaces the rows by those of the CSV file {@code from}; a file that does not read changes nothing. */
	void importFrom(Path from) {
		try {
			change(read(from));
		} catch (IOException | ScenarioException e) {
			report(Messages.bind(Messages.Msel_importFailed, from, e.getMessage()));
		}
	}

	/** Writes the rows, as they are now, to the CSV file {@code to}. */
	void exportTo(Path to) {
		try {
			writeFile(rows, to);
			report(""); //$NON-NLS-1$
		} catch (IOException | ScenarioException e) {
			report(Messages.bind(Messages.Msel_exportFailed, to, e.getMessage()));
		}
	}

	private void change(List<R> next) {
		undo.push(rows);
		redo.clear();
		show(List.copyOf(next));
	}

	void undo() {
		if (!undo.isEmpty()) {
			redo.push(rows);
			show(undo.pop());
		}
	}

	void redo() {
		if (!redo.isEmpty()) {
			undo.push(rows);
			show(redo.pop());
		}
	}

	private void show(List<R> next) {
		boolean wasDirty = isDirty();
		rows = next;
		report(""); //$NON-NLS-1$
		viewer.setInput(rows);
		updateUndoActions();
		if (wasDirty != isDirty()) {
			firePropertyChange(PROP_DIRTY);
		}
	}

	private void updateUndoActions() {
		undoAction.setEnabled(!undo.isEmpty());
		redoAction.setEnabled(!redo.isEmpty());
	}

	protected void report(String message) {
		if (problem != null && !problem.isDisposed()) {
			problem.setText(message);
			problem.getParent().layout(true);
		}
	}

	/** The rows as the editor holds them now. */
	protected List<R> rows() {
		return rows;
	}

	/** What the editor last said about a value or a file that did not read; empty if all is well. */
	String problem() {
		return problem.getText();
	}

	TableViewer viewer() {
		return viewer;
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		try {
			writeFile(rows, file);
			saved = rows;
			firePropertyChange(PROP_DIRTY);
		} catch (IOException | ScenarioException e) {
			report(Messages.bind(Messages.Msel_saveFailed, file, e.getMessage()));
			monitor.setCanceled(true);
		}
	}

	@Override
	public void doSaveAs() {
		chooseFile(SWT.SAVE).ifPresent(this::exportTo);
	}

	@Override
	public boolean isDirty() {
		return !rows.equals(saved);
	}

	@Override
	public boolean isSaveAsAllowed() {
		return true;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	/** The rows selected in the table. */
	IStructuredSelection selection() {
		return viewer.getStructuredSelection();
	}
}
