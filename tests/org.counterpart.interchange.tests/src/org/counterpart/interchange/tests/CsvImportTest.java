package org.counterpart.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.counterpart.interchange.ColumnMapping;
import org.counterpart.interchange.CsvKind;
import org.counterpart.interchange.ImportPlan;
import org.counterpart.interchange.InterchangeException;
import org.counterpart.interchange.InterchangeImport;
import org.counterpart.model.Contact;
import org.counterpart.model.Disposition;
import org.counterpart.model.InstitutionKind;
import org.counterpart.model.PartnerInstitution;
import org.counterpart.tests.harness.Ogrinfo;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Institutions and contacts in from CSV through a column mapping: a dry run reports each row it cannot take and the
 * duplicates, the import is one undoable command, and a file with wrong columns, broken quoting or another encoding
 * than UTF-8 is an error naming the line that changes nothing.
 */
class CsvImportTest {

	private static final Date NOW = new Date(1_780_000_000_000L);

	@TempDir
	Path folder;

	private final FieldWorkspace workspace = FieldWorkspace.institutionsOnly();
	private final InterchangeImport importer = new InterchangeImport(workspace.theater, "Capt. Lee", NOW);

	@Test
	void institutionsComeInThroughAMappingWithParentsFromEarlierRows() throws Exception {
		String csv = """
				Institution,Short,Type,Reports to,City
				Land Forces Command,LFC,army,General Staff,Tartu
				"Engineer Battalion, 2nd",ENG2,army,LFC,Võru
				Ministry of Defence,,,,
				Air Surveillance Wing,ASW,air force,,Ämari
				""";
		Path file = write("institutions.csv", csv, StandardCharsets.UTF_8);
		ColumnMapping mapping = ColumnMapping.parse("name=Institution,acronym=Short,kind=Type,parent=Reports to,location=City",
				CsvKind.INSTITUTIONS);

		ImportPlan plan = importer.csv(CsvKind.INSTITUTIONS, mapping, Files.readAllBytes(file), "institutions.csv");

		assertTrue(plan.canImport(), plan.problems().toString());
		assertEquals(3, plan.objects().size());
		assertEquals(1, plan.duplicates().size());
		assertEquals(4, plan.duplicates().get(0).line(), "the Ministry is in the workspace already");
		PartnerInstitution land = (PartnerInstitution) plan.objects().get(0);
		PartnerInstitution engineers = (PartnerInstitution) plan.objects().get(1);
		assertSame(workspace.staff, land.getParent());
		assertSame(land, engineers.getParent(), "a later row names an earlier one by acronym");
		assertEquals("Engineer Battalion, 2nd", engineers.getName());
		assertEquals("Võru", engineers.getLocation());
		assertEquals(InstitutionKind.AIR_FORCE, ((PartnerInstitution) plan.objects().get(2)).getKind());
		assertEquals(4, Ogrinfo.totalFeatures(file), "ogrinfo reads the same rows");

		int before = workspace.theater.getInstitutions().size();
		BasicCommandStack stack = new BasicCommandStack();
		stack.execute(plan.toCommand(null));
		assertEquals(before + 3, workspace.theater.getInstitutions().size());
		assertEquals("Import 3 institutions from institutions.csv", stack.getUndoCommand().getLabel());
		stack.undo();
		assertEquals(before, workspace.theater.getInstitutions().size());
	}

	@Test
	void aDryRunReportsEachRowItCannotTakeAndTheImportRefusesWhileThereAreAny() throws Exception {
		String csv = """
				familyName,givenName,rank,affiliation,disposition,languages,channels
				Kask,Peeter,Lt. Col.,MOD,supportive,vl; en,office phone: +999 1
				,Nameless,,,,,
				Tamm,Liis,,Harbour Authority,,,
				Lepp,Mari,,GS,hostile,,
				Ilves,Marta,Col.,General Staff,,,
				Ilves,Marta,Col.,GS,,,
				Saar,Jaan,,,neutral
				""";
		ImportPlan plan = importer.csv(CsvKind.CONTACTS, ColumnMapping.byHeader(), csv.getBytes(StandardCharsets.UTF_8), "contacts.csv");

		assertFalse(plan.canImport());
		assertEquals(List.of(3, 4, 5, 8), plan.problems().stream().map(p -> p.line()).toList(), plan.problems().toString());
		assertTrue(plan.problems().get(0).message().contains("familyName is empty"));
		assertTrue(plan.problems().get(1).message().contains("no institution is named 'Harbour Authority'"));
		assertTrue(plan.problems().get(2).message().contains("'hostile' is not a disposition"));
		assertTrue(plan.problems().get(3).message().contains("the row has 5 fields, the header 7"));
		assertEquals(1, plan.duplicates().size(), "the second Ilves row repeats the first");
		assertEquals(7, plan.duplicates().get(0).line());
		assertEquals(2, plan.objects().size());
		Contact kask = (Contact) plan.objects().get(0);
		assertEquals(List.of("vl", "en"), kask.getLanguages());
		assertEquals(Disposition.SUPPORTIVE, kask.getDisposition());
		assertSame(workspace.ministry, kask.getAffiliation());
		assertThrows(IllegalStateException.class, () -> plan.toCommand(null));
		assertTrue(workspace.theater.getContacts().isEmpty());
	}

