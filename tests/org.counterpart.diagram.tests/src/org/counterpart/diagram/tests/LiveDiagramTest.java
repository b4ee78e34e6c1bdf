package org.counterpart.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.counterpart.diagram.InvalidSpecException;
import org.counterpart.diagram.LoadedSpec;
import org.counterpart.diagram.SpecRegistry;
import org.counterpart.diagram.expression.ExpressionServices;
import org.counterpart.diagram.view.DiagramChange;
import org.counterpart.diagram.view.DiagramEdge;
import org.counterpart.diagram.view.DiagramInterpreter;
import org.counterpart.diagram.view.DiagramNode;
import org.counterpart.diagram.view.LiveDiagram;
import org.counterpart.model.Contact;
import org.counterpart.model.CounterpartFactory;
import org.counterpart.model.Disposition;
import org.counterpart.model.InstitutionKind;
import org.counterpart.model.PartnerInstitution;
import org.counterpart.model.Relationship;
import org.counterpart.model.Theater;
import org.counterpart.model.demo.DemoCountryGenerator;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A live diagram follows the model with work proportional to the change, and reports what changed. */
class LiveDiagramTest {
	private static SpecRegistry registry;

	@BeforeAll
	static void load() throws InvalidSpecException {
		registry = SpecRegistry.shipped();
	}

	private static LoadedSpec spec(String name) {
		return registry.get(name).orElseThrow();
	}

	private static LiveDiagram open(String spec, Theater theater) {
		DiagramInterpreter interpreter = new DiagramInterpreter(spec(spec));
		return LiveDiagram.open(spec(spec), ExpressionServices.standard(), theater, interpreter.defaultLayers(), Set.of());
	}

	@Test
	void oneAttributeChangeRecomputesOneNodeNotTheDiagram() {
		Theater theater = new DemoCountryGenerator(3, 4).generate();
		LiveDiagram live = open("contactNetwork", theater);
		int size = live.diagram().allNodes().size() + live.diagram().edges().size();
		assertTrue(size > 200, "a diagram of some size: " + size);
		List<DiagramChange> changes = new ArrayList<>();
		live.addListener(changes::add);
		Contact contact = theater.getContacts().get(7);
		DiagramNode node = live.nodesOf(contact).get(0);

		contact.setFamilyName("Renamed " + contact.getFamilyName());

		assertEquals(1, changes.size());
		DiagramChange change = changes.get(0);
		assertEquals(List.of(node), change.changedNodes());
		assertTrue(change.addedNodes().isEmpty() && change.removedNodes().isEmpty() && change.addedEdges().isEmpty());
		assertTrue(change.recomputed() <= 2, "recomputed " + change.recomputed() + " of " + size);
		assertSame(node, live.nodesOf(contact).get(0), "the node keeps its identity");
		assertTrue(node.label().contains("Renamed "), node.label());

		Disposition other = contact.getDisposition() == Disposition.OPPOSED ? Disposition.SUPPORTIVE : Disposition.OPPOSED;
		contact.setDisposition(other);
		assertEquals(2, changes.size());
		assertTrue(changes.get(1).recomputed() <= 2, "recomputed " + changes.get(1).recomputed());
		assertEquals(expected(theater, "contactNetwork"), LiveDiagrams.canonical(live.diagram()));
		live.dispose();
	}

	@Test
	void addedAndRemovedObjectsAddAndRemoveTheirNodesAndEdges() {
		Theater theater = new DemoCountryGenerator(3, 1).generate();
		LiveDiagram live = open("contactNetwork", theater);
		List<DiagramChange> changes = new ArrayList<>();
		live.addListener(changes::add);

		Contact a = theater.getContacts().get(0);
		Contact b = theater.getContacts().get(1);
		Relationship relationship = CounterpartFactory.eINSTANCE.createRelationship();
		relationship.setId("rel-test");
		relationship.setSource(a);
		relationship.setTarget(b);
		relationship.setStrength(4);
		theater.getRelationships().add(relationship);

		List<DiagramEdge> edges = live.edgesOf(relationship);
		assertEquals(1, edges.size());
		assertSame(a, edges.get(0).sourceNode().target());
		assertEquals(edges, changes.get(changes.size() - 1).addedEdges());
		assertTrue(changes.get(changes.size() - 1).recomputed() <= 2, "recomputed " + changes.get(changes.size() - 1).recomputed());

		changes.clear();
		int edgesTouchingA = (int)live.diagram().edges().stream().filter(e -> e.sourceNode().target() == a || e.targetNode().target() == a).count();
		DiagramNode nodeOfA = live.nodesOf(a).get(0);
		EcoreUtil.delete(a, true);
		assertTrue(live.nodesOf(a).isEmpty());
		assertTrue(changes.stream().anyMatch(change -> change.removedNodes().contains(nodeOfA)));
		long removedEdges = changes.stream().mapToLong(change -> change.removedEdges().size()).sum();
		assertEquals(edgesTouchingA, removedEdges);
		assertTrue(live.diagram().edges().stream().noneMatch(e -> e.sourceNode() == nodeOfA || e.targetNode() == nodeOfA));
		assertEquals(expected(theater, "contactNetwork"), LiveDiagrams.canonical(live.diagram()));
		assertNull(live.failure());
		live.dispose();
	}

