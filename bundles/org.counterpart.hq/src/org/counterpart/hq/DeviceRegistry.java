package org.counterpart.hq;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import org.counterpart.hq.InboxEntry.Status;
import org.counterpart.hq.internal.InboxRecords;
import org.counterpart.security.DeviceBinding;
import org.counterpart.store.Conflict;
import org.counterpart.store.StoreException;
import org.counterpart.store.WorkspaceStore;

/**
 * Headquarters' device registry: every device the shared store knows (by its journal, its names, the inbox's records
 * or its conflicts) or that a known certificate is bound to (enrolled, whether or not it has sent anything yet), each with its last imported package, the operations received, the gaps still open, the conflicts
 * it is part of and, when its certificate is known, the certificate's expiry. Computed from the store alone, so every
 * analyst's workstation shows the same registry.
 */
public final class DeviceRegistry {

	private DeviceRegistry() {
	}

	/**
	 * The registry's rows, in the order of the device ids.
	 *
	 * @param certificates device certificates known to headquarters (issued by its authority, say): a device's expiry
	 *                     is that of the latest-expiring certificate whose subject is the device's name; a device a
	 *                     certificate is bound to is listed even before the store has heard of it
	 */
	public static List<DeviceRow> rows(WorkspaceStore store, Collection<X509Certificate> certificates)
			throws StoreException {
		Map<String, Long> heads = store.journalHeads();
		Map<String, String> names = store.deviceNames();
		List<Conflict> conflicts = store.conflicts();
		Map<String, List<InboxEntry>> packages = new HashMap<>();
		for (byte[] record : store.records(InboxRecords.KIND).values()) {
			InboxEntry entry = InboxRecords.decode(record);
			if (entry != null && entry.deviceId() != null) {
				packages.computeIfAbsent(entry.deviceId(), d -> new ArrayList<>()).add(entry);
			}
		}
		TreeSet<String> devices = new TreeSet<>();
		devices.addAll(heads.keySet());
		devices.addAll(names.keySet());
		devices.addAll(packages.keySet());
		Map<String, Integer> conflicted = new HashMap<>();
		for (Conflict conflict : conflicts) {
			TreeSet<String> sides = new TreeSet<>(List.of(conflict.winner().deviceId(), conflict.loser().deviceId()));
			for (String device : sides) {
				conflicted.merge(device, 1, Integer::sum);
			}
			devices.addAll(sides);
		}
		Map<String, String> enrolled = new HashMap<>();
		for (X509Certificate certificate : certificates) {
			DeviceBinding.deviceId(certificate).ifPresent(
					id -> enrolled.putIfAbsent(id, certificate.getSubjectX500Principal().getName()));
		}
		devices.addAll(enrolled.keySet());
		Map<String, Instant> expiries = expiries(certificates);
		List<DeviceRow> rows = new ArrayList<>();
		for (String device : devices) {
			List<InboxEntry> received = packages.getOrDefault(device, List.of());
			String name = names.getOrDefault(device, sender(received));
			if (name == null) {
				name = enrolled.get(device);
			}
			InboxEntry last = lastImported(received);
			rows.add(new DeviceRow(device, name, last == null ? 0 : last.packageNumber(),
					last == null ? null : last.importedAt(), heads.getOrDefault(device, 0L),
					openGaps(received), conflicted.getOrDefault(device, 0),
					name == null ? null : expiries.get(name)));
		}
		return rows;
	}

	/** The signer of the device's packages the inbox verified, for a device the store has not named yet. */
	private static String sender(List<InboxEntry> received) {
		return received.stream().filter(e -> e.sender() != null).max(Comparator.comparingLong(InboxEntry::packageNumber))
				.map(InboxEntry::sender).orElse(null);
	}

	private static InboxEntry lastImported(List<InboxEntry> received) {
		InboxEntry last = null;
		for (InboxEntry entry : received) {
			if (entry.status() == Status.IMPORTED && (last == null || entry.packageNumber() > last.packageNumber())) {
				last = entry;
			}
		}
		return last;
	}

	/**
	 * The numbers an inbox scan found missing before a package of the device, less those that have arrived since, in
	 * any inbox. A package imported over a gap leaves the gap open: the operations missing are still missing.
	 */
	private static List<Long> openGaps(List<InboxEntry> received) {
		TreeSet<Long> missing = new TreeSet<>();
		TreeSet<Long> arrived = new TreeSet<>();
		for (InboxEntry entry : received) {
			if (entry.status() == Status.GAP) {
				missing.addAll(entry.missing());
			}
			if (entry.status() != Status.REFUSED) {
				arrived.add(entry.packageNumber());
			}
		}
		missing.removeAll(arrived);
		return List.copyOf(missing);
	}

	private static Map<String, Instant> expiries(Collection<X509Certificate> certificates) {
		SortedMap<String, Instant> expiries = new TreeMap<>();
		for (X509Certificate certificate : certificates) {
			expiries.merge(certificate.getSubjectX500Principal().getName(), certificate.getNotAfter().toInstant(),
					(a, b) -> a.isAfter(b) ? a : b);
		}
		return expiries;
	}
}
