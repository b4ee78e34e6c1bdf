package org.counterpart.cli.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.counterpart.cli.CliException;
import org.counterpart.cli.ExitCodes;
import org.counterpart.diagram.InvalidSpecException;
import org.counterpart.diagram.LoadedSpec;
import org.counterpart.diagram.SpecRegistry;
import org.counterpart.diagram.layout.Arrangement;
import org.counterpart.diagram.layout.DiagramLayout;
import org.counterpart.diagram.layout.StoredArrangements;
import org.counterpart.diagram.render.DiagramRenderer;
import org.counterpart.diagram.spec.Layer;
import org.counterpart.diagram.view.Diagram;
import org.counterpart.diagram.view.DiagramInterpreter;
import org.counterpart.model.Identified;
import org.counterpart.model.Theater;
import org.counterpart.model.util.ObjectLabels;
import org.counterpart.store.StoreException;
import org.counterpart.store.WorkspaceStore;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code counterpart-cli diagram ...}: the shipped diagrams, and drawing one of a workspace to SVG or PNG for a
 * briefing or a script, with the classification banner of what it shows.
 */
@Command(name = "diagram", usageHelpAutoWidth = true, mixinStandardHelpOptions = true,
		description = { "Lists the shipped diagrams and draws them to SVG or PNG without the workbench.",
				"Every picture carries the classification banner of what it shows, at the top and the bottom." },
		subcommands = { DiagramCommand.ListDiagrams.class, DiagramCommand.Render.class })
