package org.counterpart.interchange.internal;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.counterpart.interchange.Duplicate;
import org.counterpart.interchange.ImportPlan;
import org.counterpart.interchange.InterchangeException;
import org.counterpart.interchange.RowProblem;
import org.counterpart.model.Contact;
import org.counterpart.model.CounterpartFactory;
import org.counterpart.model.CounterpartPackage.Literals;
import org.counterpart.model.Disposition;
import org.counterpart.model.PartnerInstitution;
import org.counterpart.model.util.ObjectLabels;

import ezvcard.VCard;
import ezvcard.io.ParseWarning;
import ezvcard.io.text.VCardReader;
import ezvcard.parameter.TelephoneType;
import ezvcard.property.Email;
import ezvcard.property.FormattedName;
import ezvcard.property.Language;
import ezvcard.property.Note;
import ezvcard.property.RawProperty;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import ezvcard.property.Title;

/**
 * Contacts from vCard 3.0 (what phones write) or 4.0, read by ez-vcard. A file the library reads only by skipping
 * lines, or with a card that is never closed, is broken: an error naming the line. A card whose UID is that of a
 * contact the workspace has, or with the same name and affiliation, is a duplicate.
 * <p>
 * A contact's id comes from its card's UID: the UUID of a {@code urn:uuid:} UID (Counterpart's own cards), otherwise a
 * UUID derived from the UID's text, so that importing the same phone's cards again finds them.
 * </p>
 */
public final class VCardContactReader {

	/** ez-vcard's code for a line it skipped because it is not a property. */
	private static final int SKIPPED_LINE = 27;
	/** ez-vcard's code for a VERSION it does not know. */
	private static final int INVALID_VERSION = 28;

	private final NewObjects newObjects;

	public VCardContactReader(NewObjects newObjects) {
		this.newObjects = newObjects;
	}

	public ImportPlan read(byte[] bytes, String source) throws InterchangeException {
		String text = Utf8Text.decode(bytes, "vCard"); //$NON-NLS-1$
		List<Integer> cardLines = cardStartLines(text);
		List<Contact> created = new ArrayList<>();
		List<RowProblem> problems = new ArrayList<>();
		List<Duplicate> duplicates = new ArrayList<>();
		DuplicateIndex index = DuplicateIndex.ofContacts(newObjects.theater());
		try (VCardReader reader = new VCardReader(new StringReader(text))) {
			VCard card;
			int number = 0;
			while ((card = reader.readNext()) != null) {
				for (ParseWarning warning : reader.getWarnings()) {
					Integer code = warning.getCode();
					if (code != null && (code == SKIPPED_LINE || code == INVALID_VERSION)) {
						int line = warning.getLineNumber() == null ? 0 : warning.getLineNumber();
						throw new InterchangeException(line, "the vCard is broken here: " + warning.getMessage() //$NON-NLS-1$
								+ " Nothing was imported.", null); //$NON-NLS-1$
					}
				}
				int line = number < cardLines.size() ? cardLines.get(number) : 0;
				number++;
				RawProperty marking = card.getExtendedProperty(VCardContactWriter.MARKING);
				newObjects.refuseExerciseMaterial(marking == null ? null : marking.getValue(), line);
				Contact contact = contact(card, line, problems);
				if (contact == null) {
					continue;
				}
				String duplicate = index.duplicateOf(contact);
				if (duplicate != null) {
					duplicates.add(new Duplicate(line, ObjectLabels.personName(contact), duplicate));
					continue;
				}
				index.add(contact);
				created.add(newObjects.stamp(contact));
			}
			if (number == 0) {
				throw new InterchangeException(1, "the file holds no vCard (no BEGIN:VCARD line).", null); //$NON-NLS-1$
			}
		} catch (IOException e) {
			throw new InterchangeException("Cannot read the vCard file: " + e.getMessage(), e); //$NON-NLS-1$
		}
		return new ImportPlan(newObjects.theater(), Literals.THEATER__CONTACTS, "contacts", source, created, problems, //$NON-NLS-1$
				duplicates);
	}

