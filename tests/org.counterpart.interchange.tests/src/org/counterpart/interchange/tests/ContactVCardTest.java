package org.counterpart.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;

import org.counterpart.interchange.ExportFormat;
import org.counterpart.interchange.ExportReport;
import org.counterpart.interchange.ImportPlan;
import org.counterpart.interchange.InterchangeException;
import org.counterpart.interchange.InterchangeExport;
import org.counterpart.interchange.InterchangeImport;
import org.counterpart.model.Contact;
import org.counterpart.model.Disposition;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.junit.jupiter.api.Test;

import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.io.text.VCardReader;

/**
 * Contacts out as vCard 4.0 and in from vCard 3.0 and 4.0: the cards parse with ez-vcard, a round trip gives the
 * same contacts, importing again reports duplicates, a broken card is an error naming its line, and the import is
 * one undoable command.
 */
class ContactVCardTest {

	private static final Date NOW = new Date(1_780_000_000_000L);

	@Test
	void cardsAreVersion4WithTheMarkingAndParseWithTheLibrary() throws Exception {
		FieldWorkspace workspace = new FieldWorkspace();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ExportReport report = InterchangeExport.write(workspace.theater, ExportFormat.VCARD, FieldWorkspace.PARTNER, out);

		assertEquals(2, report.written(), "Tanev is NOFORN");
		assertEquals(List.of(workspace.tanev.getId()), report.refused().stream().map(r -> r.objectId()).toList());
		List<VCard> cards;
		try (VCardReader reader = new VCardReader(new StringReader(out.toString(StandardCharsets.UTF_8)))) {
			cards = reader.readAll();
			assertTrue(reader.getWarnings().isEmpty(), reader.getWarnings().toString());
		}
		assertEquals(2, cards.size());
		VCard ilves = cards.get(0);
		assertEquals(VCardVersion.V4_0, ilves.getVersion());
		assertEquals("urn:uuid:" + workspace.ilves.getId(), ilves.getUid().getValue());
		assertEquals("Ilves", ilves.getStructuredName().getFamily());
		assertEquals(List.of("Col."), ilves.getStructuredName().getPrefixes());
		assertEquals("General Staff", ilves.getOrganization().getValues().get(0));
		assertEquals("+999 6123 4567", ilves.getTelephoneNumbers().get(0).getText());
		assertEquals("marta.ilves@mod.example", ilves.getEmails().get(0).getValue());
		assertEquals("CUI//REL TO USA, XVM", ilves.getExtendedProperty("X-COUNTERPART-MARKING").getValue());
	}

	@Test
	void aRoundTripGivesTheSameContactsAndASecondImportOnlyDuplicates() throws Exception {
		FieldWorkspace source = new FieldWorkspace();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		InterchangeExport.write(source.theater, ExportFormat.VCARD, null, out);

		FieldWorkspace target = FieldWorkspace.institutionsOnly();
		InterchangeImport importer = new InterchangeImport(target.theater, "Capt. Lee", NOW);
		ImportPlan plan = importer.vcard(out.toByteArray(), "contacts.vcf");
		assertTrue(plan.canImport(), plan.problems().toString());
		assertEquals(3, plan.objects().size());
		BasicCommandStack stack = new BasicCommandStack();
		stack.execute(plan.toCommand(null));

		assertEquals(3, target.theater.getContacts().size());
		Contact ilves = target.theater.getContacts().get(0);
		assertEquals(source.ilves.getId(), ilves.getId(), "the UID gives the id back");
		assertEquals("Col.", ilves.getRank());
		assertEquals("Marta", ilves.getGivenName());
		assertEquals("Chief J5", ilves.getPosition());
		assertSame(target.staff, ilves.getAffiliation());
		assertEquals(source.ilves.getChannels(), ilves.getChannels());
		assertEquals(source.ilves.getLanguages(), ilves.getLanguages());
		assertEquals("XVM", ilves.getNationality());
		assertEquals(Disposition.SUPPORTIVE, ilves.getDisposition());
		assertEquals(source.ilves.getNotes(), ilves.getNotes());
		assertEquals("Capt. Lee", ilves.getCreatedBy());
		assertEquals(target.theater.getMarking().getRelTo(), ilves.getMarking().getRelTo(), "imported under the workspace's marking");
		Contact sorensen = target.theater.getContacts().get(2);
		assertEquals("Sørensen", sorensen.getFamilyName(), "UTF-8 survives");
		assertNull(sorensen.getAffiliation());

		ImportPlan again = importer.vcard(out.toByteArray(), "contacts.vcf");
		assertTrue(again.objects().isEmpty());
		assertEquals(3, again.duplicates().size());
		assertTrue(again.duplicates().get(0).reason().startsWith("same vCard UID as Col. Marta Ilves"), again.duplicates().toString());

		stack.undo();
		assertTrue(target.theater.getContacts().isEmpty(), "one undo takes the whole import back");
	}

