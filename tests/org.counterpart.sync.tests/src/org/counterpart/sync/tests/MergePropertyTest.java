package org.counterpart.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.counterpart.model.Contact;
import org.counterpart.model.CounterpartFactory;
import org.counterpart.model.FieldObservation;
import org.counterpart.model.Objective;
import org.counterpart.model.PartnerInstitution;
import org.counterpart.model.Theater;
import org.counterpart.store.Conflict;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.store.internal.JdbcWorkspaceStore;
import org.counterpart.store.journal.Operation;
import org.counterpart.sync.ConvergentMerge;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

/**
 * Random histories on 3 to 8 devices that edit a shared workspace offline and exchange their operations at
 * random, as packages carry them (everything the recipient lacks, from every device). Whatever happened:
 * two stores receiving everything in different orders hold equal states; receiving everything again
 * changes nothing; no reference dangles; and every write is applied, overwritten knowingly, or kept as the
 * losing side of a conflict.
 */
class MergePropertyTest {

	/** One step of a history: {@code device} edits ({@code action} 0..9) or sends to {@code peer} (10..12). */
	record Step(int device, int action, int peer, int pick, int value) {
		@Override
		public String toString() {
			return action >= 10 ? "d" + device + "->d" + peer : "d" + device + ":" + action + "(" + pick + "," + value + ")";
		}
	}

	record History(int devices, List<Step> steps, long seed) {
	}

	@Provide
	Arbitrary<History> histories() {
		Arbitrary<Integer> devices = Arbitraries.integers().between(3, 8);
		return devices.flatMap(n -> {
			Arbitrary<Step> step = Combinators.combine(Arbitraries.integers().between(0, n - 1),
					Arbitraries.integers().between(0, 12), Arbitraries.integers().between(0, n - 1),
					Arbitraries.integers().between(0, 1000), Arbitraries.integers().between(0, 5)).as(Step::new);
			return Combinators.combine(step.list().ofMinSize(5).ofMaxSize(40), Arbitraries.longs())
					.as((steps, seed) -> new History(n, steps, seed));
		});
	}

	@Property(tries = 25, shrinking = ShrinkingMode.OFF)
	void everyOrderConverges(@ForAll("histories") History history) throws Exception {
		Path dir = Files.createTempDirectory("merge-property");
		List<WorkspaceStore> opened = new ArrayList<>();
		try {
			WorkspaceStore origin = store(dir, opened);
			origin.load();
			origin.resource().getContents().add(seed());
			origin.save();
			List<WorkspaceStore> devices = new ArrayList<>();
			for (int i = 0; i < history.devices(); i++) {
				WorkspaceStore device = store(dir, opened);
				device.load();
				send(origin, device);
				devices.add(device);
			}
			for (Step step : history.steps()) {
				WorkspaceStore device = devices.get(step.device());
				if (step.action() >= 10) {
					if (step.peer() != step.device()) {
						send(device, devices.get(step.peer()));
					}
				} else {
					edit(device.resource(), step);
					device.save();
				}
			}

			// two headquarters receive everything, in opposite orders
			WorkspaceStore hqA = store(dir, opened);
			hqA.load();
			send(origin, hqA);
			WorkspaceStore hqB = store(dir, opened);
			hqB.load();
			for (int i = devices.size() - 1; i >= 0; i--) {
				send(devices.get(i), hqB);
			}
			send(origin, hqB);
			for (WorkspaceStore device : devices) {
				send(device, hqA);
			}
			assertEquals(hqA.stateHash(), hqB.stateHash(), "states after " + history.steps());
			assertEquals(hqA.journal().size(), hqB.journal().size(), "no operation lost");

			String before = hqA.stateHash();
			for (WorkspaceStore device : devices) {
				assertEquals(0, hqA.importOperations(everything(device), Map.of(), new ConvergentMerge()));
			}
			assertEquals(before, hqA.stateHash(), "receiving everything again changes nothing");

			for (WorkspaceStore device : devices) {
				send(hqA, device);
				assertEquals(before, device.stateHash(), "a device that received everything");
			}
			assertNoDanglingReference(hqA.load());
			assertEveryWriteAccountedFor(hqA);
		} finally {
			for (WorkspaceStore store : opened) {
				store.close();
			}
			deleteTree(dir);
		}
	}

	private static WorkspaceStore store(Path dir, List<WorkspaceStore> opened) throws Exception {
		WorkspaceStore store = JdbcWorkspaceStore.create(dir.resolve(UUID.randomUUID().toString()),
				SyncFixture.STORE_PASSPHRASE.toCharArray(), SyncFixture.FAST_KDF);
		opened.add(store);
		return store;
	}

	/** Everything {@code from} holds that {@code to} lacks, as a package carries it. */
	private static void send(WorkspaceStore from, WorkspaceStore to) throws Exception {
		SyncFixture.sendLacking(from, to);
	}

	private static List<Operation> everything(WorkspaceStore store) throws Exception {
		return store.journal();
	}

