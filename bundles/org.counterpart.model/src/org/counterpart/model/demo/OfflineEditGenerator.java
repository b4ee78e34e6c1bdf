package org.counterpart.model.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.counterpart.model.Classification;
import org.counterpart.model.Contact;
import org.counterpart.model.CounterpartFactory;
import org.counterpart.model.Disposition;
import org.counterpart.model.Engagement;
import org.counterpart.model.FieldObservation;
import org.counterpart.model.Identified;
import org.counterpart.model.InformationCredibility;
import org.counterpart.model.InstitutionKind;
import org.counterpart.model.Marking;
import org.counterpart.model.Objective;
import org.counterpart.model.ObservationStatus;
import org.counterpart.model.PartnerInstitution;
import org.counterpart.model.Relationship;
import org.counterpart.model.SourceReliability;
import org.counterpart.model.Theater;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.ECrossReferenceAdapter;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Makes the edits a field officer makes while offline for a while, in a workspace such as the demo country of
 * {@link DemoCountryGenerator}: new field observations (mostly drafts) and contacts, changed fields (a contact's
 * position or disposition, a draft observation graded and made final, an engagement's outcome, a relationship's
 * strength), moves (a contact to another institution, a sub-objective under another objective, an institution
 * under another command) and deletes (a retracted observation, a relationship). For tests, benchmarks and
 * exercises of the operation journal, packages and the merge.
 * <p>
 * The edits depend only on the workspace's state and the seed: ids come from a random generator seeded with
 * both, times continue from the latest time in the workspace. Running it again on the result makes other edits
 * and never reuses an id. The workspace stays free of validation errors: new objects are marked within their
 * container's marking, moved objects are re-marked if their new container is more restrictive, and references
 * to a deleted object are removed first. Edits are plain EMF changes, so a recording store journals them.
 * </p>
 */
public final class OfflineEditGenerator {

	/** The kinds of edit, with their share of the mix in percent. */
	public enum EditKind {
		NEW_OBSERVATION(32, "new observation", "new observations"),
		NEW_CONTACT(6, "new contact", "new contacts"),
		CONTACT_CHANGED(11, "changed contact", "changed contacts"),
		CONTACT_REASSIGNED(4, "reassigned contact", "reassigned contacts"),
		OBSERVATION_FINALISED(12, "finalised observation", "finalised observations"),
		OBSERVATION_RETRACTED(4, "retracted observation", "retracted observations"),
		ENGAGEMENT_OUTCOME(8, "engagement outcome", "engagement outcomes"),
		RELATIONSHIP_STRENGTH(9, "re-rated relationship", "re-rated relationships"),
		OBJECTIVE_MOVED(3, "moved objective", "moved objectives"),
		INSTITUTION_RESUBORDINATED(3, "re-subordinated institution", "re-subordinated institutions"),
		OBSERVATION_DELETED(4, "deleted observation", "deleted observations"),
		RELATIONSHIP_DELETED(4, "deleted relationship", "deleted relationships");

		private final int percent;
		private final String singular;
		private final String plural;

		EditKind(int percent, String singular, String plural) {
			this.percent = percent;
			this.singular = singular;
			this.plural = plural;
		}

		/** The share of this kind in the mix, in percent; kinds that find nothing to edit fall back to a new observation. */
		public int percent() {
			return percent;
		}

		/** "1 new observation", "61 new observations". */
		public String describe(int count) {
			return count + " " + (count == 1 ? singular : plural);
		}
	}

	/** How many edits of each kind were made. */
	public record Summary(Map<EditKind, Integer> counts) {

		public Summary {
			EnumMap<EditKind, Integer> copy = new EnumMap<>(EditKind.class);
			copy.putAll(counts);
			counts = Collections.unmodifiableMap(copy);
		}

		public int count(EditKind kind) {
			return counts.getOrDefault(kind, 0);
		}

		public int total() {
			return counts.values().stream().mapToInt(Integer::intValue).sum();
		}

		/** "61 new observations, 12 new contacts, ...": the kinds made, in the order of {@link EditKind}. */
		@Override
		public String toString() {
			List<String> parts = new ArrayList<>();
			for (EditKind kind : EditKind.values()) {
				if (count(kind) > 0) {
					parts.add(kind.describe(count(kind)));
				}
			}
			return parts.isEmpty() ? "no edits" : String.join(", ", parts);
		}
	}

	private static final long MINUTE = 60_000L;
	private static final long HOUR = 60 * MINUTE;
	private static final String NOFORN = "NOFORN";

