package org.counterpart.ui;

/**
 * Identifiers of the Counterpart perspectives and shared views, for bundles that contribute to them.
 */
public final class CounterpartPerspectives {

	/** The field officer's perspective: capture and edit the workspace. */
	public static final String FIELD = "org.counterpart.app.perspectives.field"; //$NON-NLS-1$

	/** The headquarters analyst's perspective: inbox, merge review, conflicts. */
	public static final String HEADQUARTERS = "org.counterpart.app.perspectives.headquarters"; //$NON-NLS-1$

	/** The trainer's perspective: scenarios, injects, after-action review. */
	public static final String EXERCISE = "org.counterpart.app.perspectives.exercise"; //$NON-NLS-1$

	/** The view shown when a workspace holds nothing yet. */
	public static final String START_VIEW = "org.counterpart.app.views.start"; //$NON-NLS-1$

	/** The folder id, shared by all perspectives, where the main views stack. */
	public static final String MAIN_FOLDER = "org.counterpart.app.folders.main"; //$NON-NLS-1$

	/** The Conflicts view: open conflicts, resolved where they are listed. */
	public static final String CONFLICTS_VIEW = "org.counterpart.ui.views.conflicts"; //$NON-NLS-1$

	/**
	 * The headquarters folder, beside the editor area below the main folder, where the Conflicts view shows: what a
	 * conflict is about opens next to it.
	 */
	public static final String REVIEW_FOLDER = "org.counterpart.app.folders.review"; //$NON-NLS-1$

	private CounterpartPerspectives() {
	}
}
