package org.counterpart.exercise.ui.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.counterpart.exercise.AnswerKeyCsv;
import org.counterpart.exercise.DemoScenario;
import org.counterpart.exercise.ScenarioException;
import org.eclipse.ui.IEditorInput;

/**
 * Edits a scenario's title, learning objectives and answer key (a CSV file, see {@link AnswerKeyCsv}) as a table: one
 * row per item. A new file starts from the shipped scenario's. A file that does not read as an answer key does not open, and a table that would not make one is
 * not saved: the editor names the line and why.
 */
public class AnswerKeyEditor extends CsvTableEditor<KeyRow> {

	public static final String ID = "org.counterpart.exercise.ui.editors.answerKey"; //$NON-NLS-1$

	@Override
	protected boolean accepts(IEditorInput input) {
		return input instanceof AnswerKeyEditorInput;
	}

	@Override
	protected List<KeyRow> read(Path from) throws IOException, ScenarioException {
		String text = Files.readString(from, StandardCharsets.UTF_8);
		AnswerKeyCsv.read(new StringReader(text));
		return rows(new StringReader(text));
	}

	/** A new file starts from the shipped scenario's title, objectives and answer key, for the trainer to adapt. */
	@Override
	protected List<KeyRow> startingRows() {
		try {
			StringWriter text = new StringWriter();
			AnswerKeyCsv.write(new AnswerKeyCsv.Authored(DemoScenario.scenario().title(), DemoScenario.scenario().objectives(),
					DemoScenario.answerKey()), text);
			return rows(new StringReader(text.toString()));
		} catch (IOException e) {
			throw new IllegalStateException(e); // in memory: no input or output to fail
		}
	}

	private static List<KeyRow> rows(Reader in) throws IOException {
		List<KeyRow> rows = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(in,
				CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
			for (CSVRecord record : parser) {
				List<String> cells = new ArrayList<>();
				for (String column : AnswerKeyCsv.COLUMNS) {
					cells.add(record.get(column));
				}
				rows.add(KeyRow.of(cells));
			}
		}
		return rows;
	}

	/** Writes the rows once they read as an answer key; else writes nothing and says why. */
	@Override
	protected void write(List<KeyRow> list, Writer out) throws IOException, ScenarioException {
		StringWriter text = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(text,
				CSVFormat.RFC4180.builder().setHeader(AnswerKeyCsv.COLUMNS.toArray(String[]::new)).get())) {
			for (KeyRow row : list) {
				printer.printRecord(row.cells());
			}
		}
		AnswerKeyCsv.read(new StringReader(text.toString()));
		out.write(text.toString());
	}

	@Override
	protected String addLabel() {
		return Messages.Key_add;
	}

	@Override
	protected List<KeyColumn> columns() {
		return List.of(KeyColumn.values());
	}

	/** A new relationship row, the commonest item of a key, numbered for the last inject named. */
	@Override
	protected KeyRow newRow(List<KeyRow> existing) {
		String inject = existing.isEmpty() ? "1" : existing.get(existing.size() - 1).inject(); //$NON-NLS-1$
		return new KeyRow("relationship", inject, "", Messages.Key_newText, "", "reports-to", "", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
	}

	/** The rows as the editor holds them now. */
	List<KeyRow> keyRows() {
		return rows();
	}
}
