package org.counterpart.store;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * Attachments that arrive with operations not yet imported, such as those of a package still being read and
 * verified. Their content is written into the store as it streams in, but they become attachments of the store
 * only when {@link WorkspaceStore#importOperations(java.util.Collection, Map, OperationIntegrator, AttachmentStage)}
 * writes them in the same transaction as the operations. Closing a stage that was not imported removes its
 * content again; so does opening the store after a crash. A store has at most one open stage.
 * <pre>
 * try (AttachmentStage stage = store.stageAttachments()) {
 *     stage.add(sha256, content);          // as the package streams in
 *     // ... verify the package ...
 *     store.importOperations(operations, marks, integrator, stage);
 * }                                        // not imported: the staged content is removed
 * </pre>
 */
public interface AttachmentStage extends AutoCloseable {

	/**
	 * Writes an attachment's content into the store under its SHA-256, streaming and checking it as
	 * {@link WorkspaceStore#addAttachment(String, InputStream)} does, without making it an attachment yet.
	 *
	 * @return the content's size in bytes
	 * @throws StoreException with {@link StoreException.Reason#INVALID_INPUT} if {@code sha256} is malformed or
	 *                        is not the SHA-256 of the content; nothing of this content is kept then
	 * @throws IOException    if reading {@code content} fails (passed on unchanged); nothing of it is kept then
	 */
	long add(String sha256, InputStream content) throws StoreException, IOException;

	/** The attachments added so far: SHA-256 to size in bytes. */
	Map<String, Long> staged();

	/** Removes the staged content unless it was imported. */
	@Override
	void close() throws StoreException;
}
