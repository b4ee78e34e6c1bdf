package org.counterpart.interchange.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;

import org.counterpart.model.Actor;
import org.counterpart.model.util.ObjectLabels;

/** How field values are written as text in every format: ISO-8601 instants in UTC, lists joined by "; ". */
final class Values {

	/** Separates the items of a list in one CSV cell or property. */
	static final String LIST_SEPARATOR = "; "; //$NON-NLS-1$

	private Values() {
	}

	static String instant(Date date) {
		return date == null ? "" : DateTimeFormatter.ISO_INSTANT.format(date.toInstant()); //$NON-NLS-1$
	}

	static String text(String value) {
		return value == null ? "" : value; //$NON-NLS-1$
	}

	static String number(Double value) {
		return value == null ? "" : Double.toString(value); //$NON-NLS-1$
	}

	static String list(List<String> values) {
		return String.join(LIST_SEPARATOR, values);
	}

	static String actors(List<? extends Actor> actors) {
		return actors.stream().map(ObjectLabels::actorName).collect(Collectors.joining(LIST_SEPARATOR));
	}

	static String actor(Actor actor) {
		return actor == null ? "" : ObjectLabels.actorName(actor); //$NON-NLS-1$
	}

	static Date parseInstant(String text) {
		return Date.from(Instant.parse(text));
	}
}
