package org.counterpart.ui;

import java.io.IOException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * Where the workbench keeps its workspace between runs: the encrypted store (the default) or, for import and export,
 * an XMI file. The views do not notice which.
 */
public interface WorkspaceStorage {

	/** Where the workspace is kept, for messages to the user (e.g. a folder path). */
	String location();

	/** Whether a workspace has been stored here before. */
	boolean exists();

	/**
	 * Reads the stored workspace into a new resource of {@code resourceSet}.
	 *
	 * @return the resource holding the workspace's {@link org.counterpart.model.Theater}
	 * @throws IOException with a message for the user if it cannot be read; the stored workspace is left as it was
	 */
	Resource load(ResourceSet resourceSet, IProgressMonitor monitor) throws IOException;

	/**
	 * Stores the workspace held by {@code resource}; the previous content stays intact if this fails.
	 *
	 * @throws IOException with a message for the user if it cannot be written
	 */
	void save(Resource resource, IProgressMonitor monitor) throws IOException;

	/** Whether the storage itself knows of changes not yet saved (beyond the command stack). */
	default boolean isDirty() {
		return false;
	}

	/** Whether the open workspace is exercise material (an exercise store, so marked in its header). */
	default boolean isExercise() {
		return false;
	}

	/**
	 * Keeps a copy of the unsaved changes of the loaded workspace where the next start can offer them back after a
	 * crash (the encrypted store's recovery area); not a save. Storages without such an area do nothing.
	 *
	 * @throws IOException with a message for the user if the copy cannot be written
	 */
	default void keepUnsaved() throws IOException {
		// no recovery area
	}

	/**
	 * Where the recording of unsaved changes stands (see {@link #undoUnsaved}), or null when this storage records no
	 * changes of its own.
	 */
	default Object changeMark() {
		return null;
	}

	/**
	 * Undoes a change that is not saved yet so that it leaves nothing behind in what the storage records (the store's
	 * journal): runs {@code undo} unrecorded and forgets what was recorded between the two marks.
	 *
	 * @return false, having run nothing, when the storage cannot do so; the caller then undoes normally
	 */
	default boolean undoUnsaved(Object before, Object after, Runnable undo) {
		return false;
	}

	/**
	 * Keeps an attachment's content under its SHA-256 (content-addressed), so that an
	 * {@link org.counterpart.model.Attachment} of the workspace can refer to it by hash. Storing the same content twice
	 * keeps one copy.
	 *
	 * @throws IOException with a message for the user if this storage keeps no attachments, the content does not have
	 *             that hash, or it cannot be written; nothing is stored then
	 */
	default void addAttachment(String sha256, java.io.InputStream content) throws IOException {
		throw new IOException(org.counterpart.ui.internal.Messages.Storage_noAttachments);
	}

	/** Releases what the storage holds open (a store connection); the next load needs it opened again. */
	default void close() throws IOException {
		// nothing held open
	}
}
