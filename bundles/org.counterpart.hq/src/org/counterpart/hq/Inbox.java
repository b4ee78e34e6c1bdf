package org.counterpart.hq;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.HexFormat;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import org.counterpart.hq.InboxEntry.Status;
import org.counterpart.hq.internal.InboxRecords;
import org.counterpart.hq.internal.Messages;
import org.counterpart.store.StoreException;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.sync.ImportResult;
import org.counterpart.sync.PackageException;
import org.counterpart.sync.PackageReader;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Headquarters' inbox: a folder (a USB drop, a mail export) where packages arrive, and what the shared store knows of
 * each of them. Packages stay where they are until they are imported; the inbox's state (status, refusal reasons,
 * import summaries) lives in the store, so every analyst's workstation sees the same inbox.
 * <p>
 * {@link #scan} reads and verifies each package it has not settled yet (nothing is imported) and says where it stands:
 * new, a gap before it (with the missing numbers), a replay of what the store has, or refused with the reason.
 * {@link #importPackages} imports a selection one package after another, each device's packages in the order of
 * their numbers whatever order they were picked in, and keeps what each import did with the package's record.
 * </p>
 */
public final class Inbox {

	private final Path folder;
	private final WorkspaceStore store;
	private final PackageReader reader;
	private final Clock clock;

	public Inbox(Path folder, WorkspaceStore store, PackageReader reader) {
		this(folder, store, reader, Clock.systemUTC());
	}

	public Inbox(Path folder, WorkspaceStore store, PackageReader reader, Clock clock) {
		this.folder = folder;
		this.store = store;
		this.reader = reader;
		this.clock = clock;
	}

	public Path folder() {
		return folder;
	}

	/** What the store records of every package seen in any inbox, by SHA-256: the history of what packages did. */
	public SortedMap<String, InboxEntry> records() throws StoreException {
		SortedMap<String, InboxEntry> records = new TreeMap<>();
		store.records(InboxRecords.KIND).forEach((sha, data) -> {
			InboxEntry entry = InboxRecords.decode(data);
			if (entry != null) {
				records.put(sha, entry);
			}
		});
		return records;
	}

	/**
	 * The packages in the folder now, in the order of their names, each with where it stands; what it found is kept in
	 * the store.
	 *
	 * @throws IOException if the folder cannot be listed
	 */
	public List<InboxEntry> scan(IProgressMonitor monitor) throws IOException, StoreException {
		List<Path> files = files();
		SubMonitor progress = SubMonitor.convert(monitor, Messages.SCANNING, files.size());
		SortedMap<String, InboxEntry> known = records();
		List<InboxEntry> entries = new ArrayList<>();
		Map<String, Long> received = new HashMap<>();
		for (Path file : files) {
			progress.subTask(file.getFileName().toString());
			entries.add(look(file, known, received));
			progress.worked(1);
		}
		entries = markGaps(entries, received);
		keep(entries);
		return entries;
	}

	/**
	 * Imports the packages picked (those that may still change the store; others are passed over), one after the
	 * other in one background run, each device's in the order of their numbers. Stops between two packages when
	 * {@code monitor} is cancelled. A refused package is recorded with the reason and the run goes on.
	 *
	 * @return the entries as they stand after their import, in the order imported; those not reached are left out
	 */
	public List<InboxEntry> importPackages(List<InboxEntry> picked, IProgressMonitor monitor) throws StoreException {
		List<InboxEntry> ordered = importOrder(picked.stream().filter(InboxEntry::importable).toList());
		SubMonitor progress = SubMonitor.convert(monitor, Messages.format(Messages.IMPORTING, ordered.size()),
				ordered.size());
		List<InboxEntry> done = new ArrayList<>();
		for (int i = 0; i < ordered.size(); i++) {
			if (progress.isCanceled()) {
				break;
			}
			InboxEntry entry = ordered.get(i);
			progress.subTask(Messages.format(Messages.IMPORTING_ONE, entry.fileName(), i + 1, ordered.size()));
			InboxEntry after = importOne(entry);
			store.putRecords(InboxRecords.KIND, Map.of(after.sha256(), InboxRecords.encode(after)));
			done.add(after);
			progress.worked(1);
		}
		return done;
	}

	/**
	 * {@code entries} in the order they are imported in: each device's packages by number, the devices in the order
	 * their first package was picked.
	 */
	public static List<InboxEntry> importOrder(List<InboxEntry> entries) {
		Map<String, Integer> firstPicked = new LinkedHashMap<>();
		for (InboxEntry entry : entries) {
			firstPicked.putIfAbsent(String.valueOf(entry.deviceId()), firstPicked.size());
		}
		List<InboxEntry> ordered = new ArrayList<>(entries);
		ordered.sort(Comparator.<InboxEntry>comparingInt(e -> firstPicked.get(String.valueOf(e.deviceId())))
				.thenComparingLong(InboxEntry::packageNumber));
		return ordered;
	}

	private InboxEntry importOne(InboxEntry entry) {
		Path file = folder.resolve(entry.fileName());
		if (!Files.isRegularFile(file)) {
			return entry.with(Status.REFUSED, Messages.GONE, List.of());
		}
		try (InputStream in = Files.newInputStream(file)) {
			ImportResult result = reader.importPackage(in, store);
			Status status = result.status() == ImportResult.Status.APPLIED ? Status.IMPORTED : Status.REPLAY;
			return entry.imported(status, clock.instant(), result.appliedOperations(),
					ImportSummaryText.of(result.changes()));
		} catch (PackageException e) {
			return entry.with(Status.REFUSED, e.getMessage(), List.of());
		} catch (IOException e) {
			return entry.with(Status.REFUSED, Messages.format(Messages.UNREADABLE, e.getMessage()), List.of());
		}
	}

	private List<Path> files() throws IOException {
		if (!Files.isDirectory(folder)) {
			throw new IOException(Messages.format(Messages.NOT_A_FOLDER, folder, "no such folder")); //$NON-NLS-1$
		}
		List<Path> files = new ArrayList<>();
		try (DirectoryStream<Path> listing = Files.newDirectoryStream(folder)) {
			for (Path file : listing) {
				if (Files.isRegularFile(file) && !file.getFileName().toString().startsWith(".")) { //$NON-NLS-1$
					files.add(file);
				}
			}
		}
		files.sort(Comparator.comparing(f -> f.getFileName().toString()));
		return files;
	}

	/**
	 * Where one file stands: settled ones (imported, refused) as recorded; others read and verified again, since the
	 * store may have received the package meanwhile, from this inbox or another workstation's.
	 */
	private InboxEntry look(Path file, Map<String, InboxEntry> known, Map<String, Long> received) throws StoreException {
		String name = file.getFileName().toString();
		long size;
		Instant arrival;
		String sha256;
		try {
			size = Files.size(file);
			arrival = Files.getLastModifiedTime(file).toInstant();
			sha256 = sha256(file);
		} catch (IOException e) {
			return new InboxEntry("unreadable:" + name, name, 0, null, null, null, 0, 0, Status.REFUSED, //$NON-NLS-1$
					Messages.format(Messages.UNREADABLE, e.getMessage()), List.of(), null, 0, List.of());
		}
		InboxEntry recorded = known.get(sha256);
		if (recorded != null && (recorded.status() == Status.IMPORTED || recorded.status() == Status.REFUSED)) {
			return recorded.at(name, arrival);
		}
		PackageReader.Verified verified;
		try (InputStream in = Files.newInputStream(file)) {
			verified = reader.read(in, operation -> {
			});
		} catch (PackageException e) {
			return new InboxEntry(sha256, name, size, arrival, null, null, 0, 0, Status.REFUSED, e.getMessage(),
					List.of(), null, 0, List.of());
		} catch (IOException e) {
			return new InboxEntry(sha256, name, size, arrival, null, null, 0, 0, Status.REFUSED,
					Messages.format(Messages.UNREADABLE, e.getMessage()), List.of(), null, 0, List.of());
		}
		String device = verified.manifest().deviceId();
		long number = verified.manifest().packageSequence();
		long last = PackageReader.lastReceivedPackage(store, verified.signer().certificate(), device);
		received.merge(device, last, Math::max);
		Status status = number <= last ? Status.REPLAY : Status.NEW;
		return new InboxEntry(sha256, name, size, arrival,
				verified.signer().certificate().getSubjectX500Principal().getName(), device, number,
				verified.manifest().operationCount(), status, null, List.of(), null, 0, List.of());
	}

	/** Marks the new packages that have numbers of their device missing before them, neither received nor here. */
	private static List<InboxEntry> markGaps(List<InboxEntry> entries, Map<String, Long> received) {
		Map<String, TreeSet<Long>> present = new HashMap<>();
		for (InboxEntry e : entries) {
			if (e.importable() && e.deviceId() != null) {
				present.computeIfAbsent(e.deviceId(), d -> new TreeSet<>()).add(e.packageNumber());
			}
		}
		List<InboxEntry> marked = new ArrayList<>();
		for (InboxEntry e : entries) {
			if (!e.importable() || e.deviceId() == null) {
				marked.add(e);
				continue;
			}
			List<Long> missing = new ArrayList<>();
			TreeSet<Long> here = present.get(e.deviceId());
			for (long n = received.getOrDefault(e.deviceId(), 0L) + 1; n < e.packageNumber(); n++) {
				if (!here.contains(n)) {
					missing.add(n);
				}
			}
			marked.add(missing.isEmpty() ? e.with(Status.NEW, null, List.of()) : e.with(Status.GAP, null, missing));
		}
		return marked;
	}

	private void keep(List<InboxEntry> entries) throws StoreException {
		Map<String, byte[]> records = new TreeMap<>();
		for (InboxEntry e : entries) {
			if (!e.sha256().startsWith("unreadable:")) { //$NON-NLS-1$
				records.put(e.sha256(), InboxRecords.encode(e));
			}
		}
		store.putRecords(InboxRecords.KIND, records);
	}

	private static String sha256(Path file) throws IOException {
		try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) { //$NON-NLS-1$
			in.transferTo(java.io.OutputStream.nullOutputStream());
			return HexFormat.of().formatHex(in.getMessageDigest().digest());
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e); //$NON-NLS-1$
		}
	}
}
