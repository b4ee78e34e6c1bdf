package org.counterpart.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.counterpart.model.Contact;
import org.counterpart.model.FieldObservation;
import org.counterpart.model.Objective;
import org.counterpart.model.Theater;
import org.counterpart.model.demo.OfflineEditGenerator;
import org.counterpart.security.DeviceIdentity;
import org.counterpart.security.KeyAlgorithm;
import org.counterpart.store.Conflict;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.sync.ImportResult;
import org.counterpart.sync.PackageReader;
import org.counterpart.sync.PackageWriter;
import org.counterpart.tests.harness.TestDatabase;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three field devices edit the demo country offline, with overlapping edits; headquarters imports their
 * packages in two different orders into two stores, one on H2 and one on PostgreSQL (when
 * {@code COUNTERPART_TEST_PG_URL} is set, as in CI; else a second H2 store, and the test then ends as
 * skipped, saying PostgreSQL was not covered, or fails where PostgreSQL is required, see TestDatabase), and
 * gets equal states and equal conflicts; its baseline goes back to every device, and all converge.
 */
@ResourceLock(TestDatabase.POSTGRESQL)
class MergeEndToEndTest {

	@TempDir
	Path dir;

	private SyncFixture fixture;
	private final List<WorkspaceStore> opened = new ArrayList<>();

	@BeforeEach
	void setUp() throws Exception {
		fixture = new SyncFixture(dir);
	}

	@AfterEach
	void tearDown() throws Exception {
		for (WorkspaceStore store : opened) {
			store.close();
		}
	}

	@Test
	void threeDevicesAndTwoHeadquartersConverge() throws Exception {
		WorkspaceStore hq = keep(fixture.demoStore());
		List<DeviceIdentity> devices = List.of(fixture.device("laptop-a", KeyAlgorithm.EC_P256),
				fixture.device("laptop-b", KeyAlgorithm.EC_P256), fixture.device("laptop-c", KeyAlgorithm.RSA_3072));
		List<WorkspaceStore> field = new ArrayList<>();
		for (DeviceIdentity device : devices) {
			WorkspaceStore store = keep(fixture.emptyStore());
			send(fixture.hq, hq, device, store);
			assertEquals(hq.stateHash(), store.stateHash(), "the baseline gives each device headquarters' state");
			field.add(store);
		}
		WorkspaceStore secondHq = keep(serverStoreOrH2());
		send(fixture.hq, hq, fixture.hq, secondHq);

		// offline: edits that are sure to collide, then realistic ones
		Theater atHq = (Theater) hq.resource().getContents().get(0);
		String contactId = atHq.getContacts().get(3).getId();
		String objectiveId = atHq.getObjectives().get(0).getSubObjectives().get(0).getId();
		String observationId = atHq.getObservations().get(5).getId();
		for (int i = 0; i < field.size(); i++) {
			Resource model = field.get(i).resource();
			((Contact) byId(model, contactId)).setPosition("position set on laptop " + i);
			Objective target = ((Theater) model.getContents().get(0)).getObjectives().get(1 + i % 2);
			target.getSubObjectives().add((Objective) byId(model, objectiveId));
			if (i == 0) {
				EcoreUtil.delete(byId(model, observationId), true);
			} else {
				((FieldObservation) byId(model, observationId)).setText("edited on laptop " + i + " while it was deleted");
			}
			field.get(i).save();
			new OfflineEditGenerator(40 + i, "officer-" + (char) ('a' + i)).apply((Theater) model.getContents().get(0), 120);
			field.get(i).save();
		}
		assertNotEquals(field.get(0).stateHash(), field.get(1).stateHash(), "the devices really diverged");

		List<byte[]> packages = new ArrayList<>();
		for (int i = 0; i < field.size(); i++) {
			packages.add(write(devices.get(i), field.get(i), SyncFixture.certificate(fixture.hq)));
		}
		for (int i : new int[] { 0, 1, 2 }) {
			read(fixture.hq, packages.get(i), hq);
		}
		for (int i : new int[] { 2, 0, 1 }) {
			read(fixture.hq, packages.get(i), secondHq);
		}
		assertEquals(hq.stateHash(), secondHq.stateHash(), "import order does not matter");
		List<String> conflicts = keys(hq.conflicts());
		assertEquals(conflicts, keys(secondHq.conflicts()), "both record the same conflicts");
		Set<Conflict.Kind> kinds = EnumSet.noneOf(Conflict.Kind.class);
		hq.conflicts().forEach(c -> kinds.add(c.kind()));
		assertTrue(kinds.containsAll(EnumSet.of(Conflict.Kind.VALUE, Conflict.Kind.MOVE, Conflict.Kind.DELETE_EDIT)),
				"value, move and delete-edit conflicts: " + conflicts);
		assertNoDanglingReference(hq.resource());
		Map<String, String> names = hq.deviceNames();
		for (int i = 0; i < field.size(); i++) {
			assertEquals(SyncFixture.certificate(devices.get(i)).getSubjectX500Principal().getName(),
					names.get(field.get(i).deviceId()), "conflicts can say who each device is");
		}

		String beforeReplay = hq.stateHash();
		ImportResult replay = read(fixture.hq, packages.get(1), hq);
		assertEquals(ImportResult.Status.REPLAY, replay.status());
		assertEquals(beforeReplay, hq.stateHash());

		for (int i = 0; i < field.size(); i++) {
			send(fixture.hq, hq, devices.get(i), field.get(i));
			assertEquals(hq.stateHash(), field.get(i).stateHash(), "device " + i + " has the merged picture");
		}
		// everything above held with the second headquarters on H2; say that PostgreSQL was not covered
		TestDatabase.requirePostgres("The second headquarters on PostgreSQL (this run used H2)");
	}