	@Test
	void cardsAnExerciseWorkspaceWroteAreRefusedByARealWorkspaceAndTakenByAnExerciseOne() throws Exception {
		FieldWorkspace source = new FieldWorkspace();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		InterchangeExport.write(source.theater, ExportFormat.VCARD, null, true, out);

		FieldWorkspace real = FieldWorkspace.institutionsOnly();
		InterchangeException refused = assertThrows(InterchangeException.class,
				() -> new InterchangeImport(real.theater, "Capt. Lee", NOW).vcard(out.toByteArray(), "exercise.vcf"));
		assertEquals(1, refused.line(), "the first card's line");
		assertEquals("Line 1: this file is exercise material (marked EXERCISE EXERCISE EXERCISE - CUI//REL TO USA, XVM"
				+ " - EXERCISE EXERCISE EXERCISE); this workspace holds real data and takes no exercise data. Import it"
				+ " into an exercise workspace. Nothing was imported.", refused.getMessage());
		assertTrue(real.theater.getContacts().isEmpty(), "nothing was taken");

		FieldWorkspace exercise = FieldWorkspace.institutionsOnly();
		ImportPlan plan = new InterchangeImport(exercise.theater, "Capt. Lee", NOW, true).vcard(out.toByteArray(),
				"exercise.vcf");
		assertTrue(plan.canImport(), plan.problems().toString());
		assertEquals(3, plan.objects().size(), "an exercise workspace takes its exercise's cards");

		// a real workspace's cards go into an exercise workspace too: only exercise material is kept apart
		ByteArrayOutputStream realCards = new ByteArrayOutputStream();
		InterchangeExport.write(source.theater, ExportFormat.VCARD, null, realCards);
		assertEquals(3, new InterchangeImport(FieldWorkspace.institutionsOnly().theater, "Capt. Lee", NOW)
				.vcard(realCards.toByteArray(), "real.vcf").objects().size());
	}

