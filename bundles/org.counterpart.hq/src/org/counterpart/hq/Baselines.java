package org.counterpart.hq;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.counterpart.hq.internal.BaselineRecords;
import org.counterpart.hq.internal.Messages;
import org.counterpart.model.Identified;
import org.counterpart.model.util.ObjectLabels;
import org.counterpart.security.DeviceBinding;
import org.counterpart.security.DeviceCountry;
import org.counterpart.store.StoreException;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.sync.BaselineWriter;
import org.counterpart.sync.PackageException;
import org.counterpart.sync.PackageManifest;
import org.counterpart.sync.ReleasabilityFilter;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * Headquarters' baselines: what each device would be sent (a preview, with the objects withheld from its country and
 * why), the export of one or several devices' baselines in one run, and the record of what was sent, kept in the
 * shared store so that every analyst's workstation sees it. The packages themselves are written by
 * {@link BaselineWriter}, which also remembers per device what it sent, so the next baseline carries only what is new.
 */
public final class Baselines {

	private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss") //$NON-NLS-1$
			.withZone(ZoneOffset.UTC);

	private final WorkspaceStore store;
	private final Clock clock;

	public Baselines(WorkspaceStore store) {
		this(store, Clock.systemUTC());
	}

	public Baselines(WorkspaceStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	/**
	 * What a baseline written now would give {@code device}; nothing is written. The store's workspace is loaded first
	 * if it is not.
	 *
	 * @throws PackageException if the certificate names no country (the message says what to do) or the store cannot be
	 *                          read
	 */
	public BaselinePreview preview(X509Certificate device) throws PackageException {
		BaselineWriter.Preview counts = BaselineWriter.preview(store, device, false);
		Resource workspace = store.resource();
		ReleasabilityFilter filter = new ReleasabilityFilter(workspace, counts.country());
		SortedMap<String, Integer> going = new TreeMap<>();
		List<WithheldObject> withheld = new ArrayList<>();
		workspace.getAllContents().forEachRemaining(object -> {
			if (!(object instanceof Identified identified)) {
				return;
			}
			String kind = object.eClass().getName();
			if (filter.isReleasable(object)) {
				going.merge(kind, 1, Integer::sum);
			} else {
				withheld.add(new WithheldObject(identified.getId(), kind, ObjectLabels.labelOf(object),
						reason(filter, identified)));
			}
		});
		return new BaselinePreview(DeviceBinding.deviceId(device).orElse(null),
				device.getSubjectX500Principal().getName(), counts.country(), counts.operations(),
				counts.withheldOperations(), going, withheld);
	}

	/** Why {@code object} may not go: a container that may not, or its own marking. */
	private static String reason(ReleasabilityFilter filter, Identified object) {
		EObject container = object.eContainer();
		if (container != null && !filter.isReleasable(container)) {
			return Messages.format(Messages.WITHHELD_INSIDE, ObjectLabels.labelOf(container));
		}
		return Messages.format(Messages.WITHHELD_MARKING, ObjectLabels.banner(object.getEffectiveMarking()),
				filter.country());
	}

	/** What a run of {@link #export} did. */
	public record ExportRun(List<BaselineRecord> sent, Map<String, String> failures, boolean cancelled) {

		public ExportRun {
			sent = List.copyOf(sent);
			failures = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(failures));
		}
	}

