package org.counterpart.design.internal;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The viewpoints this bundle registered with Sirius's viewpoint registry, reached by reflection so that the bundle
 * compiles and resolves without Sirius (it imports the registry's package dynamically, only when asked for it).
 * <p>
 * The registry is the singleton {@code getInstance()} of a class with {@code registerFromPlugin(String)}, which loads a
 * {@code .odesign} given as {@code bundle/path} and answers its viewpoints, and {@code disposeFromPlugin(Viewpoint)}.
 */
public final class SiriusViewpoints {

	/** Sirius's viewpoint registry. */
	public static final String SIRIUS_REGISTRY = "org.eclipse.sirius.business.api.componentization.ViewpointRegistry";

	private final Object registry;
	private final List<Object> registered = new ArrayList<>();

	private SiriusViewpoints(Object registry) {
		this.registry = registry;
	}

	/** No registry: registering and disposing do nothing. */
	public static SiriusViewpoints absent() {
		return new SiriusViewpoints(null);
	}

	/**
	 * The registry class {@code registryClass} as {@code loader} sees it, or {@link #absent()} when it cannot see it.
	 *
	 * @throws ReflectiveOperationException if the class is there but has no usable {@code getInstance()}
	 */
	public static SiriusViewpoints lookUp(ClassLoader loader, String registryClass) throws ReflectiveOperationException {
		Class<?> type;
		try {
			type = Class.forName(registryClass, true, loader);
		} catch (ClassNotFoundException | NoClassDefFoundError e) {
			return absent();
		}
		Object registry = type.getMethod("getInstance").invoke(null);
		if (registry == null) {
			throw new IllegalStateException(registryClass + ".getInstance() answered nothing");
		}
		return new SiriusViewpoints(registry);
	}

	/** Whether a registry was found. */
	public boolean isPresent() {
		return registry != null;
	}

	/**
	 * Registers the viewpoints of a viewpoint specification, given as {@code bundle/path/file.odesign}.
	 *
	 * @return how many viewpoints the registry answered; 0 without a registry
	 */
	public synchronized int register(String descriptionPath) throws ReflectiveOperationException {
		if (registry == null) {
			return 0;
		}
		Object viewpoints = registry.getClass().getMethod("registerFromPlugin", String.class).invoke(registry, descriptionPath);
		if (!(viewpoints instanceof Collection<?> collection)) {
			throw new IllegalStateException("registerFromPlugin(" + descriptionPath + ") answered no viewpoints");
		}
		registered.addAll(collection);
		return collection.size();
	}

	/** Gives back every viewpoint registered here. */
	public synchronized void disposeAll() throws ReflectiveOperationException {
		if (registry == null) {
			return;
		}
		for (Object viewpoint : List.copyOf(registered)) {
			disposer(viewpoint).invoke(registry, viewpoint);
			registered.remove(viewpoint);
		}
	}

	/** The viewpoints registered and not yet disposed. */
	public synchronized List<Object> registered() {
		return List.copyOf(registered);
	}

	private Method disposer(Object viewpoint) throws NoSuchMethodException {
		for (Method method : registry.getClass().getMethods()) {
			if (method.getName().equals("disposeFromPlugin") && method.getParameterCount() == 1
					&& method.getParameterTypes()[0].isInstance(viewpoint)) {
				return method;
			}
		}
		throw new NoSuchMethodException(registry.getClass().getName() + ".disposeFromPlugin(" + viewpoint.getClass().getName() + ")");
	}
}
