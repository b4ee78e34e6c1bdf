package org.counterpart.interchange.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

import org.counterpart.model.Contact;
import org.counterpart.model.Disposition;
import org.counterpart.model.util.ObjectLabels;

import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.io.text.VCardWriter;
import ezvcard.parameter.EmailType;
import ezvcard.parameter.TelephoneType;
import ezvcard.property.StructuredName;
import ezvcard.property.Uid;

/**
 * Contacts as vCard 4.0 (RFC 6350), one card each: N (rank as the honorific prefix), FN, TITLE (position), ORG
 * (affiliation), TEL and EMAIL from the channels, LANG, NOTE, UID ({@code urn:uuid:} and the contact's id, so that
 * importing the card again finds the contact), and Counterpart's own properties for what vCard has no property
 * for, among them {@value #MARKING}, the contact's marking.
 */
public final class VCardContactWriter {

	/** The property that carries a card's marking. */
	public static final String MARKING = "X-COUNTERPART-MARKING"; //$NON-NLS-1$
	static final String NATIONALITY = "X-COUNTERPART-NATIONALITY"; //$NON-NLS-1$
	static final String DISPOSITION = "X-COUNTERPART-DISPOSITION"; //$NON-NLS-1$
	static final String CHANNEL = "X-COUNTERPART-CHANNEL"; //$NON-NLS-1$
	static final String UUID_URN = "urn:uuid:"; //$NON-NLS-1$

	private VCardContactWriter() {
	}

	public static void write(List<Contact> contacts, boolean exercise, OutputStream out) throws IOException {
		try (VCardWriter writer = new VCardWriter(out, VCardVersion.V4_0)) {
			writer.setAddProdId(false);
			for (Contact contact : contacts) {
				writer.write(card(contact, exercise));
			}
			writer.flush();
		}
	}

	static VCard card(Contact contact, boolean exercise) {
		VCard card = new VCard();
		card.setUid(new Uid(UUID_URN + contact.getId()));
		StructuredName name = new StructuredName();
		name.setFamily(contact.getFamilyName());
		name.setGiven(contact.getGivenName());
		if (contact.getRank() != null && !contact.getRank().isBlank()) {
			name.getPrefixes().add(contact.getRank());
		}
		card.setStructuredName(name);
		card.setFormattedName(ObjectLabels.personName(contact));
		if (contact.getPosition() != null) {
			card.addTitle(contact.getPosition());
		}
		if (contact.getAffiliation() != null && contact.getAffiliation().getName() != null) {
			card.setOrganization(contact.getAffiliation().getName());
		}
		for (String channel : contact.getChannels()) {
			channel(card, channel);
		}
		for (String language : contact.getLanguages()) {
			card.addLanguage(language);
		}
		if (contact.getNotes() != null) {
			card.addNote(contact.getNotes());
		}
		if (contact.getNationality() != null) {
			card.addExtendedProperty(NATIONALITY, contact.getNationality());
		}
		if (contact.getDisposition() != null && contact.getDisposition() != Disposition.UNKNOWN) {
			card.addExtendedProperty(DISPOSITION, contact.getDisposition().getLiteral());
		}
		card.addExtendedProperty(MARKING, RecipientSelection.markingOf(contact, exercise));
		return card;
	}

	/**
	 * A channel such as {@code office phone: +999 6123 4567} or {@code email: a@b.example} as TEL or EMAIL; a channel
	 * of another kind keeps its whole text in {@value #CHANNEL}.
	 */
	private static void channel(VCard card, String channel) {
		int colon = channel.indexOf(':');
		String label = colon < 0 ? "" : channel.substring(0, colon).trim().toLowerCase(Locale.ROOT); //$NON-NLS-1$
		String value = colon < 0 ? channel.trim() : channel.substring(colon + 1).trim();
		if (label.contains("mail")) { //$NON-NLS-1$
			card.addEmail(value, EmailType.INTERNET);
		} else if (label.contains("fax")) { //$NON-NLS-1$
			card.addTelephoneNumber(value, TelephoneType.FAX);
		} else if (label.contains("mobile") || label.contains("cell")) { //$NON-NLS-1$ //$NON-NLS-2$
			card.addTelephoneNumber(value, TelephoneType.CELL);
		} else if (label.contains("phone") && label.contains("office")) { //$NON-NLS-1$ //$NON-NLS-2$
			card.addTelephoneNumber(value, TelephoneType.WORK);
		} else if (label.contains("phone") && label.contains("home")) { //$NON-NLS-1$ //$NON-NLS-2$
			card.addTelephoneNumber(value, TelephoneType.HOME);
		} else if (label.equals("phone")) { //$NON-NLS-1$
			card.addTelephoneNumber(value);
		} else {
			card.addExtendedProperty(CHANNEL, channel);
		}
	}
}
