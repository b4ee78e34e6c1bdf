package org.counterpart.design;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.counterpart.model.Classification;
import org.counterpart.model.Confidence;
import org.counterpart.model.Contact;
import org.counterpart.model.Disposition;
import org.counterpart.model.Engagement;
import org.counterpart.model.Identified;
import org.counterpart.model.Indicator;
import org.counterpart.model.InstitutionKind;
import org.counterpart.model.Marking;
import org.counterpart.model.Measurement;
import org.counterpart.model.Objective;
import org.counterpart.model.PartnerInstitution;
import org.counterpart.model.Relationship;
import org.counterpart.model.RelationshipKind;
import org.counterpart.model.Theater;
import org.counterpart.model.util.ObjectLabels;
import org.eclipse.emf.ecore.EObject;

/**
 * The Java services of the Counterpart viewpoints, called from {@code description/counterpart.odesign} as
 * {@code service:name} on the element at hand (Sirius passes it as the first argument).
 * <p>
 * Sirius's {@code feature:} and {@code var:} expressions only read one feature or one variable, so whatever
 * Counterpart's own specs say with comparisons, {@code and}/{@code or} or dotted paths is one service here, named
 * for what it decides. Each gives the same answer as the spec expression it stands for (a test compares both on the
 * demo country). Plain Java on the model: no Sirius type is needed to compile or call it.
 */
public class CounterpartServices {

	/** The name a new institution gets from the palette. */
	public static final String NEW_INSTITUTION_NAME = "New institution";

	/** The family name a contact created from the palette starts with, as in the diagram spec. */
	public static final String NEW_CONTACT_NAME = "New contact";

	/** The title a new objective gets from the palette. */
	public static final String NEW_OBJECTIVE_TITLE = "New objective";

	/** The strength a relationship drawn from the palette starts with. */
	public static final int NEW_RELATIONSHIP_STRENGTH = 3;

	// Labels

	/** The label people read for the object, as in the explorer. */
	public String displayName(EObject self) {
		return ObjectLabels.labelOf(self);
	}

	/** The classification banner of a marking, or of the object's marking, e.g. {@code CUI//NOFORN}. */
	public String banner(EObject self) {
		return switch (self) {
			case Marking marking -> ObjectLabels.banner(marking);
			case Identified identified when identified.getMarking() != null -> ObjectLabels.banner(identified.getMarking());
			default -> null;
		};
	}

	/** An indicator's name with its latest value against target, e.g. {@code Courses held: 12 / 20 %}. */
	public String progressLabel(Indicator self) {
		Double latest = latestValue(self);
		String unit = self.getUnit() == null || self.getUnit().isBlank() ? "" : " " + self.getUnit();
		return text(self.getName()) + ": " + (latest == null ? "no measurement" : text(latest)) + " / " + text(self.getTarget()) + unit;
	}

	// Semantic candidates

	/** The contacts of the theater affiliated with the institution: its key contacts. */
	public List<Contact> keyContacts(PartnerInstitution self) {
		if (!(self.eContainer() instanceof Theater theater)) {
			return List.of();
		}
		return theater.getContacts().stream().filter(contact -> contact.getAffiliation() == self).toList();
	}

	/** Every objective below the theater's end states, at any depth, without the end states. */
	public List<Objective> allSubObjectives(Theater self) {
		Set<Objective> found = new LinkedHashSet<>();
		Deque<Objective> pending = new ArrayDeque<>(self.getObjectives());
		while (!pending.isEmpty()) {
			for (Objective child : pending.poll().getSubObjectives()) {
				if (found.add(child)) {
					pending.add(child);
				}
			}
		}
		return List.copyOf(found);
	}

	/** The indicators of every objective below the end states. */
	public List<Indicator> allSubObjectiveIndicators(Theater self) {
		return allSubObjectives(self).stream().flatMap(objective -> objective.getIndicators().stream()).toList();
	}

	// Predicates of mappings, conditional styles and filters

	/** A ministry of defence or a general staff. */
	public boolean isSeniorInstitution(PartnerInstitution self) {
		return self.getKind() == InstitutionKind.MINISTRY_OF_DEFENCE || self.getKind() == InstitutionKind.GENERAL_STAFF;
	}

	/** An embassy section. */
	public boolean isEmbassySection(PartnerInstitution self) {
		return self.getKind() == InstitutionKind.EMBASSY_SECTION;
	}

	/** A contact disposed supportive or receptive. */
	public boolean isWellDisposed(Contact self) {
		return isSupportive(self) || isReceptive(self);
	}

	/** A supportive contact. */
	public boolean isSupportive(Contact self) {
		return self.getDisposition() == Disposition.SUPPORTIVE;
	}

	/** A receptive contact. */
	public boolean isReceptive(Contact self) {
		return self.getDisposition() == Disposition.RECEPTIVE;
	}

	/** A skeptical contact. */
	public boolean isSkeptical(Contact self) {
		return self.getDisposition() == Disposition.SKEPTICAL;
	}

	/** An opposed contact. */
	public boolean isOpposed(Contact self) {
		return self.getDisposition() == Disposition.OPPOSED;
	}

	/** A CUI marking. */
	public boolean isCui(Marking self) {
		return self.getClassification() == Classification.CUI;
	}

	/** A relationship known with low confidence. */
	public boolean isLowConfidence(Relationship self) {
		return self.getConfidence() == Confidence.LOW;
	}

	/** A rivalry. */
	public boolean isRivalry(Relationship self) {
		return self.getKind() == RelationshipKind.RIVALS;
	}

	/** A weak tie: strength 1 or less, or low confidence. */
	public boolean isWeakTie(Relationship self) {
		return self.getStrength() <= 1 || isLowConfidence(self);
	}

	/** An engagement that supports at least one objective. */
	public boolean supportsAnObjective(Engagement self) {
		return !self.getObjectivesSupported().isEmpty();
	}

	/** An indicator whose latest measurement reaches its target. */
	public boolean isOnTarget(Indicator self) {
		Double latest = latestValue(self);
		return latest != null && latest >= self.getTarget();
	}

	/** An indicator without any dated measurement. */
	public boolean isUnmeasured(Indicator self) {
		return latestValue(self) == null;
	}

	/** An indicator whose latest measurement is below its target. */
	public boolean isBelowTarget(Indicator self) {
		Double latest = latestValue(self);
		return latest != null && latest < self.getTarget();
	}

	// Values set by tools

	/** The name of an institution created from the palette. */
	public String newInstitutionName(EObject self) {
		return NEW_INSTITUTION_NAME;
	}

	/** The family name of a contact created from the palette. */
	public String newContactName(EObject self) {
		return NEW_CONTACT_NAME;
	}

	/** The title of an objective created from the palette. */
	public String newObjectiveTitle(EObject self) {
		return NEW_OBJECTIVE_TITLE;
	}

	/** The strength of a relationship drawn from the palette. */
	public int newRelationshipStrength(EObject self) {
		return NEW_RELATIONSHIP_STRENGTH;
	}

	private static Double latestValue(Indicator indicator) {
		return indicator.getMeasurements().stream()
				.filter(measurement -> measurement.getDate() != null)
				.max(Comparator.comparing(Measurement::getDate))
				.map(Measurement::getValue)
				.orElse(null);
	}

	private static String text(Object value) {
		return value == null ? "" : value instanceof Double number && number == Math.rint(number) && !number.isInfinite()
				? Long.toString(number.longValue())
				: String.valueOf(value);
	}
}
