package org.counterpart.diagram.layout;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * How each user last looked at each diagram on this device: zoom, scroll position, the optional layers shown and
 * the filters applied. They belong to the user and the device, not to the shared picture, so they are kept out of
 * the synced model, in a small properties file beside the workspace store ({@value #FILE_NAME} in the store's
 * directory). The file holds no model content: representation names, root ids, numbers and layer/filter names.
 */
public final class DeviceViews {
	/** The file's name in the workspace store's directory. */
	public static final String FILE_NAME = "diagram-views.properties";

	/** One diagram's view. */
	public record View(double zoom, double scrollX, double scrollY, Set<String> layers, Set<String> filters) {
		public View {
			if (!(zoom > 0) || !Double.isFinite(zoom) || !Double.isFinite(scrollX) || !Double.isFinite(scrollY)) {
				throw new IllegalArgumentException("Not a view: zoom " + zoom + ", scroll " + scrollX + "," + scrollY);
			}
			layers = Set.copyOf(layers);
			filters = Set.copyOf(filters);
		}
	}

	private final Path file;

	/** The views kept in {@code file}. */
	public DeviceViews(Path file) {
		this.file = Objects.requireNonNull(file);
	}

	/** The views of the workspace whose store lives in {@code storeDirectory}. */
	public static DeviceViews beside(Path storeDirectory) {
		return new DeviceViews(storeDirectory.resolve(FILE_NAME));
	}

	public Path file() {
		return file;
	}

	/**
	 * The view last saved for a representation of a root object; empty if there is none or the file cannot be read
	 * (a lost view is not worth an error: the diagram opens with its defaults).
	 */
	public Optional<View> get(String representation, String rootId) {
		Properties properties = load();
		String prefix = prefix(representation, rootId);
		String zoom = properties.getProperty(prefix + "zoom");
		if (zoom == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(new View(Double.parseDouble(zoom), Double.parseDouble(properties.getProperty(prefix + "scrollX", "0")),
					Double.parseDouble(properties.getProperty(prefix + "scrollY", "0")), names(properties.getProperty(prefix + "layers")),
					names(properties.getProperty(prefix + "filters"))));
		} catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	/**
	 * Saves the view of a representation of a root object, replacing the file in one step.
	 *
	 * @throws IOException if the file cannot be written
	 */
	public synchronized void put(String representation, String rootId, View view) throws IOException {
		Properties properties = load();
		String prefix = prefix(representation, rootId);
		properties.setProperty(prefix + "zoom", Double.toString(view.zoom()));
		properties.setProperty(prefix + "scrollX", Double.toString(view.scrollX()));
		properties.setProperty(prefix + "scrollY", Double.toString(view.scrollY()));
		properties.setProperty(prefix + "layers", String.join(",", new TreeSet<>(view.layers())));
		properties.setProperty(prefix + "filters", String.join(",", new TreeSet<>(view.filters())));
		Files.createDirectories(file.toAbsolutePath().getParent());
		Path temporary = file.resolveSibling(file.getFileName() + ".new");
		try (OutputStream out = Files.newOutputStream(temporary)) {
			properties.store(out, "Diagram views of this device (zoom, scroll, layers, filters); not synced");
		}
		try {
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private Properties load() {
		Properties properties = new Properties();
		if (Files.isRegularFile(file)) {
			try (InputStream in = Files.newInputStream(file)) {
				properties.load(in);
			} catch (IOException | IllegalArgumentException e) {
				return new Properties(); // unreadable: start again from the defaults
			}
		}
		return properties;
	}

	private static String prefix(String representation, String rootId) {
		if (representation == null || rootId == null || representation.isBlank() || rootId.isBlank()) {
			throw new IllegalArgumentException("A view needs a representation and a root id");
		}
		return representation + "/" + rootId + ".";
	}

	private static Set<String> names(String list) {
		Set<String> names = new LinkedHashSet<>();
		if (list != null && !list.isBlank()) {
			Arrays.stream(list.split(",")).map(String::trim).filter(name -> !name.isEmpty()).forEach(names::add);
		}
		return names;
	}
}