	@Test
	void aPhonesVersion3CardsComeInAndTheSameNameAndAffiliationIsADuplicate() throws Exception {
		FieldWorkspace target = FieldWorkspace.institutionsOnly();
		target.theater.getContacts().add(existing(target, "Tanev", "Ivo"));
		String cards = """
				BEGIN:VCARD\r
				VERSION:3.0\r
				N:Kask;Peeter;;Lt. Col.;\r
				FN:Lt. Col. Peeter Kask\r
				ORG:Ministry of Defence\r
				TITLE:Head of Procurement\r
				TEL;TYPE=CELL:+999 5555 0101\r
				EMAIL;TYPE=INTERNET:p.kask@mod.example\r
				UID:4711-phone-uid\r
				END:VCARD\r
				BEGIN:VCARD\r
				VERSION:3.0\r
				N:Tanev;Ivo;;;\r
				FN:Ivo Tanev\r
				ORG:General Staff\r
				END:VCARD\r
				BEGIN:VCARD\r
				VERSION:3.0\r
				FN:Liis Tamm\r
				ORG:Harbour Authority;Pilots\r
				END:VCARD\r
				""";
		ImportPlan plan = new InterchangeImport(target.theater, "Capt. Lee", NOW).vcard(cards.getBytes(StandardCharsets.UTF_8), "phone.vcf");

		assertEquals(2, plan.objects().size());
		Contact kask = (Contact) plan.objects().get(0);
		assertEquals("Lt. Col.", kask.getRank());
		assertSame(target.ministry, kask.getAffiliation());
		assertEquals(List.of("mobile phone: +999 5555 0101", "email: p.kask@mod.example"), kask.getChannels());
		Contact tamm = (Contact) plan.objects().get(1);
		assertEquals("Tamm", tamm.getFamilyName());
		assertEquals("Liis", tamm.getGivenName());
		assertTrue(tamm.getNotes().contains("Harbour Authority, Pilots"), "an unknown organisation is kept in the notes");
		assertEquals(1, plan.duplicates().size());
		assertEquals(11, plan.duplicates().get(0).line());
		assertTrue(plan.duplicates().get(0).reason().startsWith("same name and affiliation"));

		ImportPlan again = new InterchangeImport(target.theater, "Capt. Lee", NOW).vcard(cards.getBytes(StandardCharsets.UTF_8), "phone.vcf");
		assertEquals(again.objects().get(0).getId(), kask.getId(), "a phone's UID gives the same id each time");
	}

	@Test
	void aBrokenCardIsAnErrorNamingItsLine() {
		FieldWorkspace target = FieldWorkspace.institutionsOnly();
		InterchangeImport importer = new InterchangeImport(target.theater, "Capt. Lee", NOW);
		String garbage = "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ok Name\r\nthis line is no property\r\nEND:VCARD\r\n";
		InterchangeException broken = assertThrows(InterchangeException.class,
				() -> importer.vcard(garbage.getBytes(StandardCharsets.UTF_8), "x.vcf"));
		assertEquals(4, broken.line(), broken.getMessage());
		assertTrue(broken.getMessage().startsWith("Line 4: the vCard is broken here"), broken.getMessage());

		String cut = "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:One\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:4.0\r\nFN:Two\r\n";
		InterchangeException unclosed = assertThrows(InterchangeException.class,
				() -> importer.vcard(cut.getBytes(StandardCharsets.UTF_8), "x.vcf"));
		assertEquals(5, unclosed.line());
		assertTrue(unclosed.getMessage().contains("never closed"), unclosed.getMessage());

		InterchangeException latin1 = assertThrows(InterchangeException.class,
				() -> importer.vcard("BEGIN:VCARD\nVERSION:3.0\nFN:J\u00f6rg\nEND:VCARD\n".getBytes(StandardCharsets.ISO_8859_1), "x.vcf"));
		assertEquals(3, latin1.line());
		assertTrue(latin1.getMessage().contains("not UTF-8"), latin1.getMessage());

		assertThrows(InterchangeException.class, () -> importer.vcard(new byte[0], "empty.vcf"));
		assertTrue(target.theater.getContacts().isEmpty(), "nothing was added");
	}

	@Test
	void aCardWithoutAnyNameCannotBeTakenAndBlocksTheImport() throws Exception {
		FieldWorkspace target = FieldWorkspace.institutionsOnly();
		String cards = "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Named Person\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:4.0\r\nTEL:+1 555\r\nEND:VCARD\r\n";
		ImportPlan plan = new InterchangeImport(target.theater, "Capt. Lee", NOW).vcard(cards.getBytes(StandardCharsets.UTF_8), "x.vcf");
		assertFalse(plan.canImport());
		assertEquals(5, plan.problems().get(0).line());
		assertThrows(IllegalStateException.class, () -> plan.toCommand(null));
		assertTrue(target.theater.getContacts().isEmpty());
	}

	private static Contact existing(FieldWorkspace workspace, String family, String given) {
		Contact contact = FieldWorkspace.FACTORY.createContact();
		contact.setId("00000000-0000-4000-8000-000000000099");
		contact.setFamilyName(family);
		contact.setGivenName(given);
		contact.setAffiliation(workspace.staff);
		return contact;
	}
}