	private static final String[] PARTNER_POSITIONS = { "Commander", "Deputy Commander", "Chief of Staff", "Head of International Cooperation", "Operations Officer",
		"Training Officer", "Logistics Officer", "Senior NCO", "Legal Adviser", "Public Affairs Officer", "Head of Force Planning", "Desk Officer, United States" };
	private static final String[] RANKS = { "Col.", "Lt. Col.", "Lt. Col.", "Maj.", "Maj.", "Capt.", "Sgt. Maj.", "Mr.", "Ms.", "Dr." };
	private static final String[] OUTCOMES = {
		"Partner agreed to a joint working group on %s; first meeting planned within six weeks.",
		"Completed as planned. The partner asked for a follow-up on %s before the next budget cycle.",
		"Postponed by the partner at short notice; %s items moved to the next bilateral meeting.",
		"Partner nominated %d candidates; the remaining seats were offered to the reserve.",
		"Attendance lower than planned (%d of the expected participants); after-action review scheduled.",
		"Partner signed the letter of request for %s; case development can start." };
	private static final String[] NOTES = { "Moved to a new post after the spring appointments.", "Reassigned during the reorganisation of the command.",
		"Transferred at own request; remains a useful point of contact." };

	private final long seed;
	private final String author;
	private final CounterpartFactory factory = CounterpartFactory.eINSTANCE;

	private Random random;
	private long clock;
	private Set<String> ids;
	private Theater theater;
	private ECrossReferenceAdapter crossReferences;

	/**
	 * @param seed the seed; the same seed and workspace state give the same edits
	 * @param author who makes the edits: the creator of new objects and the author of new observations
	 */
	public OfflineEditGenerator(long seed, String author) {
		if (author == null || author.isBlank()) {
			throw new IllegalArgumentException("The author must not be empty");
		}
		this.seed = seed;
		this.author = author;
	}

	/**
	 * Makes {@code edits} edits to {@code theater}.
	 *
	 * @param edits how many edits, at least 1
	 * @return how many edits of each kind were made; their total is {@code edits}
	 */
	public Summary apply(Theater theater, int edits) {
		Objects.requireNonNull(theater, "theater");
		if (edits < 1) {
			throw new IllegalArgumentException("The number of edits must be at least 1, was " + edits);
		}
		this.theater = theater;
		ids = new HashSet<>();
		long fingerprint = fingerprint(theater);
		random = new Random(seed * 0x9E3779B97F4A7C15L ^ fingerprint);
		clock += 12 * HOUR + random.nextInt(48) * HOUR;
		crossReferences = new ECrossReferenceAdapter();
		theater.eAdapters().add(crossReferences);
		EnumMap<EditKind, Integer> counts = new EnumMap<>(EditKind.class);
		try {
			for (int i = 0; i < edits; i++) {
				clock += 5 * MINUTE + random.nextInt(90) * MINUTE;
				EditKind kind = draw();
				if (!edit(kind)) {
					newObservation();
					kind = EditKind.NEW_OBSERVATION;
				}
				counts.merge(kind, 1, Integer::sum);
			}
		} finally {
			theater.eAdapters().remove(crossReferences);
			crossReferences = null;
			this.theater = null;
		}
		return new Summary(counts);
	}

	private EditKind draw() {
		int roll = random.nextInt(100);
		for (EditKind kind : EditKind.values()) {
			roll -= kind.percent();
			if (roll < 0) {
				return kind;
			}
		}
		return EditKind.NEW_OBSERVATION;
	}

	/** Makes one edit of the kind; false if the workspace has nothing to make it on. */
	private boolean edit(EditKind kind) {
		return switch (kind) {
			case NEW_OBSERVATION -> newObservation();
			case NEW_CONTACT -> newContact();
			case CONTACT_CHANGED -> changeContact();
			case CONTACT_REASSIGNED -> reassignContact();
			case OBSERVATION_FINALISED -> finaliseObservation();
			case OBSERVATION_RETRACTED -> retractObservation();
			case ENGAGEMENT_OUTCOME -> recordOutcome();
			case RELATIONSHIP_STRENGTH -> rerateRelationship();
			case OBJECTIVE_MOVED -> moveObjective();
			case INSTITUTION_RESUBORDINATED -> resubordinateInstitution();
			case OBSERVATION_DELETED -> deleteObservation();
			case RELATIONSHIP_DELETED -> deleteRelationship();
		};
	}

	// ------------------------------------------------------------------------------------------------------ new objects

