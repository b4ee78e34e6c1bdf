package org.counterpart.model.validation;

import java.text.MessageFormat;

/**
 * The texts of the validation problems, in one place for review and translation. Each says what is wrong, on which
 * object (by its label), and what to do. Patterns are {@link MessageFormat} patterns: a literal apostrophe is
 * written twice.
 */
public final class ValidationMessages {

	public static final String SUMMARY = "Problems in \"{0}\"";
	public static final String MISSING_ID = "{0} \"{1}\" has no identifier. Identifiers are assigned when an object is created: recreate the object or restore it from a package.";
	public static final String MALFORMED_ID = "{0} \"{1}\" has the identifier \"{2}\", which is not a UUID. Recreate the object or restore it from a package.";
	public static final String DUPLICATE_ID = "{0} \"{1}\" has the same identifier {2} as {3} \"{4}\". Identifiers must be unique: delete the duplicate or recreate it.";
	public static final String LESS_RESTRICTIVE_CLASSIFICATION = "{0} \"{1}\" is marked {2}, less restrictive than {3}, the marking of \"{4}\" that contains it. Mark it {3} or higher.";
	public static final String WIDER_RELEASE = "{0} \"{1}\" is releasable to {2}, but \"{3}\" that contains it is not ({4}). Remove {2} from its REL TO list, or widen the marking of \"{3}\" if that is authorised.";
	public static final String MISSING_CONTROLS = "{0} \"{1}\" lacks the dissemination control {2} of \"{3}\" that contains it ({4}). Add {2} to its marking.";
	public static final String MALFORMED_COUNTRY_CODE = "The marking {0} of {1} \"{2}\" lists \"{3}\" in REL TO, which is not an ISO 3166-1 alpha-3 country code. Use three capital letters, e.g. USA.";
	public static final String DUPLICATE_COUNTRY_CODE = "The marking {0} of {1} \"{2}\" lists {3} more than once in REL TO. Remove the duplicate.";
	public static final String NOFORN_WITH_REL_TO = "The marking {0} of {1} \"{2}\" is both NOFORN and REL TO {3}, which contradict each other. Remove NOFORN or empty the REL TO list.";
	public static final String CONTROLS_ON_UNCLASSIFIED = "The marking {0} of {1} \"{2}\" has dissemination controls but is not CUI. Mark it CUI or remove the controls.";
	public static final String UNKNOWN_CONTROL = "The marking {0} of {1} \"{2}\" has the unknown dissemination control \"{3}\". Use one of {4}.";
	public static final String NO_DEFAULT_MARKING = "The workspace \"{0}\" has no default marking, so its objects are unmarked. Set the workspace marking, e.g. CUI//REL TO USA, {1}.";
	public static final String MISSING_NAME = "{0} \"{1}\" has no name. Enter a name.";
	public static final String MISSING_TITLE = "{0} \"{1}\" has no title. Enter a title.";
	public static final String HIERARCHY_CYCLE = "Institution \"{0}\" is its own superior: {1}. Change the parent institution of one of them.";
	public static final String CONTACT_WITHOUT_AFFILIATION = "Contact \"{0}\" has no affiliation. Choose the institution the contact belongs to, so that charts and releasability reviews can place the contact.";
	public static final String SELF_RELATIONSHIP = "Relationship \"{0}\" goes from \"{1}\" to itself. Choose a different source or target.";
	public static final String STRENGTH_OUT_OF_RANGE = "Relationship \"{0}\" has strength {1}; strength goes from 1 (weak) to 5 (strong). Enter a value from 1 to 5.";
	public static final String ENDS_BEFORE_START = "Engagement \"{0}\" ends on {1}, before it starts on {2}. Correct the start or end date.";
	public static final String UNGRADED_OBSERVATION = "Observation \"{0}\" is not fully graded. Grade the source reliability (A-F) and the information credibility (1-6).";
	public static final String FINAL_WITHOUT_TEXT = "Observation \"{0}\" is final but has no text. Enter what was observed, or set the status back to draft.";
	public static final String LATITUDE_OUT_OF_RANGE = "Observation \"{0}\" has latitude {1}, outside -90 to 90. Correct the position (decimal degrees, WGS 84).";
	public static final String LONGITUDE_OUT_OF_RANGE = "Observation \"{0}\" has longitude {1}, outside -180 to 180. Correct the position (decimal degrees, WGS 84).";
	public static final String HALF_A_POSITION = "Observation \"{0}\" has a {1} but no {2}. Enter both or neither.";
	public static final String RECORDED_BEFORE_OBSERVED = "Observation \"{0}\" was recorded on {1}, before it was observed on {2}. Check the observation time and the laptop clock.";
	public static final String MALFORMED_HASH = "Attachment \"{0}\" has the SHA-256 \"{1}\", which is not 64 hexadecimal digits. Attach the file again.";
	public static final String NEGATIVE_SIZE = "Attachment \"{0}\" has a negative size ({1} bytes). Attach the file again.";
	public static final String PERIOD_REVERSED = "Indicator \"{0}\" has a period ending on {1}, before it starts on {2}. Correct the period.";
	public static final String MEASUREMENT_OUTSIDE_PERIOD = "Measurement \"{0}\" is dated {1}, outside the period {2} to {3} of indicator \"{4}\". Correct the date or the indicator period.";
	public static final String SUPPORTED_BY_RETRACTED = "Measurement \"{0}\" of indicator \"{1}\" is supported by the retracted observation \"{2}\". Find other support or review the value.";

	private ValidationMessages() {
	}

	/** Fills a pattern of this class. */
	public static String format(String pattern, Object... arguments) {
		return MessageFormat.format(pattern, arguments);
	}
}
