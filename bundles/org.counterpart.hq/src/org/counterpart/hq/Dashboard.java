package org.counterpart.hq;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.counterpart.hq.InboxEntry.Status;
import org.counterpart.hq.internal.InboxRecords;
import org.counterpart.model.FieldObservation;
import org.counterpart.store.StoreException;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.store.journal.Operation;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * The picture of the whole for headquarters, from the shared store: packages received per device per week, field
 * observations per week by the team (device) that recorded them, the conflicts open, and the registry's devices, from
 * which those silent for too long are picked. Each weekly chart covers the weeks up to its latest activity.
 */
public final class Dashboard {

	private final WeeklyCounts packages;
	private final WeeklyCounts observations;
	private final int openConflicts;
	private final List<DeviceRow> devices;
	private final String headquarters;

	private Dashboard(WeeklyCounts packages, WeeklyCounts observations, int openConflicts, List<DeviceRow> devices,
			String headquarters) {
		this.packages = packages;
		this.observations = observations;
		this.openConflicts = openConflicts;
		this.devices = List.copyOf(devices);
		this.headquarters = headquarters;
	}

	/**
	 * The dashboard of {@code store} now. The store's workspace is loaded first if it is not.
	 *
	 * @param certificates device certificates headquarters knows, see {@link DeviceRegistry#rows}
	 * @param weeks        how many weeks each chart covers
	 */
	public static Dashboard of(WorkspaceStore store, Collection<X509Certificate> certificates, int weeks)
			throws StoreException, IOException {
		List<DeviceRow> rows = DeviceRegistry.rows(store, certificates);
		Map<String, String> names = new HashMap<>();
		for (DeviceRow row : rows) {
			names.put(row.deviceId(), row.name() == null ? row.deviceId() : commonName(row.name()));
		}
		Map<String, List<Instant>> arrivals = new TreeMap<>();
		for (byte[] data : store.records(InboxRecords.KIND).values()) {
			InboxEntry entry = InboxRecords.decode(data);
			if (entry != null && entry.deviceId() != null && entry.arrival() != null && entry.status() != Status.REFUSED) {
				arrivals.computeIfAbsent(names.getOrDefault(entry.deviceId(), entry.deviceId()), d -> new ArrayList<>())
						.add(entry.arrival());
			}
		}
		return new Dashboard(weekly(arrivals, weeks), weekly(observationsByTeam(store, names), weeks),
				store.conflicts().size(), rows, store.deviceId());
	}

	/** When each field observation was observed, by the name of the device whose operation created it. */
	private static Map<String, List<Instant>> observationsByTeam(WorkspaceStore store, Map<String, String> names)
			throws StoreException, IOException {
		Resource workspace = store.resource() != null ? store.resource() : store.load();
		Map<String, Instant> observed = new HashMap<>();
		workspace.getAllContents().forEachRemaining(object -> {
			if (object instanceof FieldObservation observation && observation.getObservedAt() != null) {
				observed.put(observation.getId(), observation.getObservedAt().toInstant());
			}
		});
		Map<String, List<Instant>> byTeam = new TreeMap<>();
		for (String device : store.journalHeads().keySet()) {
			String team = names.getOrDefault(device, device);
			store.readJournal(device, 0, op -> {
				if (op.kind() == Operation.Kind.CREATE) {
					Instant at = observed.remove(op.objectId());
					if (at != null) {
						byTeam.computeIfAbsent(team, t -> new ArrayList<>()).add(at);
					}
				}
			});
		}
		return byTeam;
	}

	/**
	 * Counts per week over the {@code weeks} weeks that end with the latest week of any time given; series with nothing
	 * in those weeks are left out.
	 */
	static WeeklyCounts weekly(Map<String, List<Instant>> times, int weeks) {
		LocalDate last = null;
		for (List<Instant> list : times.values()) {
			for (Instant time : list) {
				LocalDate week = monday(time);
				if (last == null || week.isAfter(last)) {
					last = week;
				}
			}
		}
		if (last == null) {
			last = monday(Instant.now());
		}
		List<LocalDate> mondays = new ArrayList<>();
		for (int i = weeks - 1; i >= 0; i--) {
			mondays.add(last.minusWeeks(i));
		}
		TreeMap<String, List<Integer>> series = new TreeMap<>();
		times.forEach((name, list) -> {
			Integer[] counts = new Integer[weeks];
			java.util.Arrays.fill(counts, 0);
			for (Instant time : list) {
				int index = mondays.indexOf(monday(time));
				if (index >= 0) {
					counts[index]++;
				}
			}
			if (java.util.Arrays.stream(counts).anyMatch(c -> c > 0)) {
				series.put(name, List.of(counts)); // a series with nothing in the weeks shown would only crowd the legend
			}
		});
		return new WeeklyCounts(mondays, series);
	}

	private static LocalDate monday(Instant time) {
		return time.atZone(ZoneOffset.UTC).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	/** Packages received (not refused) per device per week, by arrival in the inbox. */
	public WeeklyCounts packages() {
		return packages;
	}

	/** Field observations per week observed, by the device (team) that recorded them. */
	public WeeklyCounts observations() {
		return observations;
	}

	/** How many conflicts are open. */
	public int openConflicts() {
		return openConflicts;
	}

	/** The registry's rows, see {@link DeviceRegistry#rows}. */
	public List<DeviceRow> devices() {
		return devices;
	}

	/**
	 * The field devices (headquarters itself left out) from which no package was imported for more than {@code quiet}
	 * before {@code now}, or none ever, those silent longest first.
	 */
	public List<DeviceRow> silent(Duration quiet, Instant now) {
		Instant since = now.minus(quiet);
		return devices.stream().filter(row -> !row.deviceId().equals(headquarters))
				.filter(row -> row.lastImportedAt() == null || row.lastImportedAt().isBefore(since))
				.sorted(java.util.Comparator.comparing(DeviceRow::lastImportedAt,
						java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())))
				.toList();
	}

	static String commonName(String name) {
		return Baselines.commonName(name);
	}
}
