package org.counterpart.ui.internal.pictures;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import org.counterpart.model.Actor;
import org.counterpart.model.Engagement;
import org.counterpart.model.FieldObservation;
import org.counterpart.model.Theater;
import org.counterpart.model.util.ObjectLabels;
import org.eclipse.emf.ecore.EObject;

/**
 * What the timeline plots: the Theater's observations (when observed) and engagements (when they start) that pass
 * the actor and topic filters. A filter is a piece of text, matched without regard to case anywhere in an actor's
 * label or a topic; an empty filter passes everything.
 * <ul>
 * <li>actor: an observation passes if its source or an actor it is about matches, an engagement if a participant
 * does;</li>
 * <li>topic: an observation passes if one of its topics matches, an engagement if an observation about it has a
 * matching topic.</li>
 * </ul>
 */
public final class TimelineEntries {

	/** One plotted object and its date. */
	public record Entry(EObject object, Date date) {
	}

	private final List<Entry> observations = new ArrayList<>();
	private final List<Entry> engagements = new ArrayList<>();

	private TimelineEntries() {
	}

	/** The entries of {@code theater} that pass both filters (null or blank: no filter). */
	public static TimelineEntries of(Theater theater, String actorFilter, String topicFilter) {
		TimelineEntries entries = new TimelineEntries();
		if (theater == null) {
			return entries;
		}
		String actor = normalise(actorFilter);
		String topic = normalise(topicFilter);
		for (FieldObservation observation : theater.getObservations()) {
			if (observation.getObservedAt() != null && observationMatchesActor(observation, actor)
					&& observationMatchesTopic(observation, topic)) {
				entries.observations.add(new Entry(observation, observation.getObservedAt()));
			}
		}
		Set<Engagement> aboutTopic = topic == null ? null : engagementsAbout(theater, topic);
		for (Engagement engagement : theater.getEngagements()) {
			if (engagement.getStart() != null && engagementMatchesActor(engagement, actor)
					&& (aboutTopic == null || aboutTopic.contains(engagement))) {
				entries.engagements.add(new Entry(engagement, engagement.getStart()));
			}
		}
		return entries;
	}

	/** The observations that passed, in the Theater's order. */
	public List<Entry> observations() {
		return observations;
	}

	/** The engagements that passed, in the Theater's order. */
	public List<Entry> engagements() {
		return engagements;
	}

	/** Labels of every actor of the Theater, sorted, for the actor filter's choices. */
	public static SortedSet<String> actorLabels(Theater theater) {
		SortedSet<String> labels = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		if (theater != null) {
			theater.getContacts().forEach(contact -> labels.add(ObjectLabels.labelOf(contact)));
			theater.getInstitutions().forEach(institution -> labels.add(ObjectLabels.labelOf(institution)));
		}
		return labels;
	}

	/** Every topic of the Theater's observations, sorted, for the topic filter's choices. */
	public static SortedSet<String> topics(Theater theater) {
		SortedSet<String> topics = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		if (theater != null) {
			theater.getObservations().forEach(observation -> topics.addAll(observation.getTopics()));
		}
		return topics;
	}

	private static boolean observationMatchesActor(FieldObservation observation, String actor) {
		if (actor == null) {
			return true;
		}
		if (matches(observation.getSource(), actor)) {
			return true;
		}
		return observation.getAboutActors().stream().anyMatch(about -> matches(about, actor));
	}

	private static boolean observationMatchesTopic(FieldObservation observation, String topic) {
		return topic == null || observation.getTopics().stream().anyMatch(one -> contains(one, topic));
	}

	private static boolean engagementMatchesActor(Engagement engagement, String actor) {
		return actor == null || engagement.getParticipants().stream().anyMatch(participant -> matches(participant, actor));
	}

	/** The engagements that an observation with a topic matching {@code topic} is about. */
	private static Set<Engagement> engagementsAbout(Theater theater, String topic) {
		Set<Engagement> engagements = new HashSet<>();
		for (FieldObservation observation : theater.getObservations()) {
			if (observationMatchesTopic(observation, topic)) {
				engagements.addAll(observation.getAboutEngagements());
			}
		}
		return engagements;
	}

	private static boolean matches(Actor actor, String filter) {
		return actor != null && contains(ObjectLabels.labelOf(actor), filter);
	}

	private static boolean contains(String text, String filter) {
		return text != null && text.toLowerCase(Locale.ROOT).contains(filter);
	}

	private static String normalise(String filter) {
		return filter == null || filter.isBlank() ? null : filter.strip().toLowerCase(Locale.ROOT);
	}
}
