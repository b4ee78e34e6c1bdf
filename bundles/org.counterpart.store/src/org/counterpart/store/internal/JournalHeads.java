package org.counterpart.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.counterpart.store.journal.Operation;

/**
 * Per device, the head of its gap-free run of journaled operations, once read: kept up to date by each write so
 * that packages do not read the whole journal for it; devices whose head a write may have moved past a hole are
 * read again (only beyond their head).
 */
final class JournalHeads {

	private Map<String, Long> heads;
	private final Set<String> toRecheck = new HashSet<>();
	/** devices of which the journal holds operations beyond a hole: a write that fills it moves the head further */
	private final Set<String> withHoles = new HashSet<>();

	/** The heads, read in the caller's transaction where they are not known. */
	Map<String, Long> read(Connection c) throws SQLException {
		try {
			if (heads == null) {
				toRecheck.clear();
				withHoles.clear();
				heads = readAll(c, withHoles);
			}
			for (String device : toRecheck) {
				heads.put(device, JournalTable.headBeyond(c, device, heads.getOrDefault(device, 0L)));
			}
			toRecheck.clear();
		} catch (SQLException e) {
			heads = null;
			throw e;
		}
		return new TreeMap<>(heads);
	}

	/** Forgets what is known: after a rollback, the heads are read again. */
	void forget() {
		heads = null;
		toRecheck.clear();
		withHoles.clear();
	}

	/** Moves the known heads over operations just committed; a device left with a hole is read again later. */
	void advance(List<Operation> written) {
		if (heads == null) {
			return;
		}
		Map<String, Set<Long>> byDevice = new HashMap<>();
		for (Operation op : written) {
			byDevice.computeIfAbsent(op.deviceId(), d -> new HashSet<>()).add(op.sequence());
		}
		for (Map.Entry<String, Set<Long>> device : byDevice.entrySet()) {
			long head = heads.getOrDefault(device.getKey(), 0L);
			while (device.getValue().remove(head + 1)) {
				head++;
			}
			heads.put(device.getKey(), head);
			long advanced = head;
			if (device.getValue().stream().anyMatch(seq -> seq > advanced)) {
				withHoles.add(device.getKey()); // beyond a hole: a later write may fill it
			}
			if (withHoles.contains(device.getKey())) {
				toRecheck.add(device.getKey());
			}
		}
	}

	private static Map<String, Long> readAll(Connection c, Set<String> withHoles) throws SQLException {
		Map<String, Long> read = new TreeMap<>();
		List<String> holes = new ArrayList<>();
		// counts per device, kept beside the journal; only a device with holes is walked one by one
		for (JournalTable.DeviceRange range : JournalRanges.read(c)) {
			if (range.min() != 1) {
				read.put(range.device(), 0L);
				holes.add(range.device());
			} else if (range.count() == range.max()) {
				read.put(range.device(), range.max());
			} else {
				holes.add(range.device());
			}
		}
		for (String device : holes) {
			if (!read.containsKey(device)) {
				read.put(device, JournalTable.headBeyond(c, device, 0));
			}
		}
		withHoles.addAll(holes);
		return read;
	}
}
