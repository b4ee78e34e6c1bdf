package org.counterpart.hq.ui.internal;

import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.counterpart.hq.InboxEntry;
import org.eclipse.osgi.util.NLS;

/** The inbox table's columns: heading, the text of a cell, and the order of a column when sorted by it. */
enum InboxColumns {
	FILE(Messages.Inbox_columnFile, 200, InboxEntry::fileName, Comparator.comparing(InboxEntry::fileName)),
	SENDER(Messages.Inbox_columnSender, 160, e -> commonName(e.sender()), Comparator.comparing(e -> commonName(e.sender()))),
	DEVICE(Messages.Inbox_columnDevice, 150, e -> text(e.deviceId()), Comparator.comparing(e -> text(e.deviceId()))),
	NUMBER(Messages.Inbox_columnNumber, 70, e -> e.packageNumber() == 0 ? "" : Long.toString(e.packageNumber()), //$NON-NLS-1$
			Comparator.comparingLong(InboxEntry::packageNumber)),
	SIZE(Messages.Inbox_columnSize, 90, e -> NumberFormat.getIntegerInstance().format(e.size()),
			Comparator.comparingLong(InboxEntry::size)),
	ARRIVAL(Messages.Inbox_columnArrival, 140, e -> e.arrival() == null ? "" : InboxColumns.formatTime(e.arrival()), //$NON-NLS-1$
			Comparator.comparing(InboxEntry::arrival, Comparator.nullsFirst(Comparator.naturalOrder()))),
	STATUS(Messages.Inbox_columnStatus, 320, InboxColumns::status, Comparator.comparing(InboxColumns::status));

	private static final Pattern COMMON_NAME = Pattern.compile("(?:^|,)CN=((?:[^,\\\\]|\\\\.)+)"); //$NON-NLS-1$

	final String heading;
	final int width;
	final Function<InboxEntry, String> text;
	final Comparator<InboxEntry> order;

	InboxColumns(String heading, int width, Function<InboxEntry, String> text, Comparator<InboxEntry> order) {
		this.heading = heading;
		this.width = width;
		this.text = text;
		this.order = order;
	}

	/** Where the package stands, in words: with the refusal's reason, or the numbers missing before it. */
	static String status(InboxEntry entry) {
		return switch (entry.status()) {
		case NEW -> Messages.Inbox_statusNew;
		case IMPORTED -> Messages.Inbox_statusImported;
		case REPLAY -> Messages.Inbox_statusReplay;
		case REFUSED -> NLS.bind(Messages.Inbox_statusRefused, text(entry.reason()));
		case GAP -> NLS.bind(Messages.Inbox_statusGap,
				entry.missing().stream().map(String::valueOf).collect(Collectors.joining(", "))); //$NON-NLS-1$
		};
	}

	/** Whether any cell of {@code entry} contains {@code filter}, ignoring case. */
	static boolean matches(InboxEntry entry, String filter) {
		if (filter.isBlank()) {
			return true;
		}
		String wanted = filter.strip().toLowerCase(Locale.ROOT);
		for (InboxColumns column : values()) {
			if (column.text.apply(entry).toLowerCase(Locale.ROOT).contains(wanted)) {
				return true;
			}
		}
		return false;
	}

	static String formatTime(java.time.Instant instant) {
		return Times.FORMAT.format(instant);
	}

	/** Holds the format apart from the constants, which cannot name a static field of their enum. */
	private static final class Times {
		static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT) //$NON-NLS-1$
				.withZone(ZoneId.systemDefault());
	}

	/** The common name of a certificate's subject (the whole subject if it has none): what people call the sender. */
	static String commonName(String subject) {
		if (subject == null) {
			return ""; //$NON-NLS-1$
		}
		Matcher cn = COMMON_NAME.matcher(subject);
		return cn.find() ? cn.group(1) : subject;
	}

	private static String text(String value) {
		return value == null ? "" : value; //$NON-NLS-1$
	}
}
