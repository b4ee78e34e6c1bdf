package org.counterpart.ui.internal;

/**
 * The tabbed Properties view that the explorer and the form editors share: both contribute under one id, so both show
 * the same tabs and sections (plugin.xml), whose cells edit through the workspace's command stack.
 */
public final class TabbedProperties {

	/** The contributor id of plugin.xml's propertyContributor, propertyTabs and propertySections. */
	public static final String CONTRIBUTOR_ID = "org.counterpart.ui.properties"; //$NON-NLS-1$

	private TabbedProperties() {
	}
}
