package org.counterpart.interchange.internal;

import java.util.Date;
import java.util.Locale;

import org.counterpart.model.Identified;
import org.counterpart.model.PartnerInstitution;
import org.counterpart.model.Theater;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * What every imported object starts with, as if an officer had created it: who created it and when, and the
 * workspace's marking (a copy, which the officer may then raise or widen).
 */
public final class NewObjects {

	private final Theater theater;
	private final String author;
	private final Date now;

	public NewObjects(Theater theater, String author, Date now) {
		this.theater = theater;
		this.author = author;
		this.now = now;
	}

	public <T extends Identified> T stamp(T created) {
		created.setCreatedAt(now);
		created.setCreatedBy(author);
		if (theater.getMarking() != null) {
			created.setMarking(EcoreUtil.copy(theater.getMarking()));
		}
		return created;
	}

	public String author() {
		return author;
	}

	public Date now() {
		return now;
	}

	public Theater theater() {
		return theater;
	}

	/** The institution of {@code theater} named {@code name} or with that acronym (case-insensitive), or null. */
	public PartnerInstitution institutionNamed(String name) {
		if (name == null || name.isBlank()) {
			return null;
		}
		String wanted = normalized(name);
		for (PartnerInstitution institution : theater.getInstitutions()) {
			if (wanted.equals(normalized(institution.getName())) || wanted.equals(normalized(institution.getAcronym()))) {
				return institution;
			}
		}
		return null;
	}

	/** Text as compared for duplicates: trimmed, inner spaces collapsed, lower case. */
	public static String normalized(String text) {
		return text == null ? "" : text.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}
}