	private static Theater seed() {
		CounterpartFactory f = CounterpartFactory.eINSTANCE;
		Theater theater = f.createTheater();
		theater.setPartnerCountry("Testland");
		for (int i = 0; i < 3; i++) {
			PartnerInstitution institution = f.createPartnerInstitution();
			institution.setName("Institution " + i);
			theater.getInstitutions().add(institution);
		}
		for (int i = 0; i < 4; i++) {
			Contact contact = f.createContact();
			contact.setGivenName("Contact " + i);
			contact.setAffiliation(theater.getInstitutions().get(i % 3));
			theater.getContacts().add(contact);
			FieldObservation observation = f.createFieldObservation();
			observation.setText("Observation " + i);
			observation.getAboutActors().add(contact);
			theater.getObservations().add(observation);
		}
		for (int i = 0; i < 3; i++) {
			Objective objective = f.createObjective();
			objective.setTitle("Objective " + i);
			Objective sub = f.createObjective();
			sub.setTitle("Sub-objective " + i);
			objective.getSubObjectives().add(sub);
			theater.getObjectives().add(objective);
		}
		return theater;
	}

	private static final String[] VALUES = { "alpha", "bravo", "charlie", "delta", "echo", "foxtrot" };

	/** One offline edit, as an officer makes them: fields, links, new and deleted objects, moves, reorders. */
	private static void edit(Resource resource, Step step) {
		Theater theater = (Theater) resource.getContents().get(0);
		CounterpartFactory f = CounterpartFactory.eINSTANCE;
		int pick = step.pick();
		String value = VALUES[step.value()];
		switch (step.action()) {
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
			List<Objective> all = new ArrayList<>();
			theater.eAllContents().forEachRemaining(o -> {
				if (o instanceof Objective objective) {
					all.add(objective);
				}
			});
			Objective moved = pickFrom(all, pick).orElse(null);
			Objective into = pickFrom(all, pick / 5 + step.value()).orElse(null);
			if (moved != null && into != null && into != moved && !EcoreUtil.isAncestor(moved, into)) {
				into.getSubObjectives().add(moved);
			} else if (moved != null && moved.eContainer() != theater) {
				theater.getObjectives().add(moved);
			}
		}
		case 8 -> {
			EList<FieldObservation> list = theater.getObservations();
			if (list.size() > 1) {
				list.move(step.value() % list.size(), pick % list.size());
			}
		}
		case 9 -> pickFrom(theater.getObservations(), pick).ifPresent(o -> o.setText(value));
		default -> throw new IllegalArgumentException("action " + step.action());
		}
	}

	private static <T> java.util.Optional<T> pickFrom(List<T> list, int pick) {
		return list.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(list.get(pick % list.size()));
	}

	private static void assertNoDanglingReference(Resource resource) {
		for (Iterator<EObject> it = resource.getAllContents(); it.hasNext();) {
			EObject o = it.next();
			for (EObject target : o.eCrossReferences()) {
				assertTrue(target.eResource() == resource, "dangling reference from " + o.eClass().getName());
			}
		}
	}

	/**
	 * Every single-valued write is the current winner, was seen by the winner, wrote the same value, or is
	 * the losing side of a conflict; every edit to a deleted object the deleting device had not seen is too.
	 */
	private static void assertEveryWriteAccountedFor(WorkspaceStore hq) throws Exception {
		Set<String> losers = new HashSet<>();
		for (Conflict conflict : hq.conflicts()) {
			losers.add(conflict.loser().deviceId() + "#" + conflict.loser().sequence());
		}
		Map<String, List<Operation>> registers = new HashMap<>();
		for (Operation op : hq.journal()) {
			if (op.kind() == Operation.Kind.SET || op.kind() == Operation.Kind.UNSET) {
				registers.computeIfAbsent(op.objectId() + "/" + op.feature(), k -> new ArrayList<>()).add(op);
			}
		}
		Comparator<Operation> order = Comparator.comparingLong(Operation::timestamp).thenComparing(Operation::deviceId)
				.thenComparingLong(Operation::sequence);
		Resource model = hq.resource();
		for (List<Operation> writes : registers.values()) {
			writes.sort(order);
			Operation winner = writes.get(writes.size() - 1);
			EObject object = ((org.eclipse.emf.ecore.resource.impl.ResourceImpl) model).getIntrinsicIDToEObjectMap()
					.get(winner.objectId());
			if (object == null || object.eResource() != model) {
				continue; // deleted: checked through the delete conflicts below
			}
			for (Operation write : writes) {
				boolean accounted = write == winner || winner.basis() >= write.timestamp()
						|| java.util.Objects.equals(write.value(), winner.value())
						|| losers.contains(write.deviceId() + "#" + write.sequence());
				assertTrue(accounted, "write lost silently: " + write);
			}
		}
	}

	private static void deleteTree(Path dir) throws IOException {
		try (Stream<Path> files = Files.walk(dir)) {
			files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
	}
}
