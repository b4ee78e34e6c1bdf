package org.counterpart.ui.internal;

/**
 * The officer working at this workbench, as objects record their author and creator. The workbench has one user: the
 * operating system account that runs it.
 */
public final class Officer {

	private Officer() {
	}

	/** The name new objects are stamped with. */
	public static String name() {
		String name = System.getProperty("user.name"); //$NON-NLS-1$
		return name == null || name.isBlank() ? "officer" : name; //$NON-NLS-1$
	}
}
