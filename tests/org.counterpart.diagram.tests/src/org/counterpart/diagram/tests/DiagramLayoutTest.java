package org.counterpart.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.counterpart.diagram.InvalidSpecException;
import org.counterpart.diagram.SpecRegistry;
import org.counterpart.diagram.layout.Arrangement;
import org.counterpart.diagram.layout.Arrangement.Bounds;
import org.counterpart.diagram.layout.DiagramLayout;
import org.counterpart.diagram.view.Diagram;
import org.counterpart.diagram.view.DiagramInterpreter;
import org.counterpart.diagram.view.DiagramNode;
import org.counterpart.model.Confidence;
import org.counterpart.model.Contact;
import org.counterpart.model.CounterpartFactory;
import org.counterpart.model.Relationship;
import org.counterpart.model.RelationshipKind;
import org.counterpart.model.Theater;
import org.counterpart.model.demo.DemoCountryGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Layout with a stored arrangement: pinned nodes stay exactly where the user put them, new nodes are placed near
 * their neighbours without moving any placed one, and a fully arranged diagram opens without a layout.
 */
class DiagramLayoutTest {
	private static SpecRegistry registry;

	@BeforeAll
	static void load() throws InvalidSpecException {
		registry = SpecRegistry.shipped();
	}

	private static Diagram interpret(String name, Theater theater) {
		DiagramInterpreter interpreter = new DiagramInterpreter(registry.get(name).orElseThrow());
		return interpreter.interpret(theater, interpreter.defaultLayers(), Set.of());
	}

	private static List<DiagramNode> visibleTop(Diagram diagram) {
		return diagram.nodes().stream().filter(node -> !node.isHidden()).toList();
	}

