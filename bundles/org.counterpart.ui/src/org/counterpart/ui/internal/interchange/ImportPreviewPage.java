package org.counterpart.ui.internal.interchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.counterpart.interchange.ColumnMapping;
import org.counterpart.interchange.CsvKind;
import org.counterpart.interchange.Duplicate;
import org.counterpart.interchange.ImportPlan;
import org.counterpart.interchange.InterchangeException;
import org.counterpart.interchange.InterchangeImport;
import org.counterpart.interchange.RowProblem;
import org.counterpart.model.Identified;
import org.counterpart.model.util.ObjectLabels;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * The import wizard's second page: for CSV, which column fills which field; for every format, the dry run of the
 * import (each row it would add, leave out as a duplicate, or cannot take, with its line), redone whenever a column
 * changes. Finish is possible only when every row can be taken and something is new.
 */
final class ImportPreviewPage extends WizardPage {

	private final ImportSourcePage source;
	private final PlanReader reader;
	private Composite body;
	private Group columns;
	private final Map<String, Combo> columnChoices = new LinkedHashMap<>();
	private Label summary;
	private Table rows;
	private ImportPlan plan;
	/** The file and choice the page was built for, so that coming back from the first page rebuilds it. */
	private String shownFor;

	/** Reads the chosen file into a plan for the open workspace. */
	interface PlanReader {
		ImportPlan read(ImportChoice choice, ColumnMapping mapping, byte[] bytes, String source) throws InterchangeException;
	}

