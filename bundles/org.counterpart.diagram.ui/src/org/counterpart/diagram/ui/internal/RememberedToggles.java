package org.counterpart.diagram.ui.internal;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

import org.counterpart.diagram.spec.Filter;
import org.counterpart.diagram.spec.Layer;
import org.counterpart.diagram.spec.RepresentationSpec;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.dialogs.IDialogSettingsProvider;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.FrameworkUtil;

/**
 * The optional layers and the filters the user switched on in a diagram (one representation of one root object),
 * kept in the editor bundle's dialog settings and written at once, so that they hold when the diagram is opened again,
 * also after a restart. They are a preference of whoever looks at the diagram, not part of the shared model, so they
 * stay out of the workspace's stored arrangement. Names the spec no longer has are ignored.
 */
public final class RememberedToggles {
	private static final String SECTION = "diagramToggles"; //$NON-NLS-1$
	private static final String LAYERS = "layers"; //$NON-NLS-1$
	private static final String FILTERS = "filters"; //$NON-NLS-1$

	private RememberedToggles() {
	}

	/** The key of a diagram: its representation and the identity of its root object. */
	static String key(String representation, EObject root) {
		String id = EcoreUtil.getID(root);
		if (id == null) {
			id = root.eResource() == null ? root.eClass().getName() : root.eResource().getURIFragment(root);
		}
		return representation + '@' + id;
	}

	/**
	 * The layers to show: the spec's defaults, unless the user chose for this diagram before; then the mandatory
	 * layers and the optional ones the user left on.
	 */
	static Set<String> layers(String key, RepresentationSpec spec, Set<String> defaults) {
		IDialogSettings remembered = section(key, false);
		if (remembered == null || remembered.getArray(LAYERS) == null) {
			return defaults;
		}
		Set<String> chosen = new HashSet<>(Arrays.asList(remembered.getArray(LAYERS)));
		Set<String> layers = new LinkedHashSet<>();
		for (Layer layer : spec.getLayers()) {
			if (!layer.isOptional() || chosen.contains(layer.getName())) {
				layers.add(layer.getName());
			}
		}
		return layers;
	}

	/** The filters the user left applied in this diagram (none at first). */
	static Set<String> filters(String key, RepresentationSpec spec) {
		IDialogSettings remembered = section(key, false);
		if (remembered == null || remembered.getArray(FILTERS) == null) {
			return Set.of();
		}
		Set<String> chosen = new HashSet<>(Arrays.asList(remembered.getArray(FILTERS)));
		Set<String> filters = new LinkedHashSet<>();
		for (Layer layer : spec.getLayers()) {
			for (Filter filter : layer.getFilters()) {
				if (chosen.contains(filter.getName())) {
					filters.add(filter.getName());
				}
			}
		}
		return filters;
	}

	/** Remembers the layers and filters now switched on in this diagram, and writes the settings to disk. */
	static void remember(String key, Collection<String> layers, Collection<String> filters) {
		IDialogSettings section = section(key, true);
		section.put(LAYERS, layers.toArray(String[]::new));
		section.put(FILTERS, filters.toArray(String[]::new));
		provider().saveDialogSettings();
	}

	/** Forgets what was chosen in every diagram: each opens with its spec's defaults again. */
	public static void forgetAll() {
		IDialogSettings settings = provider().getDialogSettings();
		settings.addNewSection(SECTION); // an empty section in place of the old one
		provider().saveDialogSettings();
	}

	/** What is remembered for a diagram as stored on disk: layers, then filters (empty arrays if nothing). */
	public static String[][] storedOnDisk(String representation, EObject root) {
		org.eclipse.jface.dialogs.DialogSettings fromDisk = new org.eclipse.jface.dialogs.DialogSettings("Workbench"); //$NON-NLS-1$
		try {
			java.nio.file.Path file = java.nio.file.Path.of(org.eclipse.core.runtime.Platform
					.getStateLocation(FrameworkUtil.getBundle(RememberedToggles.class)).toOSString(), "dialog_settings.xml"); //$NON-NLS-1$
			fromDisk.load(file.toString());
		} catch (java.io.IOException e) {
			return new String[][] { {}, {} };
		}
		IDialogSettings all = fromDisk.getSection(SECTION);
		IDialogSettings section = all == null ? null : all.getSection(key(representation, root));
		if (section == null) {
			return new String[][] { {}, {} };
		}
		return new String[][] { orEmpty(section.getArray(LAYERS)), orEmpty(section.getArray(FILTERS)) };
	}

	private static String[] orEmpty(String[] values) {
		return values == null ? new String[0] : Arrays.copyOf(values, values.length);
	}

	private static IDialogSettings section(String key, boolean create) {
		IDialogSettings settings = provider().getDialogSettings();
		IDialogSettings all = settings.getSection(SECTION);
		if (all == null) {
			if (!create) {
				return null;
			}
			all = settings.addNewSection(SECTION);
		}
		IDialogSettings section = all.getSection(key);
		if (section == null && create) {
			section = all.addNewSection(key);
		}
		return section;
	}

	private static IDialogSettingsProvider provider() {
		return PlatformUI.getDialogSettingsProvider(FrameworkUtil.getBundle(RememberedToggles.class));
	}
}
