package org.counterpart.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.counterpart.diagram.InvalidSpecException;
import org.counterpart.diagram.LoadedSpec;
import org.counterpart.diagram.SpecRegistry;
import org.counterpart.diagram.view.Diagram;
import org.counterpart.diagram.view.DiagramEdge;
import org.counterpart.diagram.view.DiagramInterpreter;
import org.counterpart.diagram.view.DiagramNode;
import org.counterpart.model.Confidence;
import org.counterpart.model.Contact;
import org.counterpart.model.Disposition;
import org.counterpart.model.Objective;
import org.counterpart.model.PartnerInstitution;
import org.counterpart.model.Relationship;
import org.counterpart.model.Theater;
import org.counterpart.model.demo.DemoCountryGenerator;
import org.counterpart.model.util.ObjectLabels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped specs interpreted on the demo country give the nodes, edges, styles and filters they declare. */
class DiagramInterpreterTest {

	private static SpecRegistry registry;
	private static final Theater THEATER = new DemoCountryGenerator(5, 1).generate();

	@BeforeAll
	static void load() throws InvalidSpecException {
		registry = SpecRegistry.shipped();
	}

	private static LoadedSpec spec(String name) {
		return registry.get(name).orElseThrow();
	}

	private static List<DiagramNode> nodesOf(Diagram diagram, String mapping) {
		return diagram.allNodes().stream().filter(node -> node.mapping().getName().equals(mapping)).toList();
	}

	private static List<DiagramEdge> edgesOf(Diagram diagram, String mapping) {
		return diagram.edges().stream().filter(edge -> edge.mapping().getName().equals(mapping)).toList();
	}

	@Test
	void institutionChart() {
		DiagramInterpreter interpreter = new DiagramInterpreter(spec("institutionChart"));
		Diagram diagram = interpreter.interpret(THEATER, interpreter.defaultLayers(), Set.of());
		assertEquals(THEATER.getInstitutions().size(), diagram.nodes().size());
		for (DiagramNode institution : diagram.nodes()) {
			PartnerInstitution target = (PartnerInstitution)institution.target();
			assertEquals(ObjectLabels.labelOf(target), institution.label());
			// Key contacts inside the institution they belong to, and nowhere else.
			Set<Contact> inside = institution.children().stream().map(node -> (Contact)node.target()).collect(Collectors.toSet());
			Set<Contact> expected = THEATER.getContacts().stream().filter(c -> c.getAffiliation() == target).collect(Collectors.toSet());
			assertEquals(expected, inside);
			// The marking on the border, with the classification banner.
			assertEquals(1, institution.borderNodes().size());
			assertEquals(ObjectLabels.banner(target.getMarking()), institution.borderNodes().get(0).label());
			assertEquals(12.0, institution.borderNodes().get(0).height());
			assertSame(institution, institution.borderNodes().get(0).parent());
			boolean senior = target.getKind().getName().equals("MINISTRY_OF_DEFENCE") || target.getKind().getName().equals("GENERAL_STAFF");
			assertEquals(senior ? 2 : 1, institution.style().getBorderSize());
		}
		assertTrue(diagram.nodes().stream().anyMatch(node -> node.style().getBorderSize() == 2), "a senior institution has the conditional style");
		List<DiagramEdge> parents = edgesOf(diagram, "parentInstitution");
		assertFalse(parents.isEmpty());
		assertEquals(THEATER.getInstitutions().stream().filter(i -> i.getParent() != null).count(), parents.size());
		for (DiagramEdge edge : parents) {
			assertSame(((PartnerInstitution)edge.sourceNode().target()).getParent(), edge.targetNode().target());
			assertEquals(2.0, edge.width());
		}
	}