	@Test
	void aContactMovingToAnotherInstitutionMovesItsNodeInTheChart() {
		Theater theater = new DemoCountryGenerator(3, 1).generate();
		LiveDiagram live = open("institutionChart", theater);
		Contact contact = theater.getContacts().stream().filter(c -> c.getAffiliation() != null && !live.nodesOf(c).isEmpty()).findFirst().orElseThrow();
		var other = theater.getInstitutions().stream().filter(i -> i != contact.getAffiliation()).findFirst().orElseThrow();
		contact.setAffiliation(other);
		List<DiagramNode> nodes = live.nodesOf(contact);
		assertEquals(1, nodes.size());
		assertSame(other, nodes.get(0).parent().target());
		assertTrue(nodes.get(0).parent().children().contains(nodes.get(0)));
		assertEquals(expected(theater, "institutionChart"), LiveDiagrams.canonical(live.diagram()));
		live.dispose();
	}

	@Test
	void edgesFollowTheirEndsWhenANodeComesAndGoesByItsPrecondition() throws InvalidSpecException {
		SpecRegistry own = new SpecRegistry();
		LoadedSpec spec = own.register(LiveDiagramTest.class, "/data/precondition-network.counterpartspec");
		Theater theater = new DemoCountryGenerator(3, 1).generate();
		LiveDiagram live = LiveDiagram.open(spec, ExpressionServices.standard(), theater, Set.of(), Set.of());
		PartnerInstitution institution = theater.getContacts().stream().map(Contact::getAffiliation)
				.filter(i -> i != null && i.getKind() != InstitutionKind.POLICE).findFirst().orElseThrow();
		long affiliated = theater.getContacts().stream().filter(c -> c.getAffiliation() == institution).count();
		assertEquals(affiliated, live.diagram().edges().stream().filter(e -> e.targetNode().target() == institution).count());
		List<DiagramChange> changes = new ArrayList<>();
		live.addListener(changes::add);

		institution.setKind(InstitutionKind.POLICE);
		assertTrue(live.nodesOf(institution).isEmpty());
		assertTrue(live.diagram().edges().stream().noneMatch(e -> e.targetNode().target() == institution), "no edge to a node that is gone");
		assertEquals(affiliated, changes.get(0).removedEdges().size());
		assertEquals(LiveDiagrams.canonical(new DiagramInterpreter(spec).interpret(theater, Set.of(), Set.of())), LiveDiagrams.canonical(live.diagram()));

		institution.setKind(InstitutionKind.OTHER);
		assertEquals(1, live.nodesOf(institution).size());
		assertEquals(affiliated, changes.get(1).addedEdges().size(), "the edges come back with their end");
		assertEquals(LiveDiagrams.canonical(new DiagramInterpreter(spec).interpret(theater, Set.of(), Set.of())), LiveDiagrams.canonical(live.diagram()));
		live.dispose();
	}

	@Test
	void afterDisposeTheDiagramNoLongerFollows() {
		Theater theater = new DemoCountryGenerator(3, 1).generate();
		LiveDiagram live = open("contactNetwork", theater);
		Contact contact = theater.getContacts().get(0);
		String before = live.nodesOf(contact).get(0).label();
		live.dispose();
		contact.setFamilyName("Someone else");
		assertEquals(before, live.nodesOf(contact).get(0).label());
	}

	private static String expected(Theater theater, String spec) {
		DiagramInterpreter interpreter = new DiagramInterpreter(spec(spec));
		return LiveDiagrams.canonical(interpreter.interpret(theater, interpreter.defaultLayers(), Set.of()));
	}
}