	private boolean newObservation() {
		FieldObservation observation = stamp(factory.createFieldObservation());
		long observedAt = clock - (1 + random.nextInt(36)) * HOUR - random.nextInt(60) * MINUTE;
		observation.setObservedAt(new Date(observedAt));
		observation.setRecordedAt(new Date(clock));
		observation.setAuthor(author);
		int city = random.nextInt(DemoCountryGenerator.CITIES.length);
		observation.setPlaceName(DemoCountryGenerator.CITIES[city]);
		if (random.nextInt(4) > 0) {
			observation.setLatitude(Math.round((DemoCountryGenerator.CITY_POSITIONS[city][0] + (random.nextDouble() - 0.5) * 0.1) * 1e5) / 1e5);
			observation.setLongitude(Math.round((DemoCountryGenerator.CITY_POSITIONS[city][1] + (random.nextDouble() - 0.5) * 0.1) * 1e5) / 1e5);
		}
		String topic = pick(DemoCountryGenerator.TOPICS);
		observation.getTopics().add(topic);
		Contact about = pickMatching(theater.getContacts(), contact -> !"USA".equals(contact.getNationality()));
		observation.setText(observationText(about, topic));
		if (about != null) {
			observation.getAboutActors().add(about);
			if (about.getAffiliation() != null && random.nextBoolean()) {
				observation.getAboutActors().add(about.getAffiliation());
			}
			if (random.nextInt(10) < 6) {
				observation.setSource(about);
			}
			Engagement engagement = pickMatching(theater.getEngagements(), e -> e.getParticipants().contains(about));
			if (engagement != null && random.nextInt(3) == 0) {
				observation.getAboutEngagements().add(engagement);
			}
		}
		if (!theater.getObjectives().isEmpty() && random.nextInt(10) < 3) {
			Objective objective = pick(allObjectives());
			observation.getAboutObjectives().add(objective);
		}
		// Mostly drafts, written up quickly in the field; some are graded at once, a few are final straight away.
		boolean isFinal = random.nextInt(10) < 2;
		observation.setStatus(isFinal ? ObservationStatus.FINAL : ObservationStatus.DRAFT);
		if (isFinal || random.nextBoolean()) {
			grade(observation);
		}
		observation.setMarking(markingWithin(theater, random.nextInt(5) < 2));
		theater.getObservations().add(observation);
		return true;
	}

	private String observationText(Contact about, String topic) {
		String name = about == null ? "The host-nation liaison officer" : about.getRank() + " " + about.getFamilyName();
		String unit = about == null || about.getAffiliation() == null ? "the unit" : "the " + about.getAffiliation().getName();
		String month = pick(DemoCountryGenerator.MONTHS);
		return switch (random.nextInt(6)) {
			case 0 -> name + " confirmed that " + unit + " received the " + pick(DemoCountryGenerator.EQUIPMENT) + " but that operator training on " + topic
				+ " has not started.";
			case 1 -> "Short conversation with " + name + " after the working group: " + unit + " will ask for support on " + topic + " before " + month + ".";
			case 2 -> name + " said that the " + topic + " plan was returned by the ministry for rework; a new draft is expected in " + month + ".";
			case 3 -> "Visited " + unit + " with " + name + "; about " + (20 + random.nextInt(60)) + " personnel present, training on " + topic + " in progress.";
			case 4 -> name + " was noticeably more reserved than at the last meeting and avoided questions on " + topic + ".";
			default -> name + " reported that " + (2 + random.nextInt(8)) + " of the " + pick(DemoCountryGenerator.EQUIPMENT) + " of " + unit
				+ " are out of service for lack of spare parts.";
		};
	}

	private boolean newContact() {
		PartnerInstitution affiliation = pickMatching(theater.getInstitutions(), institution -> institution.getKind() != InstitutionKind.EMBASSY_SECTION);
		if (affiliation == null) {
			return false;
		}
		Contact contact = stamp(factory.createContact());
		boolean female = random.nextInt(3) == 0;
		String given = pick(female ? DemoCountryGenerator.GIVEN_FEMALE : DemoCountryGenerator.GIVEN_MALE);
		contact.setGivenName(given);
		contact.setFamilyName(pick(DemoCountryGenerator.FAMILY));
		contact.setRank(pick(RANKS));
		contact.setPosition(pick(PARTNER_POSITIONS));
		contact.setAffiliation(affiliation);
		contact.setNationality(theater.getPartnerCountryCode());
		contact.getLanguages().add("vl");
		if (random.nextBoolean()) {
			contact.getLanguages().add("en (" + (1 + random.nextInt(3)) + "/" + (1 + random.nextInt(3)) + ")");
		}
		contact.getChannels().add("mobile: +999 5" + (100 + random.nextInt(900)) + " " + (1000 + random.nextInt(9000)));
		contact.setDisposition(pick(new Disposition[] { Disposition.UNKNOWN, Disposition.RECEPTIVE, Disposition.NEUTRAL }));
		contact.setLastContact(new Date(clock));
		contact.setNotes("Met for the first time at the " + affiliation.getName() + ".");
		contact.setMarking(markingWithin(theater, random.nextInt(4) == 0));
		theater.getContacts().add(contact);
		return true;
	}