	/**
	 * Writes a baseline for each of {@code devices} into {@code folder}, one after the other, and records each one sent.
	 * A device whose baseline cannot be written is reported in {@link ExportRun#failures()} (by the subject of its
	 * certificate, with the reason) and leaves no file behind; the run goes on with the next. Stops between two devices
	 * when {@code monitor} is cancelled.
	 *
	 * @param writer the writer that signs the packages (with headquarters' identity) and adds the revocation list
	 */
	public ExportRun export(List<X509Certificate> devices, BaselineWriter writer, Path folder,
			IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, Messages.format(Messages.EXPORTING, devices.size()),
				devices.size());
		List<BaselineRecord> sent = new ArrayList<>();
		Map<String, String> failures = new LinkedHashMap<>();
		for (int i = 0; i < devices.size(); i++) {
			if (progress.isCanceled()) {
				return new ExportRun(sent, failures, true);
			}
			X509Certificate device = devices.get(i);
			String name = device.getSubjectX500Principal().getName();
			progress.subTask(Messages.format(Messages.EXPORTING_ONE, commonName(name), i + 1, devices.size()));
			try {
				sent.add(exportOne(device, writer, folder));
			} catch (IOException | StoreException e) {
				failures.put(name, e.getMessage());
			}
			progress.worked(1);
		}
		return new ExportRun(sent, failures, false);
	}

	private BaselineRecord exportOne(X509Certificate device, BaselineWriter writer, Path folder)
			throws IOException, StoreException {
		String name = device.getSubjectX500Principal().getName();
		if (DeviceCountry.of(device).isEmpty()) {
			throw new PackageException(PackageException.Reason.CREDENTIALS,
					Messages.format(Messages.NO_COUNTRY, name));
		}
		Instant now = clock.instant();
		Files.createDirectories(folder);
		Path file = freeName(folder, "baseline-" + safe(commonName(name)) + "-" + FILE_TIME.format(now)); //$NON-NLS-1$ //$NON-NLS-2$
		Path partial = Files.createTempFile(folder, file.getFileName().toString(), ".part"); //$NON-NLS-1$
		try {
			BaselineWriter.Baseline baseline;
			try (OutputStream out = Files.newOutputStream(partial)) {
				baseline = writer.write(store, device, out);
			}
			Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
			PackageManifest manifest = baseline.manifest();
			BaselineRecord record = new BaselineRecord(deviceKey(device), name, now, file.getFileName().toString(),
					manifest.packageSequence(), manifest.operationCount(), baseline.withheldOperations());
			store.putRecords(BaselineRecords.KIND, Map.of(BaselineRecords.key(record), BaselineRecords.encode(record)));
			return record;
		} finally {
			Files.deleteIfExists(partial);
		}
	}

	/** {@code stem}.cpkg in {@code folder}, or with a number added if that file exists. */
	private static Path freeName(Path folder, String stem) {
		Path file = folder.resolve(stem + ".cpkg"); //$NON-NLS-1$
		for (int n = 2; Files.exists(file); n++) {
			file = folder.resolve(stem + "-" + n + ".cpkg"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return file;
	}

	/** Every baseline sent, as the store records them, oldest first. */
	public List<BaselineRecord> sent() throws StoreException {
		List<BaselineRecord> records = new ArrayList<>();
		for (byte[] data : store.records(BaselineRecords.KIND).values()) {
			BaselineRecord record = BaselineRecords.decode(data);
			if (record != null) {
				records.add(record);
			}
		}
		records.sort(java.util.Comparator.comparing(BaselineRecord::sentAt)
				.thenComparingLong(BaselineRecord::packageSequence));
		return records;
	}

	/** Per device (see {@link #deviceKey}), the last baseline sent to it. */
	public Map<String, BaselineRecord> lastSent() throws StoreException {
		Map<String, BaselineRecord> last = new TreeMap<>();
		for (BaselineRecord record : sent()) {
			last.put(record.deviceId(), record);
		}
		return last;
	}

	/** How the records name a device: the device id its certificate binds, or else the certificate's subject. */
	public static String deviceKey(X509Certificate device) {
		return DeviceBinding.deviceId(device).orElse(device.getSubjectX500Principal().getName());
	}

	/** The CN of a distinguished name, or the whole name if it has none. */
	static String commonName(String name) {
		for (String part : name.split(",")) { //$NON-NLS-1$
			String trimmed = part.trim();
			if (trimmed.startsWith("CN=")) { //$NON-NLS-1$
				return trimmed.substring(3);
			}
		}
		return name;
	}

	/** A name fit for a file: letters, digits, dot, dash and underscore. */
	private static String safe(String name) {
		String safe = name.replaceAll("[^A-Za-z0-9._-]", "_"); //$NON-NLS-1$ //$NON-NLS-2$
		return safe.isEmpty() ? "device" : safe; //$NON-NLS-1$
	}
}
