package org.counterpart.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;

import org.counterpart.diagram.InvalidSpecException;
import org.counterpart.diagram.SpecRegistry;
import org.counterpart.diagram.layout.Arrangement;
import org.counterpart.diagram.layout.DiagramLayout;
import org.counterpart.diagram.render.DiagramRenderer;
import org.counterpart.diagram.view.Diagram;
import org.counterpart.diagram.view.DiagramEdge;
import org.counterpart.diagram.view.DiagramInterpreter;
import org.counterpart.diagram.view.DiagramNode;
import org.counterpart.model.Theater;
import org.counterpart.model.demo.DemoCountryGenerator;
import org.counterpart.model.marking.MarkingSummary;
import org.counterpart.tests.harness.SvgPicture;
import org.counterpart.tests.harness.SvgPicture.NodeElement;
import org.counterpart.tests.harness.SvgPicture.TextBox;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each shipped diagram of the demo country, laid out and rendered to SVG and PNG, read back with an XML parser: no
 * two sibling nodes overlap, every label line lies inside its node's outline, each node's id is its object's id, and
 * the banner at the top and the bottom carries the marking of what is shown.
 */
class DiagramRenderTest {
	private static final Theater THEATER = new DemoCountryGenerator(5, 1).generate();
	private static SpecRegistry registry;

	@BeforeAll
	static void load() throws InvalidSpecException {
		registry = SpecRegistry.shipped();
	}

	private record Rendered(Diagram diagram, Arrangement arrangement, Path svg, Path png) {
	}

	/** Each diagram is laid out and rendered once for all the checks. */
	private static final Map<String, Rendered> RENDERED = new HashMap<>();

	private static synchronized Rendered render(String name) throws IOException {
		Rendered done = RENDERED.get(name);
		if (done == null) {
			done = renderNew(name);
			RENDERED.put(name, done);
		}
		return done;
	}

	private static Rendered renderNew(String name) throws IOException {
		DiagramInterpreter interpreter = new DiagramInterpreter(registry.get(name).orElseThrow());
		Diagram diagram = interpreter.interpret(THEATER, interpreter.defaultLayers(), Set.of());
		DiagramLayout.Result result = new DiagramLayout().arrange(diagram, null);
		assertEquals(DiagramLayout.Kind.FULL, result.kind());
		// The folder the test run names for screenshots (the harness's Screenshots class needs SWT, which this bundle does not).
		Path folder = Files.createDirectories(Path.of(System.getProperty("counterpart.screenshots", "target/screenshots")));
		Path svg = folder.resolve("diagram-" + name + ".svg");
		Path png = folder.resolve("diagram-" + name + ".png");
		try (OutputStream out = Files.newOutputStream(svg)) {
			DiagramRenderer.writeSvg(diagram, result.arrangement(), out);
		}
		try (OutputStream out = Files.newOutputStream(png)) {
			DiagramRenderer.writePng(diagram, result.arrangement(), 1, out);
		}
		return new Rendered(diagram, result.arrangement(), svg, png);
	}

	@ParameterizedTest
	@ValueSource(strings = { "institutionChart", "contactNetwork", "objectiveTree" })
	void siblingNodesDoNotOverlap(String name) throws IOException {
		SvgPicture picture = SvgPicture.read(render(name).svg());
		List<NodeElement> top = picture.topNodes();
		assertFalse(top.isEmpty());
		assertNoOverlap(top);
		for (NodeElement node : picture.allNodes()) {
			List<NodeElement> children = SvgPicture.childNodes(node.element());
			assertNoOverlap(children);
			for (NodeElement child : children) {
				if (!child.border()) {
					assertTrue(node.contains(child.x(), child.y(), 0.01) && node.contains(child.x() + child.width(), child.y() + child.height(), 0.01),
							child.key() + " lies inside " + node.key());
				}
			}
		}
	}

