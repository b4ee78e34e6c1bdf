package org.counterpart.hq.internal;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import org.counterpart.hq.InboxEntry;

/** An inbox entry as a store record: its fields as properties, in UTF-8. */
public final class InboxRecords {

	/** The kind of the store's records that hold the inbox. */
	public static final String KIND = "hq.inbox"; //$NON-NLS-1$

	private InboxRecords() {
	}

	public static byte[] encode(InboxEntry e) {
		Properties p = new Properties();
		p.setProperty("sha256", e.sha256()); //$NON-NLS-1$
		p.setProperty("file", e.fileName()); //$NON-NLS-1$
		p.setProperty("size", Long.toString(e.size())); //$NON-NLS-1$
		put(p, "arrival", e.arrival()); //$NON-NLS-1$
		put(p, "sender", e.sender()); //$NON-NLS-1$
		put(p, "device", e.deviceId()); //$NON-NLS-1$
		p.setProperty("number", Long.toString(e.packageNumber())); //$NON-NLS-1$
		p.setProperty("operations", Long.toString(e.operations())); //$NON-NLS-1$
		p.setProperty("status", e.status().name()); //$NON-NLS-1$
		put(p, "reason", e.reason()); //$NON-NLS-1$
		p.setProperty("missing", String.join(",", e.missing().stream().map(String::valueOf).toList())); //$NON-NLS-1$ //$NON-NLS-2$
		put(p, "imported", e.importedAt()); //$NON-NLS-1$
		p.setProperty("applied", Long.toString(e.applied())); //$NON-NLS-1$
		p.setProperty("summary", String.join("\n", e.summary())); //$NON-NLS-1$ //$NON-NLS-2$
		return RecordProperties.bytes(p);
	}

	/** The entry a record holds, or {@code null} if it cannot be read (written by a newer version, say). */
	public static InboxEntry decode(byte[] data) {
		try {
			Properties p = RecordProperties.read(data);
			List<Long> missing = new ArrayList<>();
			for (String n : p.getProperty("missing", "").split(",")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				if (!n.isBlank()) {
					missing.add(Long.parseLong(n.trim()));
				}
			}
			String summary = p.getProperty("summary", ""); //$NON-NLS-1$ //$NON-NLS-2$
			return new InboxEntry(p.getProperty("sha256"), p.getProperty("file"), //$NON-NLS-1$ //$NON-NLS-2$
					Long.parseLong(p.getProperty("size", "0")), instant(p, "arrival"), p.getProperty("sender"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					p.getProperty("device"), Long.parseLong(p.getProperty("number", "0")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					Long.parseLong(p.getProperty("operations", "0")), //$NON-NLS-1$ //$NON-NLS-2$
					InboxEntry.Status.valueOf(p.getProperty("status")), p.getProperty("reason"), missing, //$NON-NLS-1$ //$NON-NLS-2$
					instant(p, "imported"), Long.parseLong(p.getProperty("applied", "0")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					summary.isEmpty() ? List.of() : Arrays.asList(summary.split("\n"))); //$NON-NLS-1$
		} catch (IOException | RuntimeException e) {
			return null;
		}
	}

	private static void put(Properties p, String key, Object value) {
		if (value != null) {
			p.setProperty(key, value.toString());
		}
	}

	private static Instant instant(Properties p, String key) {
		String value = p.getProperty(key);
		return value == null ? null : Instant.parse(value);
	}
}
