package org.counterpart.model.util;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.counterpart.model.Actor;
import org.counterpart.model.Attachment;
import org.counterpart.model.Contact;
import org.counterpart.model.Engagement;
import org.counterpart.model.EngagementKind;
import org.counterpart.model.FieldObservation;
import org.counterpart.model.Indicator;
import org.counterpart.model.InformationCredibility;
import org.counterpart.model.Marking;
import org.counterpart.model.Measurement;
import org.counterpart.model.Objective;
import org.counterpart.model.ObservationStatus;
import org.counterpart.model.PartnerInstitution;
import org.counterpart.model.Relationship;
import org.counterpart.model.RelationshipKind;
import org.counterpart.model.SourceReliability;
import org.counterpart.model.Theater;
import org.eclipse.emf.ecore.EObject;

/**
 * The labels a person reads for Counterpart objects, e.g. {@code Col. Marta Ilves — Chief J5, General Staff}.
 * <p>
 * One place for them, so that the explorer (through the item providers of org.counterpart.model.edit), validation
 * messages and command-line output name an object the same way. Dates are shown as ISO dates in UTC so that a label
 * does not depend on the machine's time zone.
 */
public final class ObjectLabels {
	/** Longest observation excerpt in a label, in characters. */
	private static final int EXCERPT_LENGTH = 60;

	private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

	private ObjectLabels() {
	}

	/**
	 * The label of any Counterpart object, or of a foreign object its class name.
	 *
	 * @param object an object, may be null
	 * @return never null
	 */
	public static String labelOf(Object object) {
		return switch (object) {
			case null -> "";
			case Theater theater -> theater(theater);
			case PartnerInstitution institution -> institution(institution);
			case Contact contact -> contact(contact);
			case Relationship relationship -> relationship(relationship);
			case Engagement engagement -> engagement(engagement);
			case FieldObservation observation -> observation(observation);
			case Attachment attachment -> attachment(attachment);
			case Objective objective -> orPlaceholder(objective.getTitle(), "Untitled objective");
			case Indicator indicator -> indicator(indicator);
			case Measurement measurement -> measurement(measurement);
			case Marking marking -> banner(marking);
			case EObject eObject -> eObject.eClass().getName();
			default -> String.valueOf(object);
		};
	}

	/** A contact's name with rank, e.g. {@code Col. Marta Ilves}. */
	public static String personName(Contact contact) {
		String name = join(" ", contact.getRank(), contact.getGivenName(), contact.getFamilyName());
		return name.isEmpty() ? "Unnamed contact" : name;
	}

	/** The name of an actor as used inside other labels: a contact's name with rank, an institution's name. */
	public static String actorName(Actor actor) {
		return switch (actor) {
			case null -> "(nobody)";
			case Contact contact -> personName(contact);
			case PartnerInstitution institution -> institution(institution);
			default -> labelOf(actor);
		};
	}

	/** The Admiralty grade of an observation, e.g. {@code B2}, {@code B?} or {@code ungraded}. */
	public static String grade(FieldObservation observation) {
		SourceReliability reliability = observation.getSourceReliability();
		InformationCredibility credibility = observation.getInformationCredibility();
		if (reliability == SourceReliability.UNGRADED && credibility == InformationCredibility.UNGRADED) {
			return "ungraded";
		}
		return (reliability == SourceReliability.UNGRADED ? "?" : reliability.getLiteral())
				+ (credibility == InformationCredibility.UNGRADED ? "?" : credibility.getLiteral());
	}

	/** A marking as a banner line, e.g. {@code CUI//NOFORN} or {@code CUI//REL TO USA, XVM}. */
	public static String banner(Marking marking) {
		if (marking == null) {
			return "UNMARKED";
		}
		List<String> parts = new ArrayList<>();
		parts.add(marking.getClassification().getLiteral());
		parts.addAll(marking.getDisseminationControls());
		if (!marking.getRelTo().isEmpty()) {
			parts.add("REL TO " + String.join(", ", marking.getRelTo()));
		}
		return String.join("//", parts);
	}

	/** An ISO date in UTC, e.g. {@code 2026-03-04}, or an empty string. */
	public static String date(Date date) {
		return date == null ? "" : DATE.format(date.toInstant());
	}