	private static void assertNoOverlap(List<NodeElement> siblings) {
		for (int i = 0; i < siblings.size(); i++) {
			for (int j = i + 1; j < siblings.size(); j++) {
				assertFalse(siblings.get(i).intersects(siblings.get(j)), siblings.get(i).key() + " overlaps " + siblings.get(j).key());
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "institutionChart", "contactNetwork", "objectiveTree" })
	void everyLabelLineLiesInsideItsNode(String name) throws IOException {
		SvgPicture picture = SvgPicture.read(render(name).svg());
		int lines = 0;
		boolean wrapped = false;
		for (NodeElement node : picture.allNodes()) {
			List<TextBox> boxes = SvgPicture.labelLines(node);
			assertFalse(boxes.isEmpty(), node.key() + " has a label");
			wrapped |= boxes.size() > 1;
			for (TextBox box : boxes) {
				lines++;
				for (double[] corner : new double[][] { { box.x(), box.y() }, { box.x() + box.width(), box.y() },
						{ box.x(), box.y() + box.height() }, { box.x() + box.width(), box.y() + box.height() } }) {
					assertTrue(node.outlineContains(corner[0], corner[1], 0.5),
							"'" + box.text() + "' runs outside " + node.key() + " (" + node.shape() + " " + node.x() + "," + node.y() + " " + node.width() + "x" + node.height() + ")");
				}
			}
		}
		assertTrue(lines > 100, "the demo country gives many labels");
		assertTrue(wrapped, "long labels wrap");
	}

	@ParameterizedTest
	@ValueSource(strings = { "institutionChart", "contactNetwork", "objectiveTree" })
	void nodesCarryTheIdsOfTheirObjects(String name) throws IOException {
		Rendered rendered = render(name);
		SvgPicture picture = SvgPicture.read(rendered.svg());
		Map<String, DiagramNode> byKey = new HashMap<>();
		rendered.diagram().allNodes().stream().filter(node -> !node.isHidden()).forEach(node -> byKey.put(node.key(), node));
		List<NodeElement> all = picture.allNodes();
		assertEquals(byKey.size(), all.size(), "one group per visible node");
		Set<String> ids = new HashSet<>();
		for (NodeElement node : all) {
			DiagramNode diagramNode = byKey.get(node.key());
			assertNotNull(diagramNode, node.key());
			String semanticId = node.border() && diagramNode.target().eClass().getEIDAttribute() == null ? null : EcoreUtil.getID(diagramNode.target());
			assertEquals(semanticId, node.id(), node.key());
			if (node.id() != null) {
				assertTrue(ids.add(node.id()), "ids are unique: " + node.id());
			}
		}
		assertTrue(ids.size() > 50);
	}

	@ParameterizedTest
	@ValueSource(strings = { "institutionChart", "contactNetwork", "objectiveTree" })
	void bannerCarriesTheMarkingOfWhatIsShown(String name) throws IOException {
		Rendered rendered = render(name);
		List<Object> shown = new ArrayList<>();
		rendered.diagram().allNodes().stream().filter(node -> !node.isHidden()).forEach(node -> shown.add(node.target()));
		rendered.diagram().edges().stream().filter(edge -> !edge.isHidden()).map(DiagramEdge::target).forEach(shown::add);
		String expected = MarkingSummary.ofObjects(shown).banner();
		assertFalse(expected.equals(MarkingSummary.UNMARKED));
		SvgPicture picture = SvgPicture.read(rendered.svg());
		assertEquals(List.of("top:" + expected, "bottom:" + expected), picture.banners());
		assertEquals(expected, picture.root().getAttribute("data-marking"));

		BufferedImage image = ImageIO.read(rendered.png().toFile());
		assertNotNull(image, "a PNG");
		double width = Double.parseDouble(picture.root().getAttribute("width"));
		assertEquals(Math.ceil(width), image.getWidth(), 1);
		// The banner's colour fills the top and bottom rows (CUI purple, UNCLASSIFIED green).
		int top = image.getRGB(2, 2) & 0xffffff;
		int bottom = image.getRGB(2, image.getHeight() - 3) & 0xffffff;
		int expectedColour = expected.startsWith("CUI") ? 0x502b85 : expected.startsWith("UNCLASSIFIED") ? 0x007a33 : top;
		assertEquals(expectedColour, top);
		assertEquals(expectedColour, bottom);
	}
}