	// -------------------------------------------------------------------------------------------------- changed fields

	private boolean changeContact() {
		Contact contact = pickMatching(theater.getContacts(), c -> c.getAffiliation() != null && c.getAffiliation().getKind() != InstitutionKind.EMBASSY_SECTION);
		if (contact == null) {
			return false;
		}
		if (random.nextBoolean()) {
			contact.setPosition(pick(PARTNER_POSITIONS));
		} else {
			// Attitudes drift one step at a time.
			Disposition[] scale = { Disposition.SUPPORTIVE, Disposition.RECEPTIVE, Disposition.NEUTRAL, Disposition.SKEPTICAL, Disposition.OPPOSED };
			int current = Math.max(0, List.of(scale).indexOf(contact.getDisposition()));
			int next = current == 0 ? 1 : current == scale.length - 1 ? current - 1 : current + (random.nextBoolean() ? 1 : -1);
			contact.setDisposition(scale[next]);
		}
		contact.setLastContact(new Date(clock));
		return true;
	}

	private boolean reassignContact() {
		Contact contact = pickMatching(theater.getContacts(), c -> c.getAffiliation() != null && c.getAffiliation().getKind() != InstitutionKind.EMBASSY_SECTION);
		if (contact == null) {
			return false;
		}
		PartnerInstitution to = pickMatching(theater.getInstitutions(),
			institution -> institution != contact.getAffiliation() && institution.getKind() != InstitutionKind.EMBASSY_SECTION);
		if (to == null) {
			return false;
		}
		contact.setAffiliation(to);
		contact.setPosition(pick(PARTNER_POSITIONS));
		contact.setNotes(pick(NOTES));
		return true;
	}

	private boolean finaliseObservation() {
		FieldObservation observation = pickMatching(theater.getObservations(),
			o -> o.getStatus() == ObservationStatus.DRAFT && o.getText() != null && !o.getText().isBlank());
		if (observation == null) {
			return false;
		}
		if (!isGraded(observation)) {
			grade(observation);
		}
		observation.setStatus(ObservationStatus.FINAL);
		return true;
	}

	private boolean retractObservation() {
		FieldObservation observation = pickMatching(theater.getObservations(), o -> o.getStatus() == ObservationStatus.FINAL);
		if (observation == null) {
			return false;
		}
		observation.setStatus(ObservationStatus.RETRACTED);
		return true;
	}

	private boolean recordOutcome() {
		Engagement engagement = pickMatching(theater.getEngagements(), e -> true);
		if (engagement == null) {
			return false;
		}
		String template = pick(OUTCOMES);
		engagement.setOutcome(template.contains("%d") ? String.format(template, 2 + random.nextInt(10)) : String.format(template, pick(DemoCountryGenerator.TOPICS)));
		return true;
	}

	private boolean rerateRelationship() {
		Relationship relationship = pickMatching(theater.getRelationships(), r -> true);
		if (relationship == null) {
			return false;
		}
		int strength = Math.min(5, Math.max(1, relationship.getStrength()));
		int next = strength == 1 ? 2 : strength == 5 ? 4 : strength + (random.nextBoolean() ? 1 : -1);
		relationship.setStrength(next);
		return true;
	}

	// ----------------------------------------------------------------------------------------------------------- moves

	/** A sub-objective re-aligned under another objective (a containment move). */
	private boolean moveObjective() {
		List<Objective> objectives = allObjectives();
		Objective moved = pickMatching(objectives, o -> o.eContainer() instanceof Objective);
		if (moved == null) {
			return false;
		}
		Objective to = pickMatching(objectives, o -> o != moved.eContainer() && !EcoreUtil.isAncestor(moved, o));
		if (to == null) {
			return false;
		}
		to.getSubObjectives().add(moved);
		keepWithinContainer(moved);
		return true;
	}

