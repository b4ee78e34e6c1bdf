package org.counterpart.ui.internal.pictures;

import org.eclipse.osgi.util.NLS;

/**
 * User-visible strings of the timeline and the indicator chart.
 */
public class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.counterpart.ui.internal.pictures.messages"; //$NON-NLS-1$

	public static String Timeline_actor;
	public static String Timeline_topic;
	public static String Timeline_actorHint;
	public static String Timeline_topicHint;
	public static String Timeline_observations;
	public static String Timeline_engagements;
	public static String Timeline_selected;
	public static String Timeline_count;
	public static String Timeline_noWorkspace;

	public static String Chart_zoomIn;
	public static String Chart_zoomOut;
	public static String Chart_fit;
	public static String Chart_exportPng;
	public static String Chart_exportTitle;
	public static String Chart_exportFailed;
	public static String Chart_print;
	public static String Chart_printTitle;
	public static String Chart_printFailed;
	public static String Chart_printNotStarted;
	public static String Chart_time;

	public static String Indicator_objective;
	public static String Indicator_indicator;
	public static String Indicator_noObjective;
	public static String Indicator_measurements;
	public static String Indicator_baseline;
	public static String Indicator_target;
	public static String Indicator_observations;
	public static String Indicator_value;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
