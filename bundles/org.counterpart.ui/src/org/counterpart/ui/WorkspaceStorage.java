package org.counterpart.ui;

import java.io.IOException;

import org.counterpart.model.Theater;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Where the workbench keeps its workspace between runs. Today one XMI file; the encrypted store replaces it
 * behind this interface without the views noticing.
 */
public interface WorkspaceStorage {

	/** Where the workspace is kept, for messages to the user (e.g. a file path). */
	String location();

	/** Whether a workspace has been stored here before. */
	boolean exists();

	/**
	 * Reads the stored workspace.
	 *
	 * @return the workspace, not attached to any resource
	 * @throws IOException with a message for the user if it cannot be read; the stored workspace is left as it was
	 */
	Theater load(IProgressMonitor monitor) throws IOException;

	/**
	 * Stores the workspace, replacing what was stored; the previous content stays intact if this fails.
	 *
	 * @throws IOException with a message for the user if it cannot be written
	 */
	void save(Theater theater, IProgressMonitor monitor) throws IOException;
}
