package org.counterpart.ui.internal;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;

/**
 * The security preferences of the field workbench, kept in the instance scope of {@value #QUALIFIER}, and their
 * defaults (registered through {@code org.eclipse.core.runtime.preferences}).
 */
public final class SecurityPreferences extends AbstractPreferenceInitializer {

	public static final String QUALIFIER = "org.counterpart.ui"; //$NON-NLS-1$

	/** Minutes without input after which the workspace locks; 0: never. */
	public static final String LOCK_AFTER_MINUTES = "lockAfterMinutes"; //$NON-NLS-1$

	public static final int DEFAULT_LOCK_AFTER_MINUTES = 15;

	/** The longest idle time the preference page accepts: a day. */
	public static final int MAXIMUM_LOCK_AFTER_MINUTES = 24 * 60;

	@Override
	public void initializeDefaultPreferences() {
		DefaultScope.INSTANCE.getNode(QUALIFIER).putInt(LOCK_AFTER_MINUTES, DEFAULT_LOCK_AFTER_MINUTES);
	}
}
