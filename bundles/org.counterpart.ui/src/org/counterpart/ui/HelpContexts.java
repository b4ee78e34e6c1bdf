package org.counterpart.ui;

import java.util.List;

import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.PlatformUI;

/**
 * The context help (F1) of the main views and dialogs: the ids the user guide's {@code contexts.xml} (bundle
 * {@code org.counterpart.doc}) describes, in one place.
 */
public final class HelpContexts {

	private static final String PREFIX = "org.counterpart.doc."; //$NON-NLS-1$

	public static final String EXPLORER = PREFIX + "explorer"; //$NON-NLS-1$
	public static final String FORM = PREFIX + "form"; //$NON-NLS-1$
	public static final String DIAGRAM = PREFIX + "diagram"; //$NON-NLS-1$
	public static final String INBOX = PREFIX + "inbox"; //$NON-NLS-1$
	public static final String CAPTURE = PREFIX + "capture"; //$NON-NLS-1$
	public static final String PASSPHRASE = PREFIX + "passphrase"; //$NON-NLS-1$

	/** Every id above, for the check that the guide describes each one. */
	public static final List<String> ALL = List.of(EXPLORER, FORM, DIAGRAM, INBOX, CAPTURE, PASSPHRASE);

	private HelpContexts() {
	}

	/**
	 * Gives the control, and every control inside it, the context help {@code contextId}. The passphrase dialog opens
	 * before the workbench exists at start-up: there is no help system then, and nothing is set.
	 */
	public static void set(Control control, String contextId) {
		if (PlatformUI.isWorkbenchRunning()) {
			PlatformUI.getWorkbench().getHelpSystem().setHelp(control, contextId);
		}
	}
}
