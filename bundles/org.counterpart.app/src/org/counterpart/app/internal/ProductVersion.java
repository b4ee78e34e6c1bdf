package org.counterpart.app.internal;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

/**
 * The product's version for people, as the About dialog shows it: "0.1.0 (build v20261122-1805)" rather than
 * "0.1.0.v20261122-1805". The version is the application bundle's, which the build stamps like every other bundle.
 */
final class ProductVersion {

	private ProductVersion() {
	}

	/** The version of the bundle that holds {@code type}, formatted; "0.0.0" outside OSGi. */
	static String of(Class<?> type) {
		Bundle bundle = FrameworkUtil.getBundle(type);
		return format(bundle == null ? Version.emptyVersion : bundle.getVersion());
	}

	static String format(Version version) {
		String release = version.getMajor() + "." + version.getMinor() + "." + version.getMicro(); //$NON-NLS-1$ //$NON-NLS-2$
		String qualifier = version.getQualifier();
		if (qualifier.isEmpty() || "qualifier".equals(qualifier)) { //$NON-NLS-1$
			return release;
		}
		return release + " (build " + qualifier + ")"; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
