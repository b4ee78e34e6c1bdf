package org.counterpart.ui.internal.conflicts;

import java.util.List;

import org.counterpart.store.Conflict;
import org.counterpart.store.Resolution;
import org.counterpart.store.StoreException;
import org.counterpart.ui.internal.StoreWorkspaceStorage;
import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.command.AbortExecutionException;
import org.eclipse.emf.ecore.change.ChangeDescription;
import org.eclipse.emf.ecore.change.util.ChangeRecorder;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * Resolves a selection of conflicts as one edit on the workspace command stack: the store applies each resolution to
 * the loaded model and records it with the edit's operations ({@code WorkspaceStore.applyResolution}), so a save
 * writes it and it travels like any edit. Undo before saving takes it back without a trace in the journal (the editing
 * session's stack forgets what the edit recorded); redo resolves again.
 * <p>
 * If one of the conflicts cannot be resolved, those already done in this edit are taken back, the command stack
 * keeps nothing ({@link AbortExecutionException}) and {@link #failure()} says why.
 */
final class ResolveConflictsCommand extends AbstractCommand {

	private final StoreWorkspaceStorage storage;
	private final ResourceSet model;
	private final List<Conflict> conflicts;
	private final Resolution resolution;
	private ChangeDescription changes;
	private StoreException failure;

	ResolveConflictsCommand(StoreWorkspaceStorage storage, ResourceSet model, List<Conflict> conflicts, Resolution resolution) {
		super(Messages.Conflicts_commandLabel);
		this.storage = storage;
		this.model = model;
		this.conflicts = List.copyOf(conflicts);
		this.resolution = resolution;
	}

	@Override
	protected boolean prepare() {
		return !conflicts.isEmpty();
	}

	@Override
	public void execute() {
		failure = null;
		Object before = storage.changeMark();
		ChangeRecorder recorder = new ChangeRecorder(model);
		try {
			for (Conflict conflict : conflicts) {
				storage.use(store -> {
					store.applyResolution(conflict, resolution);
					return null;
				});
			}
		} catch (StoreException e) {
			failure = e;
		} catch (java.io.IOException e) {
			failure = new StoreException(StoreException.Reason.INVALID_INPUT, e.getMessage());
		} finally {
			changes = recorder.endRecording();
			recorder.dispose();
		}
		if (failure != null) {
			ChangeDescription partial = changes;
			if (!storage.undoUnsaved(before, storage.changeMark(), partial::applyAndReverse)) {
				partial.applyAndReverse();
			}
			throw new AbortExecutionException(failure.getMessage());
		}
	}

	@Override
	public void undo() {
		changes.applyAndReverse();
	}

	@Override
	public void redo() {
		// resolving again records the resolutions anew; once they were saved and undone as an edit of their own, the
		// conflicts are closed for good and only the values come back
		ChangeDescription undone = changes;
		try {
			execute();
		} catch (AbortExecutionException e) {
			undone.applyAndReverse();
			changes = undone;
		}
	}

	/** Why the last execution changed nothing, or {@code null} if it succeeded. */
	StoreException failure() {
		return failure;
	}

	List<Conflict> conflicts() {
		return conflicts;
	}
}
