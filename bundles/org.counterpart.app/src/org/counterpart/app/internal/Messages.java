package org.counterpart.app.internal;

import org.eclipse.osgi.util.NLS;

/**
 * User-visible strings of the Counterpart application bundle.
 */
public class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.counterpart.app.internal.messages"; //$NON-NLS-1$

	public static String CounterpartApplication_name;

	public static String Menu_file;
	public static String Menu_edit;
	public static String Menu_window;
	public static String Menu_openPerspective;
	public static String Menu_showView;
	public static String Menu_help;

	public static String AboutAction_text;
	public static String AboutAction_tooltip;
	public static String AboutDialog_title;
	public static String AboutDialog_version;
	public static String AboutDialog_description;
	public static String AboutDialog_components;
	public static String AboutDialog_component;
	public static String AboutDialog_componentVersion;
	public static String AboutDialog_runtime;
	public static String AboutDialog_copy;

	public static String StartView_title;
	public static String StartView_emptyTitle;
	public static String StartView_emptyText;
	public static String StartView_heldTitle;
	public static String StartView_heldText;
	public static String StartView_rolesTitle;
	public static String StartView_roles;
	public static String StartView_commandLineTitle;
	public static String StartView_commandLine;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
