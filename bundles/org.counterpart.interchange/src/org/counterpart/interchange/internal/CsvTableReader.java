package org.counterpart.interchange.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.counterpart.interchange.ColumnMapping;
import org.counterpart.interchange.CsvKind;
import org.counterpart.interchange.Duplicate;
import org.counterpart.interchange.ImportPlan;
import org.counterpart.interchange.InterchangeException;
import org.counterpart.interchange.RowProblem;
import org.counterpart.model.Contact;
import org.counterpart.model.CounterpartFactory;
import org.counterpart.model.CounterpartPackage.Literals;
import org.counterpart.model.Disposition;
import org.counterpart.model.Identified;
import org.counterpart.model.InstitutionKind;
import org.counterpart.model.PartnerInstitution;
import org.counterpart.model.util.ObjectLabels;

/**
 * Institutions or contacts from a CSV file (RFC 4180, UTF-8, a header row) through a {@link ColumnMapping}. A file
 * that cannot be read as such (not UTF-8, broken quoting, a mapped column missing) is an error; a row that cannot be
 * taken (an empty required field, an unknown kind, an affiliation the workspace does not have) is a
 * {@link RowProblem}; a row the workspace has already is a {@link Duplicate}.
 */
public final class CsvTableReader {

	private static final String MARKING_COLUMN = "marking"; //$NON-NLS-1$

	private final NewObjects newObjects;

	public CsvTableReader(NewObjects newObjects) {
		this.newObjects = newObjects;
	}