	private WorkspaceStore keep(WorkspaceStore store) {
		opened.add(store);
		return store;
	}

	/** A PostgreSQL store in a fresh schema when the test database is configured, else another H2 store. */
	private WorkspaceStore serverStoreOrH2() throws Exception {
		if (!TestDatabase.configured()) {
			if (TestDatabase.required()) {
				TestDatabase.requirePostgres("The second headquarters");
			}
			return fixture.emptyStore();
		}
		WorkspaceStore store = WorkspaceStore.openServer(TestDatabase.newSchemaUrl(), setting("USER"),
				setting("PASSWORD").toCharArray());
		store.load();
		return store;
	}

	private static String setting(String suffix) {
		return TestDatabase.setting(suffix);
	}

	private static EObject byId(Resource model, String id) {
		for (Iterator<EObject> it = model.getAllContents(); it.hasNext();) {
			EObject o = it.next();
			if (o instanceof org.counterpart.model.Identified identified && id.equals(identified.getId())) {
				return o;
			}
		}
		throw new AssertionError("no object " + id);
	}

	private static byte[] write(DeviceIdentity sender, WorkspaceStore store, X509Certificate to) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new PackageWriter(sender).write(store, List.of(to), List.of(), out);
		return out.toByteArray();
	}

	private ImportResult read(DeviceIdentity recipient, byte[] pkg, WorkspaceStore store) throws Exception {
		return new PackageReader(recipient, fixture.trust()).importPackage(new ByteArrayInputStream(pkg), store);
	}

	private void send(DeviceIdentity sender, WorkspaceStore from, DeviceIdentity recipient, WorkspaceStore to)
			throws Exception {
		ImportResult result = read(recipient, write(sender, from, SyncFixture.certificate(recipient)), to);
		assertEquals(ImportResult.Status.APPLIED, result.status());
	}

	private static List<String> keys(List<Conflict> conflicts) {
		return conflicts.stream().map(Conflict::key).toList();
	}

	private static void assertNoDanglingReference(Resource resource) {
		for (Iterator<EObject> it = resource.getAllContents(); it.hasNext();) {
			EObject o = it.next();
			for (EObject target : o.eCrossReferences()) {
				assertTrue(target.eResource() == resource, "dangling reference from " + o.eClass().getName());
			}
		}
	}
}
