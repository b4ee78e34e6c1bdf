package org.counterpart.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.function.LongSupplier;

import org.counterpart.model.Contact;
import org.counterpart.model.CounterpartFactory;
import org.counterpart.model.FieldObservation;
import org.counterpart.model.Objective;
import org.counterpart.model.PartnerInstitution;
import org.counterpart.model.Theater;
import org.counterpart.security.DeviceIdentity;
import org.counterpart.security.TrustVerifier;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.store.internal.JdbcWorkspaceStore;
import org.counterpart.store.journal.HybridLogicalClock;
import org.counterpart.store.journal.Operation;
import org.counterpart.sync.ImportResult;
import org.counterpart.sync.PackageReader;
import org.counterpart.sync.PackageWriter;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * One random history for {@link MergePropertyTest}: headquarters (the hub, signing with its HQ identity)
 * seeds a small workspace; 3 or 4 field devices, each with its own identity and a clock skewed by up to
 * {@link #MAX_SKEW} either way, edit offline and now and then synchronise with headquarters through real
 * packages (written by PackageWriter, read by PackageReader, staged and merged in small batches). Every
 * choice, and every clock, comes from the seeded {@link Random}: the same seed makes the same history.
 */
final class MergeHistory implements AutoCloseable {

	/** How far a device's clock may be off; two devices differ by less than the import's one-day bound. */
	static final long MAX_SKEW = Duration.ofHours(11).toMillis();
	/** Operations per import batch: small, so that every package is merged in several batches. */
	static final int IMPORT_BATCH = 7;
	private static final String[] VALUES = { "alpha", "bravo", "charlie", "delta", "echo", "foxtrot" };

	private final Random random;
	private final Path directory;
	private final DeviceIdentity hubIdentity;
	private final List<DeviceIdentity> identities;
	private final TrustVerifier trust;
	private final List<WorkspaceStore> opened = new ArrayList<>();
	/** The simulated wall clock, shared by all devices (each adds its skew). */
	private long now;
	final List<String> log = new ArrayList<>();
	final WorkspaceStore hub;
	final List<WorkspaceStore> devices = new ArrayList<>();
	/**
	 * Per operation recorded in an edit (device#sequence), the journal heads its device had: what it had
	 * seen. A delivery order that keeps them (as packages do) is causal.
	 */
	final Map<String, Map<String, Long>> dependencies = new HashMap<>();
	/** The first package a device sent, to be delivered again at the end. */
	byte[] firstDevicePackage;

	MergeHistory(Random random, Path directory, DeviceIdentity hubIdentity, List<DeviceIdentity> identities,
			TrustVerifier trust) throws Exception {
		this.random = random;
		this.directory = Files.createDirectories(directory.resolve("history-" + UUID.randomUUID()));
		this.hubIdentity = hubIdentity;
		this.trust = trust;
		int count = random.nextInt(4) == 0 ? 4 : 3;
		this.identities = identities.subList(0, count);
		// a recent start, so that signing times and clocks stay near the real ones
		now = System.currentTimeMillis() - Duration.ofHours(1).toMillis() + random.nextInt(60_000);
		hub = store(0);
		hub.resource().getContents().add(seed());
		hub.save();
		for (int i = 0; i < count; i++) {
			long skew = (long) ((random.nextDouble() * 2 - 1) * MAX_SKEW);
			log.add("d" + i + " clock " + Duration.ofMillis(skew));
			WorkspaceStore device = store(skew);
			devices.add(device);
			deliver(hub, hubIdentity, device, this.identities.get(i));
		}
	}

	/** Runs {@code steps} random steps: offline edits and synchronisations with headquarters. */
	void run(int steps) throws Exception {
		for (int s = 0; s < steps; s++) {
			now += random.nextInt(90_000);
			int d = random.nextInt(devices.size());
			if (random.nextInt(4) == 0) {
				synchronise(d);
			} else {
				int action = random.nextInt(13);
				int pick = random.nextInt(1000);
				int value = random.nextInt(VALUES.length);
				log.add("d" + d + ":" + action + "(" + pick + "," + value + ")");
				WorkspaceStore device = devices.get(d);
				Map<String, Long> seen = device.journalHeads();
				edit(device.resource(), action, pick, value);
				device.save();
				for (Operation op : device.journal(device.deviceId(), seen.getOrDefault(device.deviceId(), 0L))) {
					dependencies.put(op.deviceId() + "#" + op.sequence(), seen);
				}
			}
		}
	}

	/** Every device sends what it has to headquarters, then receives everything from it. */
	void finish() throws Exception {
		for (int d = 0; d < devices.size(); d++) {
			now += random.nextInt(90_000);
			send(d);
		}
		for (int d = 0; d < devices.size(); d++) {
			deliver(hub, hubIdentity, devices.get(d), identities.get(d));
		}
	}

	/** A new empty store with small import batches and the simulated clock plus {@code skew}. */
	WorkspaceStore store(long skew) throws Exception {
		JdbcWorkspaceStore store = JdbcWorkspaceStore.create(directory.resolve("store-" + opened.size()),
				SyncFixture.STORE_PASSPHRASE.toCharArray(), SyncFixture.FAST_KDF);
		opened.add(store);
		store.setImportBatch(IMPORT_BATCH);
		useClock(store, () -> now + skew);
		store.load();
		return store;
	}

	private void synchronise(int d) throws Exception {
		send(d);
		deliver(hub, hubIdentity, devices.get(d), identities.get(d));
	}

	private void send(int d) throws Exception {
		log.add("d" + d + "->hq");
		byte[] sealed = deliver(devices.get(d), identities.get(d), hub, hubIdentity);
		if (firstDevicePackage == null) {
			firstDevicePackage = sealed;
		}
	}

	/** Writes a package from {@code from} for {@code recipient} and imports it into {@code to}. */
	private byte[] deliver(WorkspaceStore from, DeviceIdentity sender, WorkspaceStore to, DeviceIdentity recipient)
			throws Exception {
		ByteArrayOutputStream sealed = new ByteArrayOutputStream();
		new PackageWriter(sender).write(from, List.of(SyncFixture.certificate(recipient)), List.of(), sealed);
		ImportResult result = new PackageReader(recipient, trust).importPackage(
				new ByteArrayInputStream(sealed.toByteArray()), to);
		assertEquals(ImportResult.Status.APPLIED, result.status(), "a new package is applied");
		return sealed.toByteArray();
	}

	/**
	 * Makes {@code store} record with a clock on {@code physicalTime}. The store's clock is not a setting;
	 * tests that need devices whose clocks disagree replace it before the workspace is loaded.
	 */
	static void useClock(WorkspaceStore store, LongSupplier physicalTime) throws ReflectiveOperationException {
		// the clock sits in the store or in one of the objects the store holds (its in-memory state)
		if (replaceClock(store, physicalTime)) {
			return;
		}
		for (Class<?> type = store.getClass(); type != null; type = type.getSuperclass()) {
			for (Field field : type.getDeclaredFields()) {
				if (field.getType().isPrimitive() || field.getType().getName().startsWith("java.")) {
					continue;
				}
				field.setAccessible(true);
				Object held = field.get(store);
				if (held != null && replaceClock(held, physicalTime)) {
					return;
				}
			}
		}
		throw new IllegalStateException("no HybridLogicalClock field in " + store.getClass().getName()
				+ " or what it holds: MergeHistory.useClock must follow the store's clock to where it went");
	}

	private static boolean replaceClock(Object holder, LongSupplier physicalTime) throws ReflectiveOperationException {
		for (Class<?> type = holder.getClass(); type != null; type = type.getSuperclass()) {
			for (Field field : type.getDeclaredFields()) {
				if (field.getType() == HybridLogicalClock.class && !java.lang.reflect.Modifier.isStatic(field.getModifiers())) {
					field.setAccessible(true);
					HybridLogicalClock current = (HybridLogicalClock) field.get(holder);
					HybridLogicalClock skewed = new HybridLogicalClock(physicalTime, 0);
					skewed.advanceTo(current.current());
					field.set(holder, skewed);
					return true;
				}
			}
		}
		return false;
	}

	private static Theater seed() {
		CounterpartFactory f = CounterpartFactory.eINSTANCE;
		Theater theater = f.createTheater();
		theater.setPartnerCountry("Testland");
		for (int i = 0; i < 2; i++) {
			PartnerInstitution institution = f.createPartnerInstitution();
			institution.setName("Institution " + i);
			theater.getInstitutions().add(institution);
		}
		for (int i = 0; i < 3; i++) {
			Contact contact = f.createContact();
			contact.setGivenName("Contact " + i);
			contact.setAffiliation(theater.getInstitutions().get(i % 2));
			theater.getContacts().add(contact);
			FieldObservation observation = f.createFieldObservation();
			observation.setText("Observation " + i);
			observation.getAboutActors().add(contact);
			theater.getObservations().add(observation);
		}
		for (int i = 0; i < 2; i++) {
			Objective objective = f.createObjective();
			objective.setTitle("Objective " + i);
			Objective sub = f.createObjective();
			sub.setTitle("Sub-objective " + i);
			objective.getSubObjectives().add(sub);
			theater.getObjectives().add(objective);
		}
		return theater;
	}

	/** One offline edit, as an officer makes them: fields, links, new and deleted objects, moves, reorders. */
	private static void edit(Resource resource, int action, int pick, int valueIndex) {
		Theater theater = (Theater) resource.getContents().get(0);
		CounterpartFactory f = CounterpartFactory.eINSTANCE;
		String value = VALUES[valueIndex];
		switch (action) {
		case 0 -> pickFrom(theater.getContacts(), pick).ifPresent(c -> c.setGivenName(value));
		case 1 -> pickFrom(theater.getContacts(), pick)
				.ifPresent(c -> c.setAffiliation(pickFrom(theater.getInstitutions(), pick / 7).orElse(null)));
		case 2 -> pickFrom(theater.getObservations(), pick).ifPresent(o -> {
			Contact about = pickFrom(theater.getContacts(), pick / 3).orElse(null);
			if (about != null && !o.getAboutActors().contains(about)) {
				o.getAboutActors().add(about);
			}
		});
		case 3 -> pickFrom(theater.getObservations(), pick).ifPresent(o -> {
			if (!o.getAboutActors().isEmpty()) {
				o.getAboutActors().remove(pick % o.getAboutActors().size());
			}
		});
		case 4 -> {
			FieldObservation o = f.createFieldObservation();
			o.setText(value);
			pickFrom(theater.getContacts(), pick).ifPresent(c -> o.getAboutActors().add(c));
			theater.getObservations().add(pick % (theater.getObservations().size() + 1), o);
		}
		case 5 -> pickFrom(theater.getObservations(), pick).ifPresent(EcoreUtil::delete);
		case 6 -> pickFrom(theater.getContacts(), pick).ifPresent(c -> EcoreUtil.delete(c, true));
		case 7 -> {
			List<Objective> all = objectives(theater);
			Objective moved = pickFrom(all, pick).orElse(null);
			Objective into = pickFrom(all, pick / 5 + valueIndex).orElse(null);
			if (moved != null && into != null && into != moved && !EcoreUtil.isAncestor(moved, into)) {
				into.getSubObjectives().add(moved);
			} else if (moved != null && moved.eContainer() != theater) {
				theater.getObjectives().add(moved);
			}
		}
		case 8 -> {
			EList<FieldObservation> list = theater.getObservations();
			if (list.size() > 1) {
				list.move(valueIndex % list.size(), pick % list.size());
			}
		}
		case 9 -> pickFrom(theater.getObservations(), pick).ifPresent(o -> o.setText(value));
		case 10 -> pickFrom(objectives(theater), pick).ifPresent(o -> EcoreUtil.delete(o, true));
		case 11 -> pickFrom(objectives(theater), pick).ifPresent(o -> {
			Objective sub = f.createObjective();
			sub.setTitle(value);
			o.getSubObjectives().add(sub);
		});
		case 12 -> pickFrom(theater.getContacts(), pick).ifPresent(c -> c.setGivenName(null));
		default -> throw new IllegalArgumentException("action " + action);
		}
	}

	private static List<Objective> objectives(Theater theater) {
		List<Objective> all = new ArrayList<>();
		theater.eAllContents().forEachRemaining(o -> {
			if (o instanceof Objective objective) {
				all.add(objective);
			}
		});
		return all;
	}

	private static <T> Optional<T> pickFrom(List<T> list, int pick) {
		return list.isEmpty() ? Optional.empty() : Optional.of(list.get(pick % list.size()));
	}

	@Override
	public void close() throws Exception {
		for (WorkspaceStore store : opened) {
			store.close();
		}
		MergePropertyTest.deleteTree(directory);
	}
}
