package org.counterpart.cli;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

/**
 * Formats a bundle version for people: "0.1.0 (build v20261122-1805)" rather than "0.1.0.v20261122-1805".
 */
public final class ProductVersion {

	private ProductVersion() {
	}

	/** The version of the bundle that holds {@code type}, formatted; "0.0.0" outside OSGi. */
	public static String of(Class<?> type) {
		Bundle bundle = FrameworkUtil.getBundle(type);
		return format(bundle == null ? Version.emptyVersion : bundle.getVersion());
	}

	public static String format(Version version) {
		String release = version.getMajor() + "." + version.getMinor() + "." + version.getMicro(); //$NON-NLS-1$ //$NON-NLS-2$
		String qualifier = version.getQualifier();
		if (qualifier.isEmpty() || "qualifier".equals(qualifier)) { //$NON-NLS-1$
			return release;
		}
		return release + " (build " + qualifier + ")"; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