	private static void assertNoOverlap(Diagram diagram, Arrangement arrangement) {
		List<DiagramNode> top = visibleTop(diagram);
		for (int i = 0; i < top.size(); i++) {
			Bounds a = arrangement.bounds(top.get(i).key());
			assertNotNull(a, top.get(i).key());
			for (int j = i + 1; j < top.size(); j++) {
				assertFalse(a.intersects(arrangement.bounds(top.get(j).key())), top.get(i) + " overlaps " + top.get(j));
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "institutionChart", "contactNetwork", "objectiveTree" })
	void aFullyArrangedDiagramOpensWithoutLayout(String name) {
		Diagram diagram = interpret(name, new DemoCountryGenerator(11, 1).generate());
		DiagramLayout layout = new DiagramLayout();
		DiagramLayout.Result first = layout.arrange(diagram, null);
		assertEquals(DiagramLayout.Kind.FULL, first.kind());
		assertEquals(1, layout.elkRuns());
		DiagramLayout.Result again = layout.arrange(diagram, first.arrangement());
		assertEquals(DiagramLayout.Kind.NONE, again.kind());
		assertEquals(1, layout.elkRuns(), "no ELK call for an arranged diagram");
		for (DiagramNode node : diagram.allNodes()) {
			if (!node.isHidden()) {
				assertEquals(first.arrangement().bounds(node.key()), again.arrangement().bounds(node.key()), node.key());
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "institutionChart", "contactNetwork", "objectiveTree" })
	void pinnedNodesStayWhereTheUserPutThem(String name) {
		Diagram diagram = interpret(name, new DemoCountryGenerator(12, 1).generate());
		DiagramLayout layout = new DiagramLayout();
		Arrangement laidOut = layout.arrange(diagram, null).arrangement();
		// The user dragged three nodes to new places and pinned them; everything else is to be laid out again.
		List<DiagramNode> top = visibleTop(diagram);
		Random random = new Random(7);
		Arrangement stored = new Arrangement();
		List<DiagramNode> pinned = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			DiagramNode node = top.get(random.nextInt(top.size()));
			if (pinned.contains(node)) {
				continue;
			}
			Bounds was = laidOut.bounds(node.key());
			stored.setBounds(node.key(), new Bounds(was.x() + 333.5 + 1000 * i, was.y() - 77.25, was.width(), was.height()));
			stored.setPinned(node.key(), true);
			pinned.add(node);
		}
		DiagramLayout.Result result = layout.arrange(diagram, stored);
		assertEquals(DiagramLayout.Kind.FULL, result.kind());
		for (DiagramNode node : pinned) {
			assertEquals(stored.bounds(node.key()), result.arrangement().bounds(node.key()), "pinned " + node);
			assertTrue(result.arrangement().isPinned(node.key()));
		}
		assertNoOverlap(diagram, result.arrangement());
	}

	@ParameterizedTest
	@ValueSource(strings = { "institutionChart", "contactNetwork", "objectiveTree" })
	void unplacedNodesArePlacedWithoutMovingPlacedOnes(String name) {
		Diagram diagram = interpret(name, new DemoCountryGenerator(13, 1).generate());
		DiagramLayout layout = new DiagramLayout();
		Arrangement laidOut = layout.arrange(diagram, null).arrangement();
		List<DiagramNode> top = visibleTop(diagram);
		Arrangement stored = new Arrangement();
		List<DiagramNode> unplaced = new ArrayList<>();
		for (int i = 0; i < top.size(); i++) {
			if (i % 10 == 3) {
				unplaced.add(top.get(i));
			} else {
				stored.setBounds(top.get(i).key(), laidOut.bounds(top.get(i).key()));
			}
		}
		DiagramLayout.Result result = layout.arrange(diagram, stored);
		assertEquals(DiagramLayout.Kind.INCREMENTAL, result.kind());
		assertEquals(1, layout.elkRuns(), "an incremental layout calls no ELK");
		for (DiagramNode node : top) {
			if (!unplaced.contains(node)) {
				assertEquals(stored.bounds(node.key()), result.arrangement().bounds(node.key()), "placed " + node + " did not move");
			}
		}
		assertNoOverlap(diagram, result.arrangement());
	}

	@Test
	void aNewContactLandsNearItsRelations() {
		Theater theater = new DemoCountryGenerator(14, 1).generate();
		Diagram before = interpret("contactNetwork", theater);
		DiagramLayout layout = new DiagramLayout();
		Arrangement arranged = layout.arrange(before, null).arrangement();

		Contact newcomer = CounterpartFactory.eINSTANCE.createContact();
		newcomer.setId("0f3c1d2e-new-contact");
		newcomer.setGivenName("Oskar");
		newcomer.setFamilyName("Newcomer");
		theater.getContacts().add(newcomer);
		Contact friend = theater.getContacts().get(0);
		Relationship tie = CounterpartFactory.eINSTANCE.createRelationship();
		tie.setId("0f3c1d2e-new-tie");
		tie.setSource(newcomer);
		tie.setTarget(friend);
		tie.setKind(RelationshipKind.ADVISES);
		tie.setStrength(3);
		tie.setConfidence(Confidence.HIGH);
		theater.getRelationships().add(tie);

		Diagram after = interpret("contactNetwork", theater);
		DiagramLayout.Result result = layout.arrange(after, arranged);
		assertEquals(DiagramLayout.Kind.INCREMENTAL, result.kind());
		for (DiagramNode node : visibleTop(before)) {
			assertEquals(arranged.bounds(node.key()), result.arrangement().bounds(node.key()));
		}
		DiagramNode placed = visibleTop(after).stream().filter(node -> node.target() == newcomer).findFirst().orElseThrow();
		DiagramNode friendNode = visibleTop(after).stream().filter(node -> node.target() == friend).findFirst().orElseThrow();
		Bounds at = result.arrangement().bounds(placed.key());
		Bounds near = result.arrangement().bounds(friendNode.key());
		double distance = Math.hypot(at.x() + at.width() / 2 - near.x() - near.width() / 2, at.y() + at.height() / 2 - near.y() - near.height() / 2);
		double extent = 0;
		for (DiagramNode node : visibleTop(after)) {
			Bounds b = result.arrangement().bounds(node.key());
			extent = Math.max(extent, Math.hypot(b.x() - near.x(), b.y() - near.y()));
		}
		assertTrue(distance < extent / 3, "placed " + distance + " px from its relation, in a diagram " + extent + " px across");
		assertNoOverlap(after, result.arrangement());
	}

	@Test
	void nodeSizesFollowTheSpecsExpressionsAndLabels() {
		Diagram diagram = interpret("institutionChart", new DemoCountryGenerator(5, 1).generate());
		Arrangement arrangement = new DiagramLayout().arrange(diagram, null).arrangement();
		for (DiagramNode institution : diagram.nodes()) {
			DiagramNode marking = institution.borderNodes().get(0);
			assertEquals(12.0, arrangement.bounds(marking.key()).height(), "the spec's heightExpression");
			Bounds own = arrangement.bounds(institution.key());
			double y = -1;
			for (DiagramNode contact : institution.children()) {
				Bounds child = arrangement.bounds(contact.key());
				assertTrue(child.y() > y, "a list stacks its children");
				assertTrue(child.right() <= own.width() && child.bottom() <= own.height(), "children inside their container");
				y = child.y();
			}
		}
	}
}