	ImportPreviewPage(ImportSourcePage source, PlanReader reader) {
		super("preview"); //$NON-NLS-1$
		this.source = source;
		this.reader = reader;
		setTitle(Messages.Import_previewTitle);
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		body = new Composite(parent, SWT.NONE);
		body.setLayout(new GridLayout(1, false));
		columns = new Group(body, SWT.NONE);
		columns.setText(Messages.Import_columnsGroup);
		columns.setLayout(new GridLayout(4, false));
		columns.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		Group dryRun = new Group(body, SWT.NONE);
		dryRun.setText(Messages.Import_dryRunGroup);
		dryRun.setLayout(new GridLayout(1, false));
		dryRun.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		summary = new Label(dryRun, SWT.WRAP);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		rows = new Table(dryRun, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		rows.setHeaderVisible(true);
		rows.setLinesVisible(true);
		GridData rowsData = new GridData(SWT.FILL, SWT.FILL, true, true);
		rowsData.heightHint = 180;
		rowsData.widthHint = 640;
		rows.setLayoutData(rowsData);
		column(Messages.Import_lineColumn, 50);
		column(Messages.Import_outcomeColumn, 150);
		column(Messages.Import_whatColumn, 420);
		setControl(body);
	}

	private void column(String text, int width) {
		TableColumn column = new TableColumn(rows, SWT.LEFT);
		column.setText(text);
		column.setWidth(width);
	}

	@Override
	public void setVisible(boolean visible) {
		if (visible) {
			String wanted = source.choice() + "|" + source.file(); //$NON-NLS-1$
			if (!wanted.equals(shownFor)) {
				shownFor = wanted;
				buildColumns();
			}
			dryRun();
		}
		super.setVisible(visible);
	}

	/** One combo per field of the CSV kind, offering the file's columns; the column of the field's name preselected. */
	private void buildColumns() {
		for (Control child : columns.getChildren()) {
			child.dispose();
		}
		columnChoices.clear();
		ImportChoice choice = source.choice();
		setMessage(choice.isCsv() ? Messages.Import_previewMessageCsv : Messages.Import_previewMessage);
		((GridData) columns.getLayoutData()).exclude = !choice.isCsv();
		columns.setVisible(choice.isCsv());
		if (choice.isCsv()) {
			List<String> header;
			try {
				header = InterchangeImport.csvHeader(bytes());
			} catch (InterchangeException | IOException e) {
				header = List.of();
			}
			CsvKind kind = choice.kind;
			for (String field : kind.fields()) {
				Label label = new Label(columns, SWT.NONE);
				label.setText(kind.required().contains(field) ? NLS.bind(Messages.Import_required, field) : field);
				Combo combo = new Combo(columns, SWT.READ_ONLY | SWT.DROP_DOWN);
				combo.add(Messages.Import_noColumn);
				int selected = 0;
				for (int i = 0; i < header.size(); i++) {
					combo.add(header.get(i));
					if (selected == 0 && header.get(i).trim().toLowerCase(Locale.ROOT).equals(field.toLowerCase(Locale.ROOT))) {
						selected = i + 1;
					}
				}
				combo.select(selected);
				combo.setData(field);
				combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
				combo.addListener(SWT.Selection, event -> dryRun());
				columnChoices.put(field, combo);
			}
		}
		body.layout(true, true);
		growShellToFit();
	}

	/**
	 * The dialog was sized before the columns existed: let it grow taller (as wide as it is) so that the dry run's
	 * rows stay visible.
	 */
	private void growShellToFit() {
		Shell shell = getShell();
		Point current = shell.getSize();
		Point needed = shell.computeSize(current.x, SWT.DEFAULT, true);
		if (needed.y > current.y) {
			shell.setSize(current.x, needed.y);
		}
	}

	/** The mapping the combos show: each field to its chosen column, or to nothing. */
	ColumnMapping mapping() {
		Map<String, String> chosen = new LinkedHashMap<>();
		columnChoices.forEach((field, combo) -> chosen.put(field, combo.getSelectionIndex() <= 0 ? "" : combo.getText())); //$NON-NLS-1$
		return ColumnMapping.of(chosen);
	}

	private byte[] bytes() throws IOException {
		Path file = source.file();
		return Files.readAllBytes(file);
	}

	/** Reads the file again with the current columns and shows what an import would do. */
	void dryRun() {
		rows.removeAll();
		plan = null;
		try {
			plan = reader.read(source.choice(), mapping(), bytes(), String.valueOf(source.file().getFileName()));
		} catch (InterchangeException e) {
			setErrorMessage(e.getMessage());
			summary.setText(""); //$NON-NLS-1$
			setPageComplete(false);
			return;
		} catch (IOException e) {
			setErrorMessage(NLS.bind(Messages.Import_fileMissing, source.file()));
			setPageComplete(false);
			return;
		}
		for (RowProblem problem : plan.problems()) {
			row(problem.line(), Messages.Import_cannotTake, problem.message(), SWT.COLOR_DARK_RED);
		}
		for (Duplicate duplicate : plan.duplicates()) {
			row(duplicate.line(), Messages.Import_duplicate, duplicate.description() + " (" + duplicate.reason() + ")", //$NON-NLS-1$ //$NON-NLS-2$
					SWT.COLOR_DARK_YELLOW);
		}
		for (Identified object : plan.objects()) {
			row(0, Messages.Import_willAdd, ObjectLabels.labelOf(object), SWT.COLOR_DARK_GREEN);
		}
		summary.setText(plan.summary());
		if (!plan.canImport()) {
			setErrorMessage(NLS.bind(Messages.Import_hasProblems, plan.problems().size()));
		} else if (plan.objects().isEmpty()) {
			setErrorMessage(Messages.Import_nothingToAdd);
		} else {
			setErrorMessage(null);
		}
		summary.getParent().layout(true);
		setPageComplete(plan.canImport() && !plan.objects().isEmpty());
	}

	private void row(int line, String outcome, String what, int color) {
		TableItem item = new TableItem(rows, SWT.NONE);
		item.setText(new String[] { line > 0 ? Integer.toString(line) : "", outcome, what }); //$NON-NLS-1$
		item.setForeground(1, rows.getDisplay().getSystemColor(color));
	}

	/** The plan of the last dry run, or null if the file could not be read. */
	ImportPlan plan() {
		return plan;
	}

	/** The rows of the dry run as shown: line, outcome, what. */
	Table rows() {
		return rows;
	}
}