	/** The short name of an engagement kind as used in labels, e.g. {@code KLE}. */
	public static String abbreviation(EngagementKind kind) {
		return switch (kind) {
			case KEY_LEADER_ENGAGEMENT -> "KLE";
			case TRAINING -> "Training";
			case EXERCISE -> "Exercise";
			case FMS_FMF_CASE -> "FMS/FMF";
			case IMET -> "IMET";
			case SPP_EVENT -> "SPP";
			case CONFERENCE -> "Conference";
			case SITE_VISIT -> "Site visit";
			case INSTITUTION_BUILDING -> "Institution building";
		};
	}

	private static String theater(Theater theater) {
		String label = join(" — ", theater.getPartnerCountry(), theater.getOfficeName());
		return label.isEmpty() ? "Unnamed workspace" : label;
	}

	private static String institution(PartnerInstitution institution) {
		if (!isBlank(institution.getName())) {
			return institution.getName();
		}
		return isBlank(institution.getAcronym()) ? "Unnamed institution" : institution.getAcronym();
	}

	private static String contact(Contact contact) {
		String details = join(", ", contact.getPosition(), contact.getAffiliation() == null ? null : institution(contact.getAffiliation()));
		return details.isEmpty() ? personName(contact) : personName(contact) + " — " + details;
	}

	private static String relationship(Relationship relationship) {
		return actorName(relationship.getSource()) + " " + verb(relationship.getKind()) + " " + actorName(relationship.getTarget());
	}

	private static String verb(RelationshipKind kind) {
		return switch (kind) {
			case REPORTS_TO -> "reports to";
			case COUNTERPART_OF -> "is counterpart of";
			case ADVISES -> "advises";
			case INFLUENCES -> "influences";
			case RIVALS -> "rivals";
			case FAMILY -> "is family of";
		};
	}

	private static String engagement(Engagement engagement) {
		String label = abbreviation(engagement.getKind()) + ": " + orPlaceholder(engagement.getTitle(), "untitled");
		return engagement.getStart() == null ? label : label + " (" + date(engagement.getStart()) + ")";
	}

	private static String observation(FieldObservation observation) {
		String text = observation.getText() == null ? "" : observation.getText().strip().replaceAll("\\s+", " ");
		String excerpt;
		if (text.isEmpty()) {
			excerpt = "(no text)";
		} else if (text.length() <= EXCERPT_LENGTH) {
			excerpt = text;
		} else {
			// Cut at a word boundary so that the excerpt reads as the first words of the text.
			int cut = text.lastIndexOf(' ', EXCERPT_LENGTH);
			excerpt = text.substring(0, cut > EXCERPT_LENGTH / 2 ? cut : EXCERPT_LENGTH) + "…";
		}
		String label = excerpt + " [" + grade(observation) + "]";
		return observation.getStatus() == ObservationStatus.RETRACTED ? "(retracted) " + label : label;
	}

	private static String attachment(Attachment attachment) {
		String name = orPlaceholder(attachment.getFileName(), "Unnamed file");
		String hash = attachment.getSha256();
		return hash == null || hash.length() < 12 ? name : name + " (" + hash.substring(0, 12) + ")";
	}

	private static String indicator(Indicator indicator) {
		String name = orPlaceholder(indicator.getName(), "Unnamed indicator");
		return isBlank(indicator.getUnit()) ? name : name + " (" + indicator.getUnit() + ")";
	}

	private static String measurement(Measurement measurement) {
		Indicator indicator = measurement.eContainer() instanceof Indicator owner ? owner : null;
		String value = formatNumber(measurement.getValue());
		if (indicator != null && !isBlank(indicator.getUnit())) {
			value = value + " " + indicator.getUnit();
		}
		return measurement.getDate() == null ? value : date(measurement.getDate()) + ": " + value;
	}

	private static String formatNumber(double value) {
		return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long)value) : Double.toString(value);
	}

	private static String orPlaceholder(String text, String placeholder) {
		return isBlank(text) ? placeholder : text.strip();
	}

	private static String join(String separator, String... parts) {
		List<String> present = new ArrayList<>();
		for (String part : parts) {
			if (!isBlank(part)) {
				present.add(part.strip());
			}
		}
		return String.join(separator, present);
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}
}
