package org.counterpart.exercise.ui.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.counterpart.exercise.DeliveryKind;
import org.counterpart.exercise.ExerciseTime;
import org.counterpart.exercise.Inject;
import org.counterpart.exercise.MselCsv;
import org.counterpart.exercise.ScenarioException;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;

/**
 * Edits a master scenario events list (a CSV file, see {@link MselCsv}) as a table: one row per inject, and Export
 * Scenario Package... to sign it, with the scenario's objectives and answer key, for the class.
 */
public class MselEditor extends CsvTableEditor<Inject> {

	public static final String ID = "org.counterpart.exercise.ui.editors.msel"; //$NON-NLS-1$

	private Button exportPackage;
	private ExportScenarioDialog exportDialog;

	@Override
	protected boolean accepts(IEditorInput input) {
		return input instanceof MselEditorInput;
	}

	@Override
	protected List<Inject> read(Path from) throws IOException, ScenarioException {
		try (Reader in = Files.newBufferedReader(from, StandardCharsets.UTF_8)) {
			return MselCsv.read(in);
		}
	}

	@Override
	protected void write(List<Inject> list, Writer out) throws IOException {
		MselCsv.write(list, out);
	}

	@Override
	protected String addLabel() {
		return Messages.Msel_add;
	}

	@Override
	protected List<MselColumn> columns() {
		return List.of(MselColumn.values());
	}

	/** An inject after the last, numbered and timed after it. */
	@Override
	protected Inject newRow(List<Inject> existing) {
		int number = existing.stream().mapToInt(Inject::number).max().orElse(0) + 1;
		ExerciseTime time = existing.stream().map(Inject::time).max(ExerciseTime::compareTo).orElse(ExerciseTime.of(1, 8, 0));
		return new Inject(number, time, DeliveryKind.MESSAGE, Messages.Msel_newTitle, "", List.of(), List.of(), "", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	@Override
	protected int addButtons(Composite parent) {
		exportPackage = button(parent, Messages.Msel_exportPackage, this::exportPackage);
		return 1;
	}

	/** Asks where and as which trainer, and writes the list as a signed scenario package. */
	void exportPackage() {
		exportDialog = new ExportScenarioDialog(getSite().getShell(), injects());
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

	/** Adds an inject after the last, numbered and timed after it. */
	void addInject() {
		addRow();
	}

	/** The injects as the editor holds them now. */
	List<Inject> injects() {
		return rows();
	}
}
