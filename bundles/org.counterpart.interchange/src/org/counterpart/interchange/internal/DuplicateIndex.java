package org.counterpart.interchange.internal;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

import org.counterpart.model.Contact;
import org.counterpart.model.PartnerInstitution;
import org.counterpart.model.Theater;
import org.counterpart.model.util.ObjectLabels;

/**
 * Finds what an import would add twice: a contact or institution with the same name and affiliation (for an
 * institution: the same parent) as one the workspace or an earlier row has, or a contact with the same id (which a
 * vCard UID becomes).
 */
final class DuplicateIndex {

	private final Map<String, String> byKey = new HashMap<>();
	private final Map<String, String> byId = new HashMap<>();
	/** Institutions are told apart by identity: new ones have no id yet. */
	private final Map<PartnerInstitution, Integer> institutionNumbers = new IdentityHashMap<>();

	static DuplicateIndex ofContacts(Theater theater) {
		DuplicateIndex index = new DuplicateIndex();
		for (Contact contact : theater.getContacts()) {
			index.add(contact);
		}
		return index;
	}

	static DuplicateIndex ofInstitutions(Theater theater) {
		DuplicateIndex index = new DuplicateIndex();
		for (PartnerInstitution institution : theater.getInstitutions()) {
			index.add(institution);
		}
		return index;
	}

	void add(Contact contact) {
		String label = ObjectLabels.personName(contact);
		byKey.put(key(contact), label);
		if (contact.getId() != null) {
			byId.put(contact.getId(), label);
		}
	}

	void add(PartnerInstitution institution) {
		byKey.put(key(institution), ObjectLabels.labelOf(institution));
	}

	/** Why {@code contact} is a duplicate, or null if it is not. */
	String duplicateOf(Contact contact) {
		String sameId = contact.getId() == null ? null : byId.get(contact.getId());
		if (sameId != null) {
			return "same vCard UID as " + sameId; //$NON-NLS-1$
		}
		String sameName = byKey.get(key(contact));
		return sameName == null ? null : "same name and affiliation as " + sameName; //$NON-NLS-1$
	}

	/** Why {@code institution} is a duplicate, or null if it is not. */
	String duplicateOf(PartnerInstitution institution) {
		String sameName = byKey.get(key(institution));
		return sameName == null ? null : "same name and parent as " + sameName; //$NON-NLS-1$
	}

	private String key(Contact contact) {
		PartnerInstitution affiliation = contact.getAffiliation();
		return "contact|" + NewObjects.normalized(contact.getGivenName()) + "|" + NewObjects.normalized(contact.getFamilyName()) //$NON-NLS-1$ //$NON-NLS-2$
				+ "|" + number(affiliation); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private String key(PartnerInstitution institution) {
		PartnerInstitution parent = institution.getParent();
		return "institution|" + NewObjects.normalized(institution.getName()) + "|" //$NON-NLS-1$ //$NON-NLS-2$
				+ number(parent); //$NON-NLS-1$
	}

	private String number(PartnerInstitution institution) {
		return institution == null ? "" : Integer.toString(institutionNumbers.computeIfAbsent(institution, i -> institutionNumbers.size() + 1)); //$NON-NLS-1$
	}
}