	@Test
	void contactNetworkWithLayerAndFilter() {
		DiagramInterpreter interpreter = new DiagramInterpreter(spec("contactNetwork"));
		assertEquals(Set.of("network"), interpreter.defaultLayers());
		Diagram diagram = interpreter.interpret(THEATER, interpreter.defaultLayers(), Set.of());
		assertEquals(THEATER.getContacts().size(), nodesOf(diagram, "person").size());
		assertEquals(THEATER.getInstitutions().size(), nodesOf(diagram, "organisation").size());
		assertTrue(nodesOf(diagram, "engagement").isEmpty(), "the engagements layer is off by default");
		// Every relationship between shown actors is one edge, its width its strength, dashed when confidence is low.
		List<DiagramEdge> relationships = edgesOf(diagram, "relationship");
		assertEquals(THEATER.getRelationships().stream().filter(r -> r.getSource() != null && r.getTarget() != null).count(), relationships.size());
		for (DiagramEdge edge : relationships) {
			Relationship relationship = (Relationship)edge.target();
			assertSame(relationship.getSource(), edge.sourceNode().target());
			assertSame(relationship.getTarget(), edge.targetNode().target());
			assertEquals(relationship.getStrength(), edge.width());
			assertEquals(relationship.getKind().getLiteral(), edge.label());
			assertEquals(relationship.getConfidence() == Confidence.LOW ? "dash" : "solid", edge.style().getLineStyle().getLiteral(), edge.toString());
		}
		// Colour by disposition.
		for (DiagramNode person : nodesOf(diagram, "person")) {
			Disposition disposition = ((Contact)person.target()).getDisposition();
			String expected = switch (disposition) {
				case SUPPORTIVE -> "#9ccc65";
				case RECEPTIVE -> "#dcedc8";
				case SKEPTICAL -> "#ffe0b2";
				case OPPOSED -> "#ef9a9a";
				default -> "#eeeeee";
			};
			assertEquals(expected, person.style().getBackgroundColor(), disposition.toString());
		}
		assertFalse(diagram.edges().stream().anyMatch(DiagramEdge::isHidden));

		Diagram filtered = interpreter.interpret(THEATER, Set.of("engagements"), Set.of("weakTies"));
		Set<Relationship> hidden = new HashSet<>();
		for (DiagramEdge edge : edgesOf(filtered, "relationship")) {
			if (edge.isHidden()) {
				hidden.add((Relationship)edge.target());
			}
		}
		Set<Relationship> weak = THEATER.getRelationships().stream().filter(r -> r.getStrength() <= 1 || r.getConfidence() == Confidence.LOW)
				.collect(Collectors.toSet());
		assertFalse(weak.isEmpty());
		assertEquals(weak, hidden);
		assertEquals(THEATER.getEngagements().size(), nodesOf(filtered, "engagement").size());
		assertEquals(THEATER.getEngagements().stream().mapToLong(e -> e.getParticipants().size()).sum(), edgesOf(filtered, "participant").size());
	}

	@Test
	void objectiveTree() {
		DiagramInterpreter interpreter = new DiagramInterpreter(spec("objectiveTree"));
		Diagram diagram = interpreter.interpret(THEATER, interpreter.defaultLayers(), Set.of());
		assertEquals(THEATER.getObjectives().size(), nodesOf(diagram, "endState").size());
		long below = THEATER.getObjectives().stream().mapToLong(endState -> countObjectives(endState) - 1).sum();
		assertTrue(below > 0);
		assertEquals(below, nodesOf(diagram, "objective").size());
		assertEquals(below, edgesOf(diagram, "subObjective").size());
		for (DiagramNode indicator : nodesOf(diagram, "indicator")) {
			assertTrue(indicator.label().contains(" / "), indicator.label());
		}
		assertEquals(nodesOf(diagram, "indicator").size(), edgesOf(diagram, "measuredBy").size());
		assertTrue(nodesOf(diagram, "supportingEngagement").size() > 0);
		assertTrue(nodesOf(diagram, "supportingEngagement").stream()
				.allMatch(node -> !((org.counterpart.model.Engagement)node.target()).getObjectivesSupported().isEmpty()));
	}

	private static long countObjectives(Objective objective) {
		return 1 + objective.getSubObjectives().stream().mapToLong(DiagramInterpreterTest::countObjectives).sum();
	}

	@Test
	void theRootMustBeOfTheSpecsClass() {
		DiagramInterpreter interpreter = new DiagramInterpreter(spec("institutionChart"));
		assertThrows(IllegalArgumentException.class, () -> interpreter.interpret(THEATER.getContacts().get(0), Set.of(), Set.of()));
	}
}