	@Test
	void wrongColumnsAreAnErrorOnTheHeaderLine() {
		byte[] csv = "Surname,First name\nKask,Peeter\n".getBytes(StandardCharsets.UTF_8);
		InterchangeException unmapped = assertThrows(InterchangeException.class,
				() -> importer.csv(CsvKind.CONTACTS, ColumnMapping.byHeader(), csv, "x.csv"));
		assertEquals(1, unmapped.line());
		assertTrue(unmapped.getMessage().contains("no column gives the familyName"), unmapped.getMessage());
		assertTrue(unmapped.getMessage().contains("Surname, First name"), unmapped.getMessage());

		InterchangeException missing = assertThrows(InterchangeException.class,
				() -> importer.csv(CsvKind.CONTACTS, ColumnMapping.of(Map.of("familyName", "Family")), csv, "x.csv"));
		assertTrue(missing.getMessage().startsWith("Line 1: the file has no column 'Family'"), missing.getMessage());

		IllegalArgumentException unknownField = assertThrows(IllegalArgumentException.class,
				() -> ColumnMapping.parse("surname=Surname", CsvKind.CONTACTS));
		assertTrue(unknownField.getMessage().contains("no field 'surname'"));
		assertTrue(workspace.theater.getContacts().isEmpty(), "nothing was imported");
	}

	@Test
	void aFileThatIsNotUtf8IsAnErrorNamingTheLine() throws Exception {
		Path file = write("latin1.csv", "name,location\nLand Forces,Tartu\nPiirivalve,V\u00f5ru\n", Charset.forName("windows-1252"));
		InterchangeException error = assertThrows(InterchangeException.class,
				() -> importer.csv(CsvKind.INSTITUTIONS, ColumnMapping.byHeader(), Files.readAllBytes(file), "latin1.csv"));
		assertEquals(3, error.line());
		assertTrue(error.getMessage().contains("not UTF-8"), error.getMessage());
		assertEquals(2, workspace.theater.getInstitutions().size());
	}

	@Test
	void brokenQuotingIsAnErrorNamingTheLine() {
		byte[] csv = "name,location\nLand Forces,Tartu\n\"Engineers,Võru\nBorder Guard,Narva\"x\n".getBytes(StandardCharsets.UTF_8);
		InterchangeException error = assertThrows(InterchangeException.class,
				() -> importer.csv(CsvKind.INSTITUTIONS, ColumnMapping.byHeader(), csv, "x.csv"));
		assertEquals(3, error.line(), error.getMessage());
		assertTrue(error.getMessage().contains("the CSV is broken here"), error.getMessage());
		assertEquals(2, workspace.theater.getInstitutions().size(), "nothing was imported");
	}

	private Path write(String name, String text, Charset charset) throws Exception {
		Path file = folder.resolve(name);
		Files.writeString(file, text, charset);
		return file;
	}

	@Test
	void rowsMarkedExerciseAreRefusedWholeByARealWorkspaceNamingTheLineAndTakenByAnExerciseOne() throws Exception {
		byte[] csv = """
				familyName,givenName,marking
				Kivi,Rasmus,CUI
				Org,Helena,EXERCISE EXERCISE EXERCISE - CUI - EXERCISE EXERCISE EXERCISE
				""".getBytes(StandardCharsets.UTF_8);
		int before = workspace.theater.getContacts().size();

		InterchangeException refused = assertThrows(InterchangeException.class,
				() -> importer.csv(CsvKind.CONTACTS, ColumnMapping.byHeader(), csv, "trainee.csv"));
		assertEquals(3, refused.line());
		assertTrue(refused.getMessage().startsWith("Line 3: this file is exercise material (marked EXERCISE"),
				refused.getMessage());
		assertTrue(refused.getMessage().endsWith("Nothing was imported."), refused.getMessage());
		assertEquals(before, workspace.theater.getContacts().size());

		ImportPlan plan = new InterchangeImport(workspace.theater, "Capt. Lee", NOW, true).csv(CsvKind.CONTACTS,
				ColumnMapping.byHeader(), csv, "trainee.csv");
		assertEquals(2, plan.objects().size(), "an exercise workspace takes them");
	}

}