	/** The line each top-level card begins on; a card left open at the end of the file is an error. */
	private static List<Integer> cardStartLines(String text) throws InterchangeException {
		List<Integer> starts = new ArrayList<>();
		String[] lines = text.split("\r\n|\r|\n", -1); //$NON-NLS-1$
		int depth = 0;
		int openedAt = 0;
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].trim().toUpperCase(Locale.ROOT);
			if (line.equals("BEGIN:VCARD")) { //$NON-NLS-1$
				if (depth == 0) {
					starts.add(i + 1);
					openedAt = i + 1;
				}
				depth++;
			} else if (line.equals("END:VCARD")) { //$NON-NLS-1$
				if (depth == 0) {
					throw new InterchangeException(i + 1, "END:VCARD without a BEGIN:VCARD before it; the vCard is broken. Nothing was imported.", null); //$NON-NLS-1$
				}
				depth--;
			}
		}
		if (depth > 0) {
			throw new InterchangeException(openedAt, "the vCard that begins here is never closed (no END:VCARD); the file is cut short or broken. Nothing was imported.", null); //$NON-NLS-1$
		}
		return starts;
	}

	private Contact contact(VCard card, int line, List<RowProblem> problems) {
		Contact contact = CounterpartFactory.eINSTANCE.createContact();
		StructuredName name = card.getStructuredName();
		if (name != null && !isBlank(name.getFamily())) {
			contact.setFamilyName(name.getFamily().trim());
			contact.setGivenName(blankToNull(name.getGiven()));
			if (!name.getPrefixes().isEmpty()) {
				contact.setRank(blankToNull(String.join(" ", name.getPrefixes()))); //$NON-NLS-1$
			}
		} else {
			FormattedName formatted = card.getFormattedName();
			String full = formatted == null ? null : blankToNull(formatted.getValue());
			if (full == null) {
				problems.add(new RowProblem(line, "the card has no name (neither N nor FN).")); //$NON-NLS-1$
				return null;
			}
			int space = full.lastIndexOf(' ');
			contact.setFamilyName(space < 0 ? full : full.substring(space + 1));
			contact.setGivenName(space < 0 ? null : full.substring(0, space));
		}
		if (card.getUid() != null && !isBlank(card.getUid().getValue())) {
			contact.setId(idOf(card.getUid().getValue().trim()));
		}
		for (Title title : card.getTitles()) {
			if (contact.getPosition() == null) {
				contact.setPosition(blankToNull(title.getValue()));
			}
		}
		StringBuilder notes = new StringBuilder();
		for (Note note : card.getNotes()) {
			append(notes, note.getValue());
		}
		if (card.getOrganization() != null && !card.getOrganization().getValues().isEmpty()) {
			String organisation = card.getOrganization().getValues().get(0);
			PartnerInstitution affiliation = newObjects.institutionNamed(organisation);
			if (affiliation != null) {
				contact.setAffiliation(affiliation);
			} else if (!isBlank(organisation)) {
				append(notes, "Organisation on the card: " + String.join(", ", card.getOrganization().getValues())); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		contact.setNotes(notes.isEmpty() ? null : notes.toString());
		for (Telephone telephone : card.getTelephoneNumbers()) {
			String number = telephone.getText() != null ? telephone.getText()
					: telephone.getUri() != null ? telephone.getUri().getNumber() : null;
			if (!isBlank(number)) {
				contact.getChannels().add(phoneLabel(telephone.getTypes()) + ": " + number.trim()); //$NON-NLS-1$
			}
		}
		for (Email email : card.getEmails()) {
			if (!isBlank(email.getValue())) {
				contact.getChannels().add("email: " + email.getValue().trim()); //$NON-NLS-1$
			}
		}
		for (RawProperty channel : card.getExtendedProperties(VCardContactWriter.CHANNEL)) {
			if (!isBlank(channel.getValue())) {
				contact.getChannels().add(channel.getValue().trim());
			}
		}
		for (Language language : card.getLanguages()) {
			if (!isBlank(language.getValue())) {
				contact.getLanguages().add(language.getValue().trim());
			}
		}
		RawProperty nationality = card.getExtendedProperty(VCardContactWriter.NATIONALITY);
		if (nationality != null) {
			contact.setNationality(blankToNull(nationality.getValue()));
		}
		RawProperty disposition = card.getExtendedProperty(VCardContactWriter.DISPOSITION);
		if (disposition != null && !isBlank(disposition.getValue())) {
			Disposition value = Disposition.get(disposition.getValue().trim().toLowerCase(Locale.ROOT));
			if (value == null) {
				problems.add(new RowProblem(line, "'" + disposition.getValue() + "' is not a disposition.")); //$NON-NLS-1$ //$NON-NLS-2$
				return null;
			}
			contact.setDisposition(value);
		}
		return contact;
	}

	/** The contact id a UID stands for: its own UUID if it is one, else a UUID derived from its text. */
	static String idOf(String uid) {
		String candidate = uid.regionMatches(true, 0, VCardContactWriter.UUID_URN, 0, VCardContactWriter.UUID_URN.length())
				? uid.substring(VCardContactWriter.UUID_URN.length())
				: uid;
		try {
			return UUID.fromString(candidate).toString();
		} catch (IllegalArgumentException notAUuid) {
			return UUID.nameUUIDFromBytes(("vcard-uid:" + uid).getBytes(StandardCharsets.UTF_8)).toString(); //$NON-NLS-1$
		}
	}

	private static String phoneLabel(List<TelephoneType> types) {
		if (types.contains(TelephoneType.FAX)) {
			return "fax"; //$NON-NLS-1$
		}
		if (types.contains(TelephoneType.CELL)) {
			return "mobile phone"; //$NON-NLS-1$
		}
		if (types.contains(TelephoneType.WORK)) {
			return "office phone"; //$NON-NLS-1$
		}
		if (types.contains(TelephoneType.HOME)) {
			return "home phone"; //$NON-NLS-1$
		}
		return "phone"; //$NON-NLS-1$
	}

	private static void append(StringBuilder notes, String text) {
		if (!isBlank(text)) {
			if (!notes.isEmpty()) {
				notes.append('\n');
			}
			notes.append(text.trim());
		}
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	private static String blankToNull(String text) {
		return isBlank(text) ? null : text.trim();
	}
}
