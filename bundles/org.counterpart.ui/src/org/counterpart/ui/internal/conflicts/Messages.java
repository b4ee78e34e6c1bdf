package org.counterpart.ui.internal.conflicts;

import org.eclipse.osgi.util.NLS;

/**
 * User-visible strings of the Conflicts view.
 */
public class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.counterpart.ui.internal.conflicts.messages"; //$NON-NLS-1$

	public static String Conflicts_commandLabel;
	public static String Conflicts_object;
	public static String Conflicts_kind;
	public static String Conflicts_feature;
	public static String Conflicts_merged;
	public static String Conflicts_mergedBy;
	public static String Conflicts_other;
	public static String Conflicts_otherBy;
	public static String Conflicts_resolution;
	public static String Conflicts_kindValue;
	public static String Conflicts_kindMove;
	public static String Conflicts_kindDeleteEdit;
	public static String Conflicts_kindDropped;
	public static String Conflicts_place;
	public static String Conflicts_deleted;
	public static String Conflicts_movedInto;
	public static String Conflicts_top;
	public static String Conflicts_edited;
	public static String Conflicts_noValue;
	public static String Conflicts_gone;
	public static String Conflicts_unknown;
	public static String Conflicts_byAt;
	public static String Conflicts_resolvedBy;
	public static String Conflicts_resolved;
	public static String Conflicts_keptMerged;
	public static String Conflicts_tookOther;
	public static String Conflicts_enteredValue;
	public static String Conflicts_keepMerged;
	public static String Conflicts_keepMergedTip;
	public static String Conflicts_takeOther;
	public static String Conflicts_takeOtherTip;
	public static String Conflicts_enterValue;
	public static String Conflicts_enterValueTip;
	public static String Conflicts_restore;
	public static String Conflicts_restoreTip;
	public static String Conflicts_open;
	public static String Conflicts_showResolved;
	public static String Conflicts_showResolvedTip;
	public static String Conflicts_summary;
	public static String Conflicts_summaryOpen;
	public static String Conflicts_noStore;
	public static String Conflicts_locked;
	public static String Conflicts_readFailed;
	public static String Conflicts_failedTitle;
	public static String Conflicts_valueTitle;
	public static String Conflicts_valueMessage;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
