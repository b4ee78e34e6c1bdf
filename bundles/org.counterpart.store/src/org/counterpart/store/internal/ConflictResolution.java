package org.counterpart.store.internal;

import java.util.List;

import org.counterpart.store.Conflict;
import org.counterpart.store.Resolution;
import org.counterpart.store.StoreException;
import org.counterpart.store.StoreException.Reason;
import org.counterpart.store.journal.Operation;
import org.counterpart.store.journal.OperationApplier;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * An analyst's resolution of an open conflict, made in the loaded model: keeping what was merged, applying the
 * other side, or writing a value of the analyst's own. Either way a resolution operation is recorded, so the
 * resolution travels like any other change; the caller saves. Everything that can refuse a resolution is checked
 * before the model changes.
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

	/** Resolves {@code conflict}, one of the {@code open} conflicts, as {@code resolution} says. */
	void record(List<Conflict> open, Conflict conflict, Resolution resolution) throws StoreException {
		if (open.stream().noneMatch(c -> c.key().equals(conflict.key()))) {
			throw new StoreException(Reason.INVALID_INPUT, Messages.format(Messages.NO_SUCH_CONFLICT, conflict.key()));
		}
		switch (resolution.choice()) {
		case OTHER_SIDE -> applyLoser(conflict);
		case VALUE -> applyValue(conflict, resolution.value());
		case KEEP_MERGED -> {
			// the model stays as merged
		}
		}
		state.recorder.recordResolution(conflict.objectId(), conflict.feature(), conflict.key(), resolution.choice().code());
	}

	private void applyValue(Conflict conflict, String text) throws StoreException {
		EObject o = merge.find(conflict.objectId());
		EStructuralFeature feature = o == null || conflict.feature() == null ? null
				: o.eClass().getEStructuralFeature(conflict.feature());
		if (conflict.kind() != Conflict.Kind.VALUE || !(feature instanceof EAttribute attribute) || attribute.isMany()
				|| !attribute.isChangeable()) {
			throw new StoreException(Reason.INVALID_INPUT, Messages.format(Messages.NO_VALUE_TO_ENTER, conflict.key()));
		}
		Object value = Resolution.parseValue(attribute, text);
		if (value == null) {
			o.eUnset(attribute);
		} else {
			o.eSet(attribute, value);
		}
	}

	private void applyLoser(Conflict conflict) throws StoreException {
		if (conflict.kind() == Conflict.Kind.DROPPED_REFERENCE) {
			try {
				// refusals come before the model changes; a value the model itself refuses may come after
				new DroppedReferenceRestore(merge).apply(conflict);
			} catch (IllegalArgumentException e) {
				loader.reload();
				throw new StoreException(Reason.INVALID_INPUT, Messages.format(Messages.OPERATION_REFUSED, e.getMessage()));
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
