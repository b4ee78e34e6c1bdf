package org.counterpart.design.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Plugin;
import org.eclipse.core.runtime.Status;
import org.osgi.framework.BundleContext;

/**
 * The bundle's activator, and the class Sirius's componentization extension names: creating it starts the bundle,
 * which registers the Counterpart viewpoints with Sirius when Sirius is installed and does nothing otherwise.
 */
public final class DesignPlugin extends Plugin {

	/** The bundle's symbolic name. */
	public static final String PLUGIN_ID = "org.counterpart.design";

	/** The viewpoint specification, as a path of Sirius's {@code registerFromPlugin}: bundle name, then file. */
	public static final String DESCRIPTION_PATH = PLUGIN_ID + "/description/counterpart.odesign";

	private static volatile DesignPlugin instance;

	private volatile SiriusViewpoints viewpoints = SiriusViewpoints.absent();

	/** The running plug-in, or null before the bundle started. */
	public static DesignPlugin getDefault() {
		return instance;
	}

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		instance = this;
		try {
			viewpoints = SiriusViewpoints.lookUp(DesignPlugin.class.getClassLoader(), SiriusViewpoints.SIRIUS_REGISTRY);
			viewpoints.register(DESCRIPTION_PATH);
		} catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
			// Sirius is there but refused the description: say so, and keep the bundle (and its services) usable.
			ILog.of(context.getBundle()).log(Status.error("Sirius could not register " + DESCRIPTION_PATH, e));
		}
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		try {
			viewpoints.disposeAll();
		} catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
			ILog.of(context.getBundle()).log(Status.warning("Sirius could not unregister " + DESCRIPTION_PATH, e));
		} finally {
			instance = null;
			super.stop(context);
		}
	}

	/** The Sirius registration of this bundle: absent when Sirius is not installed. */
	public SiriusViewpoints viewpoints() {
		return viewpoints;
	}
}