public class DiagramCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		spec.commandLine().usage(spec.commandLine().getErr());
		return ExitCodes.USAGE;
	}

	static SpecRegistry shippedSpecs() throws CliException {
		try {
			return SpecRegistry.shipped();
		} catch (InvalidSpecException e) {
			throw CliException.failed("The shipped diagram specs do not load: " + e.getMessage(), e);
		}
	}

	@Command(name = "list", mixinStandardHelpOptions = true,
			description = { "Lists the shipped diagrams: their names (for 'diagram render --representation'), the class of",
					"object they show, and their layers (optional ones in brackets, '+' when on by default)." })
	static class ListDiagrams extends CliSubcommand {
		@Override
		public Integer call() throws CliException {
			PrintWriter out = out();
			for (LoadedSpec loaded : shippedSpecs().all()) {
				List<String> layers = new ArrayList<>();
				for (Layer layer : loaded.spec().getLayers()) {
					layers.add(layer.isOptional() ? "[" + layer.getName() + (layer.isActiveByDefault() ? "+" : "") + "]" : layer.getName());
				}
				out.printf("%-18s %-9s %-18s layers: %s%n", loaded.name(), loaded.spec().getDomainClass(), loaded.spec().getLabel(), String.join(" ", layers));
			}
			return ExitCodes.OK;
		}
	}

	@Command(name = "render", mixinStandardHelpOptions = true,
			description = { "Draws a diagram of the workspace in DIR to FILE (.svg or .png), laid out automatically.",
					"Without --root the diagram shows the workspace's Theater. FILE is replaced as a whole, or not at all." })
	static class Render extends CliSubcommand {
		@Mixin
		StoreCommand.StoreOption store;

		@Option(names = "--representation", required = true, paramLabel = "NAME", description = "The diagram to draw (see 'diagram list').")
		String representation;

		@Option(names = "--root", paramLabel = "ID", description = "The id of the object the diagram shows; the Theater when left out.")
		String root;

		@Option(names = "--out", required = true, paramLabel = "FILE", description = "The picture to write: FILE.svg or FILE.png.")
		Path out;

		@Option(names = "--layers", split = ",", paramLabel = "LAYER",
				description = "The optional layers to show, instead of those on by default (comma-separated; 'none' for none).")
		List<String> layers;

		@Option(names = "--scale", paramLabel = "N", defaultValue = "2",
				description = "Pixels per diagram unit of a PNG (default ${DEFAULT-VALUE}); a very large picture is drawn smaller.")
		double scale;

		@Override
		public Integer call() throws CliException {
			// Everything the command line says is checked before the store is opened; nothing is written on an error.
			DiagramRenderer.Format format = DiagramRenderer.Format.ofFileName(out.getFileName() == null ? "" : out.getFileName().toString());
			if (format == null) {
				throw CliException.usage("--out " + out + ": the file name must end in .svg or .png.");
			}
			if (!(scale > 0 && scale <= 8)) {
				throw CliException.usage("--scale " + scale + ": give a number above 0 and at most 8.");
			}
			SpecRegistry registry = shippedSpecs();
			LoadedSpec loaded = registry.get(representation).orElseThrow(() -> CliException.usage("There is no diagram named '" + representation
					+ "'. The shipped diagrams are: " + registry.all().stream().map(LoadedSpec::name).collect(Collectors.joining(", ")) + "."));
			DiagramInterpreter interpreter = new DiagramInterpreter(loaded);
			Set<String> activeLayers = activeLayers(loaded, interpreter);
			Path parent = out.toAbsolutePath().getParent();
			if (parent == null || !Files.isDirectory(parent)) {
				throw CliException.usage("--out " + out + ": the folder " + parent + " does not exist.");
			}
			try (WorkspaceStore opened = store.location.open(environment())) {
				Resource resource = opened.load();
				if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Theater theater)) {
					throw CliException.failed("The workspace store in " + store.location + " is empty: there is nothing to draw.", null);
				}
				EObject shown = root == null ? theater : find(theater, root);
				EClassifier domainClass = shown.eClass().getEPackage().getEClassifier(loaded.spec().getDomainClass());
				if (!(domainClass instanceof EClass eClass) || !eClass.isInstance(shown)) {
					throw CliException.usage("--root " + root + " is a " + shown.eClass().getName() + " (" + ObjectLabels.labelOf(shown) + "); '"
							+ loaded.name() + "' shows a " + loaded.spec().getDomainClass() + ".");
				}
				Diagram diagram;
				try {
					diagram = interpreter.interpret(shown, activeLayers, Set.of());
				} catch (IllegalArgumentException e) {
					throw CliException.usage(e.getMessage());
				}
				// An officer's arrangement, stored with the workspace, is drawn as it is; ELK places only what it lacks.
				Arrangement arrangement = arrange(diagram, StoredArrangements.find(resource, loaded.name(), shown)
						.map(StoredArrangements::arrangement).orElse(null));
				write(diagram, arrangement, format);
				long nodes = diagram.allNodes().stream().filter(node -> !node.isHidden()).count();
				long edges = diagram.edges().stream().filter(edge -> !edge.isHidden()).count();
				out().printf("Drew %s of %s to %s: %,d nodes, %,d edges, marked %s%n", loaded.name(), ObjectLabels.labelOf(shown), out, nodes, edges,
						DiagramRenderer.marking(diagram, arrangement).banner());
			} catch (StoreException e) {
				throw CliException.failed(e.getMessage(), e);
			}
			return ExitCodes.OK;
		}

		/** The layers to show: those on by default, or the ones named (with every layer that is not optional). */
		private Set<String> activeLayers(LoadedSpec loaded, DiagramInterpreter interpreter) throws CliException {
			if (layers == null) {
				return interpreter.defaultLayers();
			}
			Set<String> known = loaded.spec().getLayers().stream().map(Layer::getName).collect(Collectors.toCollection(LinkedHashSet::new));
			Set<String> chosen = new LinkedHashSet<>();
			for (String layer : layers) {
				String name = layer.strip();
				if (name.equals("none")) {
					continue;
				}
				if (!known.contains(name)) {
					throw CliException.usage("'" + loaded.name() + "' has no layer named '" + name + "'. Its layers are: " + String.join(", ", known) + ".");
				}
				chosen.add(name);
			}
			return chosen;
		}

		/**
		 * Where the nodes go: the stored arrangement where there is one (nodes it does not place are added near their
		 * neighbours), else an automatic layout.
		 */
		static Arrangement arrange(Diagram diagram, Arrangement stored) {
			return new DiagramLayout().arrange(diagram, stored).arrangement();
		}

		/** Writes the picture next to {@code out} and moves it in place, so that {@code out} is never half written. */
		private void write(Diagram diagram, Arrangement arrangement, DiagramRenderer.Format format) throws CliException {
			Path target = out.toAbsolutePath();
			Path temporary = null;
			try {
				// A new file beside the target (created as any other output file is, not owner-only like a temporary file).
				temporary = target.resolveSibling("." + target.getFileName() + "." + java.util.UUID.randomUUID() + ".part");
				try (OutputStream stream = Files.newOutputStream(temporary, java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE)) {
					if (format == DiagramRenderer.Format.PNG) {
						DiagramRenderer.writePng(diagram, arrangement, scale, stream);
					} else {
						DiagramRenderer.writeSvg(diagram, arrangement, stream);
					}
				}
				try {
					Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
				} catch (AtomicMoveNotSupportedException e) {
					Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
				}
				temporary = null;
			} catch (IOException e) {
				throw CliException.failed("Cannot write " + out + ": " + e.getMessage(), e);
			} finally {
				if (temporary != null) {
					try {
						Files.deleteIfExists(temporary);
					} catch (IOException e) {
						// Nothing more to do: the picture was not written, which the error says.
					}
				}
			}
		}

		private static EObject find(Theater theater, String id) throws CliException {
			if (id.equals(theater.getId())) {
				return theater;
			}
			for (Iterator<EObject> it = theater.eAllContents(); it.hasNext();) {
				if (it.next() instanceof Identified identified && id.equals(identified.getId())) {
					return identified;
				}
			}
			throw CliException.usage("--root " + id + ": the workspace holds no object with that id.");
		}
	}
}
