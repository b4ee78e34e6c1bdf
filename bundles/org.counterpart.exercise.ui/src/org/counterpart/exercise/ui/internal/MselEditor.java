package org.counterpart.exercise.ui.internal;

import java.io.IOException;
import java.io.Reader;
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

import org.counterpart.exercise.DeliveryKind;
import org.counterpart.exercise.ExerciseTime;
import org.counterpart.exercise.Inject;
import org.counterpart.exercise.MselCsv;
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
 * Edits a master scenario events list (a CSV file, see {@link MselCsv}) as a table: one row per inject, every cell
 * editable from the keyboard (F2 or Enter to edit, Tab to the next cell), injects added and removed, the list
 * imported from and exported to CSV, with undo of every change until the editor closes. A cell given a value that
 * does not read (a time that is no exercise time) keeps its value and says why below the table.
 */
public class MselEditor extends EditorPart {

	public static final String ID = "org.counterpart.exercise.ui.editors.msel"; //$NON-NLS-1$

	private Path file;
	private List<Inject> injects = List.of();
	private final Deque<List<Inject>> undo = new ArrayDeque<>();
	private final Deque<List<Inject>> redo = new ArrayDeque<>();
	private List<Inject> saved = List.of();
	private TableViewer viewer;
	private Label problem;
	private Button exportPackage;
	private ExportScenarioDialog exportDialog;
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

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof MselEditorInput msel)) {
			throw new PartInitException(Messages.bind(Messages.Msel_notAnMsel, input.getName()));
		}
		setSite(site);
		setInput(input);
		file = msel.file();
		try {
			saved = Files.exists(file) ? read(file) : List.of();
		} catch (IOException | ScenarioException e) {
			throw new PartInitException(Messages.bind(Messages.Msel_readFailed, file, e.getMessage()), e);
		}
		injects = saved;
		setPartName(input.getName());
		site.getActionBars().setGlobalActionHandler(ActionFactory.UNDO.getId(), undoAction);
		site.getActionBars().setGlobalActionHandler(ActionFactory.REDO.getId(), redoAction);
		updateUndoActions();
	}

	private static List<Inject> read(Path from) throws IOException, ScenarioException {
		try (Reader in = Files.newBufferedReader(from, StandardCharsets.UTF_8)) {
			return MselCsv.read(in);
		}
	}

	/** Writes {@code list} to {@code to} whole or not at all: a failed write leaves the old file as it was. */
	private static void write(List<Inject> list, Path to) throws IOException {
		Path temporary = Files.createTempFile(to.toAbsolutePath().getParent(), ".msel", ".csv"); //$NON-NLS-1$ //$NON-NLS-2$
		try {
			try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
				MselCsv.write(list, out);
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
		GridLayoutFactory.fillDefaults().margins(4, 4).numColumns(6).applyTo(parent);
		viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		for (MselColumn column : MselColumn.values()) {
			addColumn(column);
		}
		enableKeyboardEditing();
		GridDataFactory.fillDefaults().grab(true, true).span(6, 1).applyTo(viewer.getControl());
		button(parent, Messages.Msel_add, this::addInject);
		button(parent, Messages.Msel_remove, this::removeSelected);
		button(parent, Messages.Msel_import, () -> chooseFile(SWT.OPEN).ifPresent(this::importFrom));
		button(parent, Messages.Msel_export, () -> chooseFile(SWT.SAVE).ifPresent(this::exportTo));
		exportPackage = button(parent, Messages.Msel_exportPackage, this::exportPackage);
		problem = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(problem);
		viewer.setInput(injects);
	}

	private void addColumn(MselColumn column) {
		TableViewerColumn viewerColumn = new TableViewerColumn(viewer, SWT.LEFT);
		viewerColumn.getColumn().setText(column.heading());
		viewerColumn.getColumn().setWidth(column.width);
		viewerColumn.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return column.text((Inject) element);
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
			protected Object getValue(Object element) {
				return column.text((Inject) element);
			}

			@Override
			protected void setValue(Object element, Object value) {
				edit((Inject) element, column, (String) value);
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

	private Button button(Composite parent, String text, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.addListener(SWT.Selection, event -> action.run());
		return button;
	}

	private java.util.Optional<Path> chooseFile(int style) {
		FileDialog dialog = new FileDialog(getSite().getShell(), style);
		dialog.setFilterExtensions(new String[] { "*.csv" }); //$NON-NLS-1$
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		return chosen == null ? java.util.Optional.empty() : java.util.Optional.of(Path.of(chosen));
	}

	/** Asks where and as which trainer, and writes the list as a signed scenario package. */
	void exportPackage() {
		exportDialog = new ExportScenarioDialog(getSite().getShell(), injects);
		try {
			if (exportDialog.open() == org.eclipse.jface.window.Window.OK) {
				report(Messages.bind(Messages.Export_written, exportDialog.exported().title()));
			}
		} finally {
			exportDialog = null;
		}
	}

	/** The scenario package dialog while it is open, else null. */
	ExportScenarioDialog exportDialog() {
		return exportDialog;
	}

	Button exportPackageButton() {
		return exportPackage;
	}

	/** Sets {@code column} of {@code inject} from {@code text}; a value that does not read changes nothing. */
	void edit(Inject inject, MselColumn column, String text) {
		int index = injects.indexOf(inject);
		if (index < 0 || column.text(inject).equals(text)) {
			return;
		}
		try {
			Inject changed = column.with(inject, text);
			List<Inject> next = new ArrayList<>(injects);
			next.set(index, changed);
			change(next);
			viewer.setSelection(new StructuredSelection(changed));
		} catch (ScenarioException e) {
			report(e.getMessage());
		}
	}

	/** Adds an inject after the last, numbered and timed after it. */
	void addInject() {
		int number = injects.stream().mapToInt(Inject::number).max().orElse(0) + 1;
		ExerciseTime time = injects.stream().map(Inject::time).max(ExerciseTime::compareTo).orElse(ExerciseTime.of(1, 8, 0));
		Inject added = new Inject(number, time, DeliveryKind.MESSAGE, Messages.Msel_newTitle, "", List.of(), List.of(), //$NON-NLS-1$
				"", "");//$NON-NLS-1$ //$NON-NLS-2$
		List<Inject> next = new ArrayList<>(injects);
		next.add(added);
		change(next);
		viewer.setSelection(new StructuredSelection(added), true);
	}

	/** Removes the selected injects. */
	void removeSelected() {
		List<?> selected = viewer.getStructuredSelection().toList();
		if (selected.isEmpty()) {
			return;
		}
		List<Inject> next = new ArrayList<>(injects);
		next.removeAll(selected);
		change(next);
	}

	/** Replaces the list by the one in the CSV file {@code from}; a file that does not read changes nothing. */
	void importFrom(Path from) {
		try {
			change(read(from));
		} catch (IOException | ScenarioException e) {
			report(Messages.bind(Messages.Msel_importFailed, from, e.getMessage()));
		}
	}

	/** Writes the list, as it is now, to the CSV file {@code to}. */
	void exportTo(Path to) {
		try {
			write(injects, to);
			report(""); //$NON-NLS-1$
		} catch (IOException e) {
			report(Messages.bind(Messages.Msel_exportFailed, to, e.getMessage()));
		}
	}

	private void change(List<Inject> next) {
		undo.push(injects);
		redo.clear();
		show(List.copyOf(next));
	}

	void undo() {
		if (!undo.isEmpty()) {
			redo.push(injects);
			show(undo.pop());
		}
	}

	void redo() {
		if (!redo.isEmpty()) {
			undo.push(injects);
			show(redo.pop());
		}
	}

	private void show(List<Inject> next) {
		boolean wasDirty = isDirty();
		injects = next;
		report(""); //$NON-NLS-1$
		viewer.setInput(injects);
		updateUndoActions();
		if (wasDirty != isDirty()) {
			firePropertyChange(PROP_DIRTY);
		}
	}

	private void updateUndoActions() {
		undoAction.setEnabled(!undo.isEmpty());
		redoAction.setEnabled(!redo.isEmpty());
	}

	private void report(String message) {
		if (problem != null && !problem.isDisposed()) {
			problem.setText(message);
			problem.getParent().layout(true);
		}
	}

	/** The injects as the editor holds them now. */
	List<Inject> injects() {
		return injects;
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
			write(injects, file);
			saved = injects;
			firePropertyChange(PROP_DIRTY);
		} catch (IOException e) {
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
		return !injects.equals(saved);
	}

	@Override
	public boolean isSaveAsAllowed() {
		return true;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	/** The injects selected in the table. */
	IStructuredSelection selection() {
		return viewer.getStructuredSelection();
	}
}
