package org.counterpart.hq.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.counterpart.hq.InboxEntry;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.swt.widgets.Shell;

/**
 * What the {@link InboxView} does with an inbox folder: scan it and import from it. The workbench's is
 * {@link WorkbenchInboxService}, on the store the workbench has open.
 */
public interface InboxService {

	/**
	 * Gets ready to read packages, in the user interface thread (unlocks headquarters' key, asking the user).
	 *
	 * @return false, after telling the user why, when packages cannot be read
	 */
	boolean prepare(Shell shell);

	/**
	 * Gets ready to import, in the user interface thread: unsaved edits are saved first if the user agrees, since an
	 * import reads the workspace again and ends the undo history.
	 *
	 * @return false when the user declined or saving failed (the user was told why); nothing is imported then
	 */
	boolean readyToImport(Shell shell);

	/** The packages in {@code folder} and where each stands, see {@link org.counterpart.hq.Inbox#scan}. */
	List<InboxEntry> scan(Path folder, IProgressMonitor monitor) throws IOException;

	/**
	 * Imports {@code picked} from {@code folder}, see {@link org.counterpart.hq.Inbox#importPackages}.
	 *
	 * @return the entries imported (or refused) as they stand now, in the order they were imported
	 */
	List<InboxEntry> importPackages(Path folder, List<InboxEntry> picked, IProgressMonitor monitor) throws IOException;

	/** Lets go of what {@link #prepare} took (the unlocked key). */
	void dispose();
}
