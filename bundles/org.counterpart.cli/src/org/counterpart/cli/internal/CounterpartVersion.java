package org.counterpart.cli.internal;

import org.counterpart.cli.ProductVersion;

import picocli.CommandLine.IVersionProvider;

/**
 * The version lines of {@code counterpart-cli --version}: "Counterpart 0.1.0 (build v20261122-1805)"
 * and the Java runtime.
 */
public class CounterpartVersion implements IVersionProvider {

	@Override
	public String[] getVersion() {
		return new String[] { "Counterpart " + ProductVersion.of(CounterpartVersion.class), //$NON-NLS-1$
				"Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	}
}
