package org.counterpart.store;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import org.counterpart.store.journal.Operation;

/**
 * What arrives for an import before it may be applied, such as the operations and attachments of a package that is
 * still being read and verified. Nothing staged is part of the store's state: it becomes so only when
 * {@link WorkspaceStore#importStaged(ImportStage, Map, OperationIntegrator)} applies the operations and makes the
 * attachments the store's own, in one transaction. Closing a stage that was not imported removes what it holds; so
 * does opening the store after a crash. A store has at most one open stage.
 * <p>
 * Memory does not grow with what is staged: attachments are written into the store as they stream in, and
 * operations once a few thousand of them have gathered, encrypted like the rest of a local store and never in a
 * file of their own.
 * </p>
 * <pre>
 * try (ImportStage stage = store.stageImport()) {
 *     stage.addOperation(operation);      // as the package streams in
 *     stage.addAttachment(sha256, content);
 *     // ... verify the package ...
 *     store.importStaged(stage, marks, integrator);
 * }                                       // not imported: what was staged is removed
 * </pre>
 */
public interface ImportStage extends AutoCloseable {

	/**
	 * Stages one operation. Operations are applied in the order they were staged, in batches.
	 *
	 * @throws StoreException if the operation cannot be kept (the store is closed, or fails)
	 */
	void addOperation(Operation operation) throws StoreException;

	/** How many operations are staged. */
	long operationCount();

	/**
	 * Writes an attachment's content into the store under its SHA-256, streaming and checking it as
	 * {@link WorkspaceStore#addAttachment(String, InputStream)} does, without making it an attachment yet.
	 *
	 * @return the content's size in bytes
	 * @throws StoreException with {@link StoreException.Reason#INVALID_INPUT} if {@code sha256} is malformed or
	 *                        is not the SHA-256 of the content; nothing of this content is kept then
	 * @throws IOException    if reading {@code content} fails (passed on unchanged); nothing of it is kept then
	 */
	long addAttachment(String sha256, InputStream content) throws StoreException, IOException;

	/** The attachments staged so far: SHA-256 to size in bytes. */
	Map<String, Long> attachments();

	/** Removes what was staged unless it was imported. */
	@Override
	void close() throws StoreException;
}
