package org.counterpart.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.counterpart.cli.ExitCodes;
import org.counterpart.model.Theater;
import org.counterpart.model.demo.DemoCountryGenerator;
import org.counterpart.model.marking.MarkingSummary;
import org.counterpart.model.xmi.TheaterXmi;
import org.counterpart.tests.harness.SvgPicture;
import org.counterpart.tests.harness.SvgPicture.NodeElement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code counterpart-cli diagram list} and {@code diagram render} on a store holding the demo country, and their errors. */
public class DiagramCommandTest {
	private static final Map<String, String> PASSPHRASE = Map.of("COUNTERPART_PASSPHRASE", "correct horse battery");
	private static final Theater DEMO = new DemoCountryGenerator(5, 1).generate();

	@TempDir
	static Path folder;
	private static Path store;

	@BeforeAll
	static void importDemo() throws IOException {
		Path xmi = folder.resolve("demo.xmi");
		TheaterXmi.save(DEMO, xmi);
		store = folder.resolve("store");
		CommandLineRun imported = CommandLineRun.of(PASSPHRASE, "store", "import-xmi", "--store", store.toString(), xmi.toString());
		assertEquals(ExitCodes.OK, imported.exitCode(), imported.err());
	}

	private static CommandLineRun render(String... options) {
		return CommandLineRun.of(PASSPHRASE, Stream.concat(Stream.of("diagram", "render", "--store", store.toString()), Stream.of(options)).toArray(String[]::new));
	}

	@Test
	public void listNamesTheShippedDiagramsWithTheirRootClass() {
		CommandLineRun list = CommandLineRun.of("diagram", "list");
		assertEquals(ExitCodes.OK, list.exitCode(), list.err());
		List<String> lines = list.out().lines().toList();
		assertEquals(3, lines.size(), list.out());
		assertTrue(lines.get(0).matches("institutionChart +Theater +Institution chart +layers: institutions"), lines.get(0));
		assertTrue(lines.get(1).matches("contactNetwork +Theater +Contact network +layers: network \\[engagements\\]"), lines.get(1));
		assertTrue(lines.get(2).matches("objectiveTree +Theater +Objective tree +layers: objectives \\[engagements\\+\\]"), lines.get(2));
	}

	@Test
	public void renderDrawsEachShippedDiagramAsSvgWithItsBanner() throws IOException {
		for (String name : List.of("institutionChart", "contactNetwork", "objectiveTree")) {
			Path out = folder.resolve(name + ".svg");
			CommandLineRun run = render("--representation", name, "--out", out.toString());
			assertEquals(ExitCodes.OK, run.exitCode(), run.err());
			assertTrue(run.out().startsWith("Drew " + name + " of "), run.out());
			SvgPicture picture = SvgPicture.read(out);
			String banner = picture.root().getAttribute("data-marking");
			assertFalse(banner.isEmpty() || banner.equals(MarkingSummary.UNMARKED));
			assertEquals(List.of("top:" + banner, "bottom:" + banner), picture.banners());
			assertTrue(run.out().strip().endsWith("marked " + banner), run.out());
			List<NodeElement> nodes = picture.allNodes();
			assertTrue(nodes.size() > 100, name + " shows the demo country");
			// Every node with an id shows an object of the workspace with that id.
			for (NodeElement node : nodes) {
				if (node.id() != null) {
					assertNotNull(find(node.id()), node.id());
				}
			}
			assertNoLeftovers();
		}
	}

	private static Object find(String id) {
		for (var it = DEMO.eAllContents(); it.hasNext();) {
			if (it.next() instanceof org.counterpart.model.Identified identified && id.equals(identified.getId())) {
				return identified;
			}
		}
		return null;
	}

	@Test
	public void renderWritesPngAndTheOptionalLayersAsked() throws IOException {
		Path png = folder.resolve("network.png");
		CommandLineRun run = render("--representation", "contactNetwork", "--layers", "engagements", "--scale", "1", "--out", png.toString());
		assertEquals(ExitCodes.OK, run.exitCode(), run.err());
		BufferedImage image = ImageIO.read(png.toFile());
		assertNotNull(image, "a PNG");
		assertTrue(image.getWidth() > 300 && image.getHeight() > 300);

		Path with = folder.resolve("with-engagements.svg");
		Path without = folder.resolve("without.svg");
		assertEquals(ExitCodes.OK, render("--representation", "contactNetwork", "--layers", "engagements", "--out", with.toString()).exitCode());
		assertEquals(ExitCodes.OK, render("--representation", "contactNetwork", "--root", DEMO.getId(), "--out", without.toString()).exitCode());
		assertTrue(SvgPicture.read(with).allNodes().stream().anyMatch(node -> node.key().startsWith("engagement:")));
		assertFalse(SvgPicture.read(without).allNodes().stream().anyMatch(node -> node.key().startsWith("engagement:")), "off by default");
	}

	@Test
	public void badRequestsFailClearlyAndWriteNothing() throws IOException {
		Path out = folder.resolve("kept.svg");
		Files.writeString(out, "an earlier picture");
		String contactId = DEMO.getContacts().get(0).getId();

		assertRefused(render("--representation", "orgChart", "--out", out.toString()), "There is no diagram named 'orgChart'",
				"institutionChart, contactNetwork, objectiveTree");
		assertRefused(render("--representation", "institutionChart", "--root", contactId, "--out", out.toString()),
				"--root " + contactId + " is a Contact", "shows a Theater");
		assertRefused(render("--representation", "institutionChart", "--root", "no-such-id", "--out", out.toString()),
				"holds no object with that id");
		assertRefused(render("--representation", "contactNetwork", "--layers", "rumours", "--out", out.toString()),
				"has no layer named 'rumours'", "network, engagements");
		assertRefused(render("--representation", "contactNetwork", "--out", folder.resolve("picture.gif").toString()), "must end in .svg or .png");
		assertRefused(render("--representation", "contactNetwork", "--out", folder.resolve("missing/picture.svg").toString()), "does not exist");
		assertEquals("an earlier picture", Files.readString(out), "nothing written");
		assertFalse(Files.exists(folder.resolve("picture.gif")));

		CommandLineRun wrongPassphrase = CommandLineRun.of(Map.of("COUNTERPART_PASSPHRASE", "wrong guess"), "diagram", "render", "--store",
				store.toString(), "--representation", "contactNetwork", "--out", out.toString());
		assertEquals(ExitCodes.FAILED, wrongPassphrase.exitCode());
		assertFalse(wrongPassphrase.err().contains("wrong guess"));
		assertEquals("an earlier picture", Files.readString(out));

		CommandLineRun missing = CommandLineRun.of(PASSPHRASE, "diagram", "render", "--representation", "contactNetwork");
		assertEquals(ExitCodes.USAGE, missing.exitCode());
		assertTrue(missing.err().contains("--store") || missing.err().contains("--out"), missing.err());
		assertNoLeftovers();
	}

	private static void assertRefused(CommandLineRun run, String... messages) {
		assertEquals(ExitCodes.USAGE, run.exitCode(), run.out() + run.err());
		for (String message : messages) {
			assertTrue(run.err().contains(message), run.err());
		}
		assertEquals("", run.out());
	}

	/** No temporary file of an atomic write is left behind. */
	private static void assertNoLeftovers() throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			assertEquals(List.of(), files.filter(file -> file.getFileName().toString().endsWith(".part")).toList());
		}
	}
}