	/** An institution placed under another command of the same hierarchy (the {@code parent} reference). */
	private boolean resubordinateInstitution() {
		PartnerInstitution moved = pickMatching(theater.getInstitutions(), i -> i.getParent() != null && i.getKind() != InstitutionKind.EMBASSY_SECTION);
		if (moved == null) {
			return false;
		}
		Set<PartnerInstitution> commands = new HashSet<>();
		for (PartnerInstitution institution : theater.getInstitutions()) {
			if (institution.getParent() != null) {
				commands.add(institution.getParent());
			}
		}
		PartnerInstitution root = root(moved);
		PartnerInstitution to = pickMatching(theater.getInstitutions(), candidate -> commands.contains(candidate) && candidate != moved.getParent()
			&& candidate.getKind() != InstitutionKind.EMBASSY_SECTION && root(candidate) == root && !isUnder(candidate, moved));
		if (to == null) {
			return false;
		}
		moved.setParent(to);
		return true;
	}

	// --------------------------------------------------------------------------------------------------------- deletes

	private boolean deleteObservation() {
		FieldObservation observation = pickMatching(theater.getObservations(), o -> o.getStatus() == ObservationStatus.RETRACTED);
		if (observation == null) {
			return false;
		}
		delete(observation);
		return true;
	}

	private boolean deleteRelationship() {
		Relationship relationship = pickMatching(theater.getRelationships(), r -> true);
		if (relationship == null) {
			return false;
		}
		delete(relationship);
		return true;
	}

	/**
	 * Removes an object and everything it contains, after removing every reference to them from the rest of the
	 * workspace ({@link EcoreUtil#delete(EObject, boolean)} with the workspace as its scope, whatever resource set
	 * it is in).
	 */
	private void delete(EObject object) {
		List<EObject> subtree = new ArrayList<>();
		subtree.add(object);
		object.eAllContents().forEachRemaining(subtree::add);
		for (EObject deleted : subtree) {
			for (EStructuralFeature.Setting setting : List.copyOf(crossReferences.getInverseReferences(deleted, false))) {
				EReference reference = (EReference)setting.getEStructuralFeature();
				if (!reference.isContainment() && !reference.isContainer() && reference.isChangeable() && !EcoreUtil.isAncestor(object, setting.getEObject())) {
					EcoreUtil.remove(setting, deleted);
				}
			}
		}
		EcoreUtil.remove(object);
	}

	// --------------------------------------------------------------------------------------------------------- helpers

	private static boolean isGraded(FieldObservation observation) {
		return observation.getSourceReliability() != SourceReliability.UNGRADED && observation.getInformationCredibility() != InformationCredibility.UNGRADED;
	}

	private void grade(FieldObservation observation) {
		SourceReliability[] reliabilities = { SourceReliability.A, SourceReliability.B, SourceReliability.B, SourceReliability.C, SourceReliability.C, SourceReliability.D };
		InformationCredibility[] credibilities = { InformationCredibility.CONFIRMED, InformationCredibility.PROBABLY_TRUE, InformationCredibility.PROBABLY_TRUE,
			InformationCredibility.POSSIBLY_TRUE, InformationCredibility.DOUBTFUL, InformationCredibility.CANNOT_BE_JUDGED };
		observation.setSourceReliability(pick(reliabilities));
		observation.setInformationCredibility(pick(credibilities));
	}

	/**
	 * A marking no less restrictive than {@code container}'s: its effective marking, or that marking made NOFORN (which
	 * drops the REL TO list) for what must not go back to the partner.
	 */
	private static Marking markingWithin(Identified container, boolean noforn) {
		Marking bound = container.getEffectiveMarking();
		Marking marking = bound == null ? CounterpartFactory.eINSTANCE.createMarking() : EcoreUtil.copy(bound);
		if (bound == null) {
			marking.setClassification(Classification.CUI);
		}
		if (noforn) {
			if (marking.getClassification() == Classification.UNCLASSIFIED) {
				marking.setClassification(Classification.CUI);
			}
			marking.getRelTo().clear();
			if (!marking.getDisseminationControls().contains(NOFORN)) {
				marking.getDisseminationControls().add(NOFORN);
			}
		}
		return marking;
	}

