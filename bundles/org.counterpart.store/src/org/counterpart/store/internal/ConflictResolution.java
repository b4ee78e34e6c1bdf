package org.counterpart.store.internal;

import java.util.List;

import org.counterpart.store.Conflict;
import org.counterpart.store.StoreException;
import org.counterpart.store.StoreException.Reason;
import org.counterpart.store.journal.Operation;
import org.counterpart.store.journal.OperationApplier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * An analyst's resolution of an open conflict, made in the loaded model: keeping what was merged, or applying the
 * other side. Either way a resolution operation is recorded, so the resolution travels like any other change; the
 * caller saves.
 */
final class ConflictResolution {

	private final WorkspaceState state;
	private final WorkspaceLoader loader;
	private final MergeSession merge;

	ConflictResolution(WorkspaceState state, WorkspaceLoader loader, MergeSession merge) {
		this.state = state;
		this.loader = loader;
		this.merge = merge;
	}

	/** Resolves {@code conflict}, one of the {@code open} conflicts, applying its losing side if asked to. */
	void record(List<Conflict> open, Conflict conflict, boolean applyLoser) throws StoreException {
		if (open.stream().noneMatch(c -> c.key().equals(conflict.key()))) {
			throw new StoreException(Reason.INVALID_INPUT, Messages.format(Messages.NO_SUCH_CONFLICT, conflict.key()));
		}
		if (applyLoser) {
			applyLoser(conflict);
		}
		state.recorder.recordResolution(conflict.objectId(), conflict.feature(), conflict.key());
	}

	private void applyLoser(Conflict conflict) throws StoreException {
		if (conflict.kind() == Conflict.Kind.DROPPED_REFERENCE) {
			try {
				new DroppedReferenceRestore(merge).apply(conflict);
			} catch (StoreException | IllegalArgumentException e) {
				loader.reload();
				throw e instanceof StoreException refused ? refused
						: new StoreException(Reason.INVALID_INPUT, Messages.format(Messages.OPERATION_REFUSED, e.getMessage()));
			}
			return;
		}
		EObject o = merge.find(conflict.objectId());
		Operation loser = conflict.loser();
		if (o == null || conflict.kind() == Conflict.Kind.DELETE_EDIT) {
			throw new StoreException(Reason.INVALID_INPUT, Messages.format(Messages.CANNOT_RESTORE, conflict.objectId()));
		}
		try {
			if (conflict.kind() == Conflict.Kind.VALUE) {
				new OperationApplier(state.resource, state.registry).apply(loser.toBuilder().basis(0).build());
			} else {
				EObject container = loser.containerId() == null ? null : merge.find(loser.containerId());
				if (loser.containerId() != null && (container == null || EcoreUtil.isAncestor(o, container))) {
					throw new StoreException(Reason.INVALID_INPUT, Messages.format(Messages.CANNOT_RESTORE, loser.containerId()));
				}
				new OperationApplier(state.resource, state.registry).apply(loser);
			}
		} catch (IllegalArgumentException e) {
			loader.reload();
			throw new StoreException(Reason.INVALID_INPUT, Messages.format(Messages.OPERATION_REFUSED, e.getMessage()));
		}
	}
}
