package org.counterpart.interchange.internal;

import java.util.Date;
import java.util.Locale;

import org.counterpart.interchange.InterchangeException;
import org.counterpart.model.Identified;
import org.counterpart.model.PartnerInstitution;
import org.counterpart.model.Theater;
import org.counterpart.model.marking.MarkingSummary;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * What every imported object starts with, as if an officer had created it: who created it and when, and the
 * workspace's marking (a copy, which the officer may then raise or widen).
 */
public final class NewObjects {

	private final Theater theater;
	private final String author;
	private final Date now;
	private final boolean exerciseWorkspace;

	/** {@code exerciseWorkspace}: whether {@code theater} is exercise material, which alone takes exercise files. */
	public NewObjects(Theater theater, String author, Date now, boolean exerciseWorkspace) {
		this.theater = theater;
		this.author = author;
		this.now = now;
		this.exerciseWorkspace = exerciseWorkspace;
	}

	public <T extends Identified> T stamp(T created) {
		created.setCreatedAt(now);
		created.setCreatedBy(author);
		if (theater.getMarking() != null) {
			created.setMarking(EcoreUtil.copy(theater.getMarking()));
		}
		return created;
	}

	/**
	 * Refuses a file's exercise material for a real workspace, so that exercise data never mixes with real data: a
	 * {@code marking} between exercise words (as an exercise workspace's exports write it) makes the whole file
	 * refused, nothing imported.
	 *
	 * @param line where the marking is, or 0
	 */
	public void refuseExerciseMaterial(String marking, int line) throws InterchangeException {
		if (!exerciseWorkspace && isExerciseMarking(marking)) {
			throw new InterchangeException(line, "this file is exercise material (marked " + marking.strip() //$NON-NLS-1$
					+ "); this workspace holds real data and takes no exercise data. Import it into an exercise" //$NON-NLS-1$
					+ " workspace. Nothing was imported.", null); //$NON-NLS-1$
		}
	}

	/** Whether {@code marking} is an exercise banner: it begins with the exercise words. */
	public static boolean isExerciseMarking(String marking) {
		return marking != null && marking.strip().toUpperCase(Locale.ROOT).startsWith(MarkingSummary.EXERCISE);
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