	/**
	 * After a containment move: any object of the moved subtree whose own marking would release more than its new
	 * container allows takes a marking within the container's (the stricter one wins, as a reviewer would decide).
	 */
	private static void keepWithinContainer(Identified moved) {
		List<Identified> subtree = new ArrayList<>();
		subtree.add(moved);
		for (Iterator<EObject> contents = moved.eAllContents(); contents.hasNext();) {
			if (contents.next() instanceof Identified identified) {
				subtree.add(identified);
			}
		}
		for (Identified identified : subtree) {
			Marking own = identified.getMarking();
			if (own != null && identified.eContainer() instanceof Identified container && !isWithin(own, container.getEffectiveMarking())) {
				identified.setMarking(markingWithin(container, own.getDisseminationControls().contains(NOFORN)));
			}
		}
	}

	private static boolean isWithin(Marking own, Marking bound) {
		if (bound == null) {
			return true;
		}
		return own.getClassification().getValue() >= bound.getClassification().getValue() && bound.getRelTo().containsAll(own.getRelTo())
			&& own.getDisseminationControls().containsAll(bound.getDisseminationControls());
	}

	private List<Objective> allObjectives() {
		List<Objective> result = new ArrayList<>();
		for (Iterator<EObject> contents = EcoreUtil.getAllProperContents(theater.getObjectives(), false); contents.hasNext();) {
			if (contents.next() instanceof Objective objective) {
				result.add(objective);
			}
		}
		return result;
	}

	private static PartnerInstitution root(PartnerInstitution institution) {
		Set<PartnerInstitution> seen = new HashSet<>();
		PartnerInstitution current = institution;
		while (current.getParent() != null && seen.add(current)) {
			current = current.getParent();
		}
		return current;
	}

	/** Whether {@code candidate} is {@code institution} or one of its subordinates (so that a move would close a cycle). */
	private static boolean isUnder(PartnerInstitution candidate, PartnerInstitution institution) {
		Set<PartnerInstitution> seen = new HashSet<>();
		for (PartnerInstitution current = candidate; current != null && seen.add(current); current = current.getParent()) {
			if (current == institution) {
				return true;
			}
		}
		return false;
	}

	/** Gives a new object a fresh id from the seeded generator, the current time of the edits and the author. */
	private <T extends Identified> T stamp(T identified) {
		String id;
		do {
			long most = (random.nextLong() & ~0xF000L) | 0x4000L;
			long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
			id = new UUID(most, least).toString();
		} while (!ids.add(id));
		identified.setId(id);
		identified.setCreatedAt(new Date(clock));
		identified.setCreatedBy(author);
		return identified;
	}

	/**
	 * A 64-bit digest of the workspace's attributes and single references, in containment order; also collects the
	 * ids in use and sets the clock to the latest time found. Values are digested by their text (dates by their time),
	 * whose hash codes, unlike those of enumerators, are the same in every run and time zone.
	 */
	private long fingerprint(Theater workspace) {
		long digest = 1125899906842597L;
		clock = 0;
		List<EObject> objects = new ArrayList<>();
		objects.add(workspace);
		workspace.eAllContents().forEachRemaining(objects::add);
		for (EObject object : objects) {
			digest = 31 * digest + object.eClass().getName().hashCode();
			for (EAttribute attribute : object.eClass().getEAllAttributes()) {
				Object value = object.eGet(attribute);
				if (value instanceof Date date) {
					digest = 31 * digest + Long.hashCode(date.getTime());
					clock = Math.max(clock, date.getTime());
				} else {
					digest = 31 * digest + String.valueOf(value).hashCode();
				}
			}
			for (EReference reference : object.eClass().getEAllReferences()) {
				if (!reference.isContainment() && !reference.isMany() && object.eGet(reference) instanceof Identified target) {
					digest = 31 * digest + String.valueOf(target.getId()).hashCode();
				}
			}
			if (object instanceof Identified identified && identified.getId() != null) {
				ids.add(identified.getId());
			}
		}
		return digest;
	}

	/** A random element of {@code list} that matches, or {@code null}: scans from a random start, so it is cheap when many match. */
	private <T> T pickMatching(List<T> list, Predicate<? super T> condition) {
		if (list.isEmpty()) {
			return null;
		}
		int start = random.nextInt(list.size());
		for (int i = 0; i < list.size(); i++) {
			T candidate = list.get((start + i) % list.size());
			if (condition.test(candidate)) {
				return candidate;
			}
		}
		return null;
	}

	private <T> T pick(T[] choices) {
		return choices[random.nextInt(choices.length)];
	}

	private <T> T pick(List<T> choices) {
		return choices.get(random.nextInt(choices.size()));
	}
}