	/** The header row of {@code bytes}, to offer its columns in a mapping page. */
	public static List<String> header(byte[] bytes) throws InterchangeException {
		String text = Utf8Text.decode(bytes, "CSV"); //$NON-NLS-1$
		try (CSVParser parser = format().parse(new StringReader(text))) {
			return List.copyOf(parser.getHeaderNames());
		} catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
			throw new InterchangeException(1, "the header row cannot be read: " + e.getMessage(), e); //$NON-NLS-1$
		}
	}

	public ImportPlan read(CsvKind kind, ColumnMapping mapping, byte[] bytes, String source) throws InterchangeException {
		String text = Utf8Text.decode(bytes, "CSV"); //$NON-NLS-1$
		List<Identified> created = new ArrayList<>();
		List<RowProblem> problems = new ArrayList<>();
		List<Duplicate> duplicates = new ArrayList<>();
		Rows rows = new Rows(kind, created, problems, duplicates);
		try (CSVParser parser = format().parse(new StringReader(text))) {
			List<String> header = parser.getHeaderNames();
			if (header.isEmpty()) {
				throw new InterchangeException(1, "the file is empty: the first line must name the columns.", null); //$NON-NLS-1$
			}
			Map<String, Integer> columns = mapping.resolve(kind, header);
			int markingColumn = markingColumn(header);
			long lineAfterPrevious = parser.getCurrentLineNumber() + 1;
			Iterator<CSVRecord> records = parser.iterator();
			while (true) {
				CSVRecord record;
				try {
					if (!records.hasNext()) {
						break;
					}
					record = records.next();
				} catch (UncheckedIOException | IllegalStateException e) {
					throw new InterchangeException((int) lineAfterPrevious, "the CSV is broken here (" + rootMessage(e) //$NON-NLS-1$
							+ "); nothing was imported.", e); //$NON-NLS-1$
				}
				int line = (int) lineAfterPrevious;
				lineAfterPrevious = parser.getCurrentLineNumber() + 1;
				if (isBlank(record)) {
					continue;
				}
				if (record.size() != header.size()) {
					problems.add(new RowProblem(line, "the row has " + record.size() + " fields, the header " + header.size() //$NON-NLS-1$ //$NON-NLS-2$
							+ "; check for a missing or extra separator.")); //$NON-NLS-1$
					continue;
				}
				if (markingColumn >= 0) {
					newObjects.refuseExerciseMaterial(record.get(markingColumn), line);
				}
				rows.take(line, field -> value(record, columns, field));
			}
		} catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
			throw new InterchangeException(1, "the header row cannot be read: " + rootMessage(e), e); //$NON-NLS-1$
		}
		return new ImportPlan(newObjects.theater(), kind == CsvKind.INSTITUTIONS ? Literals.THEATER__INSTITUTIONS
				: Literals.THEATER__CONTACTS, kind.label(), source, created, problems, duplicates);
	}

	private static CSVFormat format() {
		// RFC 4180 with a header row; duplicate or empty column names are refused by the parser
		return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setAllowMissingColumnNames(false)
				.setIgnoreEmptyLines(true).get();
	}

	private static String value(CSVRecord record, Map<String, Integer> columns, String field) {
		Integer index = columns.get(field);
		if (index == null) {
			return ""; //$NON-NLS-1$
		}
		return record.get(index).trim();
	}

	private static boolean isBlank(CSVRecord record) {
		return Arrays.stream(record.values()).allMatch(String::isBlank);
	}

	private static String rootMessage(Throwable e) {
		Throwable root = e;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getMessage();
	}

	/** Turns rows into new objects, problems and duplicates. */
	/** The column of each row's marking (as Counterpart's exports name it), or -1. */
	private static int markingColumn(List<String> header) {
		for (int i = 0; i < header.size(); i++) {
			if (MARKING_COLUMN.equalsIgnoreCase(header.get(i).strip())) {
				return i;
			}
		}
		return -1;
	}

	private final class Rows {
		private final CsvKind kind;
		private final List<Identified> created;
		private final List<RowProblem> problems;
		private final List<Duplicate> duplicates;
		private final DuplicateIndex index;
		/** Institutions of this file by name and acronym, so that a later row can name an earlier one as parent. */
		private final Map<String, PartnerInstitution> newInstitutions = new HashMap<>();

		Rows(CsvKind kind, List<Identified> created, List<RowProblem> problems, List<Duplicate> duplicates) {
			this.kind = kind;
			this.created = created;
			this.problems = problems;
			this.duplicates = duplicates;
			this.index = kind == CsvKind.INSTITUTIONS ? DuplicateIndex.ofInstitutions(newObjects.theater())
					: DuplicateIndex.ofContacts(newObjects.theater());
		}

		void take(int line, Function<String, String> field) {
			for (String required : kind.required()) {
				if (field.apply(required).isEmpty()) {
					problems.add(new RowProblem(line, "the " + required + " is empty.")); //$NON-NLS-1$ //$NON-NLS-2$
					return;
				}
			}
			if (kind == CsvKind.INSTITUTIONS) {
				institution(line, field);
			} else {
				contact(line, field);
			}
		}

		private void institution(int line, Function<String, String> field) {
			PartnerInstitution institution = CounterpartFactory.eINSTANCE.createPartnerInstitution();
			institution.setName(field.apply("name")); //$NON-NLS-1$
			institution.setAcronym(emptyToNull(field.apply("acronym"))); //$NON-NLS-1$
			institution.setLocation(emptyToNull(field.apply("location"))); //$NON-NLS-1$
			institution.setNotes(emptyToNull(field.apply("notes"))); //$NON-NLS-1$
			String kindText = field.apply("kind"); //$NON-NLS-1$
			InstitutionKind institutionKind = kindText.isEmpty() ? InstitutionKind.OTHER : institutionKind(kindText);
			if (institutionKind == null) {
				problems.add(new RowProblem(line, "'" + kindText + "' is not a kind of institution; use one of " //$NON-NLS-1$ //$NON-NLS-2$
						+ String.join(", ", InstitutionKind.VALUES.stream().map(InstitutionKind::getLiteral).toList()) + ".")); //$NON-NLS-1$ //$NON-NLS-2$
				return;
			}
			institution.setKind(institutionKind);
			String parentName = field.apply("parent"); //$NON-NLS-1$
			if (!parentName.isEmpty()) {
				PartnerInstitution parent = newInstitutions.get(NewObjects.normalized(parentName));
				if (parent == null) {
					parent = newObjects.institutionNamed(parentName);
				}
				if (parent == null) {
					problems.add(new RowProblem(line, "no institution is named '" + parentName //$NON-NLS-1$
							+ "' (the parent must be in the workspace or on an earlier row).")); //$NON-NLS-1$
					return;
				}
				institution.setParent(parent);
			}
			String duplicate = index.duplicateOf(institution);
			if (duplicate != null) {
				duplicates.add(new Duplicate(line, institution.getName(), duplicate));
				return;
			}
			index.add(institution);
			newInstitutions.putIfAbsent(NewObjects.normalized(institution.getName()), institution);
			if (institution.getAcronym() != null) {
				newInstitutions.putIfAbsent(NewObjects.normalized(institution.getAcronym()), institution);
			}
			created.add(newObjects.stamp(institution));
		}

		private void contact(int line, Function<String, String> field) {
			Contact contact = CounterpartFactory.eINSTANCE.createContact();
			contact.setFamilyName(field.apply("familyName")); //$NON-NLS-1$
			contact.setGivenName(emptyToNull(field.apply("givenName"))); //$NON-NLS-1$
			contact.setRank(emptyToNull(field.apply("rank"))); //$NON-NLS-1$
			contact.setPosition(emptyToNull(field.apply("position"))); //$NON-NLS-1$
			contact.setNationality(emptyToNull(field.apply("nationality"))); //$NON-NLS-1$
			contact.setNotes(emptyToNull(field.apply("notes"))); //$NON-NLS-1$
			contact.getLanguages().addAll(items(field.apply("languages"))); //$NON-NLS-1$
			contact.getChannels().addAll(items(field.apply("channels"))); //$NON-NLS-1$
			String dispositionText = field.apply("disposition"); //$NON-NLS-1$
			if (!dispositionText.isEmpty()) {
				Disposition disposition = Disposition.get(dispositionText.trim().toLowerCase(Locale.ROOT));
				if (disposition == null) {
					problems.add(new RowProblem(line, "'" + dispositionText + "' is not a disposition; use one of " //$NON-NLS-1$ //$NON-NLS-2$
							+ String.join(", ", Disposition.VALUES.stream().map(Disposition::getLiteral).toList()) + ".")); //$NON-NLS-1$ //$NON-NLS-2$
					return;
				}
				contact.setDisposition(disposition);
			}
			String affiliationName = field.apply("affiliation"); //$NON-NLS-1$
			if (!affiliationName.isEmpty()) {
				PartnerInstitution affiliation = newObjects.institutionNamed(affiliationName);
				if (affiliation == null) {
					problems.add(new RowProblem(line, "no institution is named '" + affiliationName //$NON-NLS-1$
							+ "'; import the institutions first, or leave the affiliation empty.")); //$NON-NLS-1$
					return;
				}
				contact.setAffiliation(affiliation);
			}
			String duplicate = index.duplicateOf(contact);
			if (duplicate != null) {
				duplicates.add(new Duplicate(line, ObjectLabels.personName(contact), duplicate));
				return;
			}
			index.add(contact);
			created.add(newObjects.stamp(contact));
		}
	}

	/** An institution kind by its literal or name, ignoring case, spaces and underscores; null if none. */
	private static InstitutionKind institutionKind(String text) {
		String wanted = text.trim().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
		return InstitutionKind.get(wanted);
	}

	private static List<String> items(String cell) {
		List<String> items = new ArrayList<>();
		for (String item : cell.split(";")) { //$NON-NLS-1$
			if (!item.isBlank()) {
				items.add(item.trim());
			}
		}
		return items;
	}

	private static String emptyToNull(String value) {
		return value == null || value.isEmpty() ? null : value;
	}
}
