package org.counterpart.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Date;
import java.util.List;

import org.counterpart.model.Classification;
import org.counterpart.model.Contact;
import org.counterpart.model.CounterpartFactory;
import org.counterpart.model.CounterpartPackage;
import org.counterpart.model.FieldObservation;
import org.counterpart.model.Marking;
import org.counterpart.model.PartnerInstitution;
import org.counterpart.model.Theater;
import org.counterpart.model.demo.DemoCountryGenerator;
import org.counterpart.store.CanonicalStateHash;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.store.internal.JdbcWorkspaceStore;
import org.counterpart.store.journal.Operation;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The store with Counterpart's own model and its demo workspace. */
class ModelStoreTest {

	@TempDir
	static Path tempDir;

	static List<StoreFixture> fixtures() {
		CounterpartPackage.eINSTANCE.getName(); // registers the package outside OSGi too
		return StoreFixture.all(tempDir);
	}

	private static Resource demo() {
		Resource r = new ResourceImpl(URI.createURI("demo:/valmaa"));
		r.getContents().add(new DemoCountryGenerator(7, 1).generate());
		return r;
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("fixtures")
	void demoWorkspaceRoundTripsEditsAndReplays(StoreFixture fixture) throws Exception {
		Resource source = demo();
		String hash = CanonicalStateHash.of(source);
		try (WorkspaceStore store = JdbcWorkspaceStore.importModel(fixture.create(), source)) {
			assertEquals(hash, store.stateHash());
		}
		String edited;
		try (WorkspaceStore store = fixture.reopen()) {
			Resource r = store.load();
			assertEquals(hash, CanonicalStateHash.of(r));
			Theater theater = (Theater) r.getContents().get(0);
			assertTrue(EcoreUtil.equals(source.getContents().get(0), theater));
			// a field officer's day: edit a contact, record an observation, drop a relationship, re-parent
			Contact contact = theater.getContacts().get(3);
			contact.setRank("COL");
			contact.getLanguages().add(0, "Valmaan");
			FieldObservation observation = CounterpartFactory.eINSTANCE.createFieldObservation();
			observation.setId("obs-new");
			observation.setText("Met the deputy chief of staff; procurement reform is stalled.");
			observation.setObservedAt(new Date(1_750_000_000_000L));
			observation.getAboutActors().add(contact);
			theater.getObservations().add(0, observation);
			EcoreUtil.delete(theater.getRelationships().get(5), true);
			PartnerInstitution institution = theater.getInstitutions().get(10);
			theater.getInstitutions().move(0, institution);
			// a marking has no identity: changing it is a SET of the whole value on its owner
			Marking marking = CounterpartFactory.eINSTANCE.createMarking();
			marking.setClassification(Classification.CUI);
			contact.setMarking(marking);
			marking.getDisseminationControls().add("NOFORN");
			marking.getRelTo().add("XVM");
			int ops = store.save();
			assertTrue(ops > 5 && ops < 40, "operations: " + ops);
			List<Operation> markingOps = store.journal(store.deviceId(), store.stats().lastSequence() - ops).stream()
					.filter(op -> "marking".equals(op.feature())).toList();
			assertEquals(3, markingOps.size());
			for (Operation op : markingOps) {
				assertEquals(Operation.Kind.SET, op.kind());
				assertEquals(contact.getId(), op.objectId());
			}
			edited = CanonicalStateHash.of(r);
			assertEquals(edited, store.stateHash());
		}
		List<Operation> journal;
		try (WorkspaceStore store = fixture.reopen()) {
			assertEquals(edited, CanonicalStateHash.of(store.load()));
			journal = store.journal();
		}
		StoreFixture other = StoreFixture.all(tempDir).get(fixture.isLocal() ? 0 : 1);
		try (WorkspaceStore replica = other.create()) {
			replica.load();
			replica.importOperations(journal);
			assertEquals(edited, replica.stateHash());
		}
	}
}
