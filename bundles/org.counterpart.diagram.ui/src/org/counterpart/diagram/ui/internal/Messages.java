package org.counterpart.diagram.ui.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the diagram editor. */
public class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.counterpart.diagram.ui.internal.messages"; //$NON-NLS-1$

	public static String Editor_title;
	public static String Editor_noWorkspace;
	public static String Editor_notApplicable;
	public static String Editor_interpretFailed;
	public static String Editor_zoomIn;
	public static String Editor_zoomOut;
	public static String Editor_zoomFit;
	public static String Editor_zoomSelection;
	public static String Editor_zoomActual;
	public static String Editor_layers;
	public static String Editor_filters;
	public static String Editor_zoomInShort;
	public static String Editor_zoomOutShort;
	public static String Editor_zoomFitShort;
	public static String Editor_zoomSelectionShort;
	public static String Editor_zoomActualShort;
	public static String Editor_layerTooltip;
	public static String Editor_filterTooltip;
	public static String Menu_noDiagram;
	public static String Menu_specsFailed;
	public static String Tooltip_marking;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
	public static String Palette_title;
	public static String Palette_select;
	public static String Palette_selectTooltip;
	public static String Palette_nodeTooltip;
	public static String Palette_edgeTooltip;
	public static String Tools_createCommand;
	public static String Tools_reconnectCommand;
	public static String Tools_deleteCommand;
	public static String Tools_renameCommand;
	public static String Tools_invalidEnds;
	public static String Tools_invalidReconnect;
	public static String Tools_cannotDelete;
	public static String Tools_cannotRename;
	public static String Tools_emptyName;
	public static String Tools_failed;
	public static String Tools_problemTitle;
	public static String Menu_create;
	public static String Menu_connect;
	public static String Menu_rename;
	public static String Menu_delete;
	public static String Menu_open;
	public static String Gesture_move;
	public static String Gesture_resize;
	public static String Gesture_pin;
	public static String Gesture_unpin;
	public static String Gesture_hide;
	public static String Gesture_reveal;
	public static String Gesture_revealAll;
	public static String Gesture_arrangeAll;
	public static String Editor_arrangeAll;
	public static String Editor_arrangeAllTooltip;
	public static String Editor_pin;
	public static String Editor_pinTooltip;
	public static String Editor_unpin;
	public static String Editor_unpinTooltip;
	public static String Editor_hide;
	public static String Editor_hideTooltip;
	public static String Editor_revealAll;
	public static String Editor_revealAllTooltip;
	public static String Editor_nothingHidden;
	public static String Menu_arrangeAll;
	public static String Menu_pin;
	public static String Menu_unpin;
	public static String Menu_hide;
	public static String Menu_revealAll;
}
