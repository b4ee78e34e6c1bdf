package org.counterpart.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.counterpart.model.Contact;
import org.counterpart.model.Theater;
import org.counterpart.model.demo.DemoCountryGenerator;
import org.counterpart.model.xmi.TheaterXmi;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TheaterXmiTest {

	@TempDir
	Path directory;

	@Test
	void aWorkspaceSurvivesExportAndImportUnchanged() throws IOException {
		Theater original = new DemoCountryGenerator(11, 1).generate();
		Path file = directory.resolve("valmaa.xmi");
		TheaterXmi.save(original, file);
		Theater loaded = TheaterXmi.load(file);
		assertTrue(new EcoreUtil.EqualityHelper().equals(original, loaded));
		assertNull(original.eResource(), "the exported workspace is left as it was");
		assertNull(loaded.eResource(), "the imported workspace belongs to no resource");
	}

	@Test
	void referencesAreWrittenAsIds() throws IOException {
		SmallTheater fixture = new SmallTheater();
		Path file = directory.resolve("small.xmi");
		TheaterXmi.save(fixture.theater, file);
		String xml = Files.readString(file, StandardCharsets.UTF_8);
		assertTrue(xml.contains("affiliation=\"" + fixture.generalStaff.getId() + "\""), xml);
		assertTrue(xml.contains("xmlns:counterpart=\"http://counterpart.org/model/1.0\""), xml);
		Theater loaded = TheaterXmi.load(file);
		Contact ilves = loaded.getContacts().get(0);
		assertSame(loaded.getInstitutions().get(1), ilves.getAffiliation());
	}

	@Test
	void aWorkspaceInAResourceIsExportedAsACopyAndStaysWhereItIs() throws IOException {
		SmallTheater fixture = new SmallTheater();
		Resource store = new ResourceImpl(URI.createURI("memory:/store"));
		store.getContents().add(fixture.theater);
		Path file = directory.resolve("copy.xmi");
		TheaterXmi.save(fixture.theater, file);
		assertSame(store, fixture.theater.eResource());
		assertTrue(EcoreUtil.equals(fixture.theater, TheaterXmi.load(file)));
	}

	@Test
	void exportReplacesAnExistingFile() throws IOException {
		Path file = directory.resolve("replace.xmi");
		Files.writeString(file, "old content");
		TheaterXmi.save(new SmallTheater().theater, file);
		assertTrue(Files.readString(file).startsWith("<?xml"));
	}

	@Test
	void aFailedExportLeavesTheExistingFileAndNoPartialFile() throws IOException {
		Path file = directory.resolve("dangling.xmi");
		Files.writeString(file, "previous export");
		SmallTheater fixture = new SmallTheater();
		// An engagement that refers to a contact outside the workspace cannot be written.
		Contact stranger = SmallTheater.FACTORY.createContact();
		stranger.setFamilyName("Stranger");
		fixture.kle.getParticipants().add(stranger);
		IOException error = assertThrows(IOException.class, () -> TheaterXmi.save(fixture.theater, file));
		assertTrue(error.getMessage().contains("refers (participants) to \"Stranger\", which is not part of the workspace"), error.getMessage());
		assertEquals("previous export", Files.readString(file));
		try (var files = Files.list(directory)) {
			assertEquals(1, files.count(), "no temporary file is left behind");
		}
	}

	@Test
	void malformedXmlGivesAClearError() throws IOException {
		IOException error = assertThrows(IOException.class, () -> TheaterXmi.load(data("malformed.xmi")));
		assertTrue(error.getMessage().startsWith("Cannot import "), error.getMessage());
		assertTrue(error.getMessage().contains("damaged or not a Counterpart workspace export"), error.getMessage());
		assertTrue(error.getMessage().contains("at line 5, column 1"), error.getMessage());
	}

	@Test
	void aFileOfAnotherModelGivesAClearError() throws IOException {
		IOException error = assertThrows(IOException.class, () -> TheaterXmi.load(data("other-model.xmi")));
		assertTrue(error.getMessage().contains("not a Counterpart workspace export"), error.getMessage());
		assertTrue(error.getMessage().contains("http://example.org/library"), error.getMessage());
	}

	@Test
	void aFileWhoseRootIsNotATheaterGivesAClearError() throws IOException {
		IOException error = assertThrows(IOException.class, () -> TheaterXmi.load(data("contact-only.xmi")));
		assertTrue(error.getMessage().contains("expected one Theater"), error.getMessage());
	}

	@Test
	void aReferenceToAMissingObjectGivesAClearError() throws IOException {
		IOException error = assertThrows(IOException.class, () -> TheaterXmi.load(data("unresolved-reference.xmi")));
		assertTrue(error.getMessage().contains("damaged or not a Counterpart workspace export"), error.getMessage());
		assertTrue(error.getMessage().contains("0b6f1c3e-7d1a-4c55-9a57-5f3f8f1f0000"), error.getMessage());
	}

	@Test
	void anUnknownFeatureGivesAClearError() throws IOException {
		IOException error = assertThrows(IOException.class, () -> TheaterXmi.load(data("unknown-feature.xmi")));
		assertTrue(error.getMessage().contains("shoeSize"), error.getMessage());
	}

	@Test
	void aDocumentTypeDeclarationIsRefused() throws IOException {
		IOException error = assertThrows(IOException.class, () -> TheaterXmi.load(data("external-entity.xmi")));
		assertTrue(error.getMessage().contains("damaged or not a Counterpart workspace export"), error.getMessage());
		assertFalse(error.getMessage().contains("root:"), error.getMessage());
	}

	@Test
	void aMissingFileGivesAClearError() {
		IOException error = assertThrows(IOException.class, () -> TheaterXmi.load(directory.resolve("nowhere.xmi")));
		assertTrue(error.getMessage().contains("does not exist"), error.getMessage());
	}

	/** Copies a file of the test bundle's data/ folder to the temporary directory (works in and outside OSGi). */
	private Path data(String name) throws IOException {
		Path copy = directory.resolve(name);
		try (InputStream in = TheaterXmiTest.class.getResourceAsStream("/data/" + name)) {
			if (in == null) {
				throw new IOException("Test data missing: data/" + name);
			}
			Files.copy(in, copy);
		}
		return copy;
	}
}
