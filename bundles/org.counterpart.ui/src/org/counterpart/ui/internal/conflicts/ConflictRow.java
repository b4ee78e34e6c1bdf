package org.counterpart.ui.internal.conflicts;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.counterpart.model.util.ObjectLabels;
import org.counterpart.store.Conflict;
import org.counterpart.store.ResolvedConflict;
import org.counterpart.store.journal.HybridLogicalClock;
import org.counterpart.store.journal.Operation;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.osgi.util.NLS;

/**
 * One line of the Conflicts view: an open conflict, or a resolved one with who resolved it, when and how, with
 * what the table shows of each side in words (objects by their labels, devices by their names).
 *
 * @param conflict the conflict
 * @param resolved its resolution, or {@code null} while it is open
 * @param subject  the object it is about, or {@code null} if it is no longer in the workspace
 */
record ConflictRow(Conflict conflict, ResolvedConflict resolved, EObject subject, String object, String kind,
		String feature, String merged, String mergedBy, String other, String otherBy, String resolution) implements IAdaptable {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm") //$NON-NLS-1$
			.withZone(ZoneId.systemDefault());

	boolean isOpen() {
		return resolved == null;
	}

	/** The object the conflict is about, for what other bundles contribute to the row's menu (Open Diagram). */
	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return adapter.isInstance(subject) ? adapter.cast(subject) : null;
	}

	/** The row for {@code conflict} (resolved as {@code resolved}, or open if that is null) in {@code workspace}. */
	static ConflictRow of(Conflict conflict, ResolvedConflict resolved, Resource workspace, Map<String, String> deviceNames) {
		EObject subject = find(workspace, conflict.objectId());
		EStructuralFeature feature = subject == null || conflict.feature() == null ? null
				: subject.eClass().getEStructuralFeature(conflict.feature());
		String object = subject == null ? NLS.bind(Messages.Conflicts_gone, conflict.objectId()) : ObjectLabels.labelOf(subject);
		String resolution = resolved == null ? "" //$NON-NLS-1$
				: NLS.bind(Messages.Conflicts_resolvedBy, new Object[] { choice(resolved), device(resolved.resolvingDevice(), deviceNames),
						resolved.resolvedAt() == null ? Messages.Conflicts_unknown : TIME.format(resolved.resolvedAt()) });
		return new ConflictRow(conflict, resolved, subject, object, kind(conflict.kind()),
				conflict.feature() == null ? Messages.Conflicts_place : conflict.feature(),
				side(conflict, conflict.winner(), true, feature, workspace), by(conflict.winner(), deviceNames),
				side(conflict, conflict.loser(), false, feature, workspace), by(conflict.loser(), deviceNames), resolution);
	}

	private static String choice(ResolvedConflict resolved) {
		if (resolved.choice() == null) {
			return Messages.Conflicts_resolved;
		}
		return switch (resolved.choice()) {
		case KEEP_MERGED -> Messages.Conflicts_keptMerged;
		case OTHER_SIDE -> Messages.Conflicts_tookOther;
		case VALUE -> Messages.Conflicts_enteredValue;
		};
	}

	static String kind(Conflict.Kind kind) {
		return switch (kind) {
		case VALUE -> Messages.Conflicts_kindValue;
		case MOVE -> Messages.Conflicts_kindMove;
		case DELETE_EDIT -> Messages.Conflicts_kindDeleteEdit;
		case DROPPED_REFERENCE -> Messages.Conflicts_kindDropped;
		};
	}

	/** What one side of the conflict did, in words. */
	private static String side(Conflict conflict, Operation op, boolean winner, EStructuralFeature feature, Resource workspace) {
		return switch (op.kind()) {
		case DELETE -> NLS.bind(Messages.Conflicts_deleted, label(workspace, op.objectId()));
		case MOVE, CREATE -> op.feature() == null
				? NLS.bind(Messages.Conflicts_movedInto, op.containerId() == null ? Messages.Conflicts_top : label(workspace, op.containerId()))
				: value(op.value(), feature, workspace);
		case UNSET -> Messages.Conflicts_noValue;
		case SET, ADD -> conflict.kind() == Conflict.Kind.DELETE_EDIT && !winner
				? NLS.bind(Messages.Conflicts_edited, op.feature(), value(op.value(), feature, workspace))
				: value(op.value(), feature, workspace);
		default -> value(op.value(), feature, workspace);
		};
	}

	private static String value(String value, EStructuralFeature feature, Resource workspace) {
		if (value == null) {
			return Messages.Conflicts_noValue;
		}
		return feature instanceof EReference || feature == null && find(workspace, value) != null ? label(workspace, value) : value;
	}

	private static String label(Resource workspace, String id) {
		EObject o = find(workspace, id);
		return o == null ? NLS.bind(Messages.Conflicts_gone, id) : ObjectLabels.labelOf(o);
	}

	private static EObject find(Resource workspace, String id) {
		return workspace == null || id == null ? null : workspace.getEObject(id);
	}

	private static String by(Operation op, Map<String, String> deviceNames) {
		return NLS.bind(Messages.Conflicts_byAt, device(op.deviceId(), deviceNames),
				TIME.format(Instant.ofEpochMilli(HybridLogicalClock.physical(op.timestamp()))));
	}

	private static String device(String deviceId, Map<String, String> deviceNames) {
		if (deviceId == null) {
			return Messages.Conflicts_unknown;
		}
		return commonName(deviceNames.getOrDefault(deviceId, deviceId));
	}

	/** A certificate subject's common name ("CN=laptop-a,OU=Field,O=..." reads "laptop-a"); other names as they are. */
	static String commonName(String name) {
		if (!name.startsWith("CN=")) { //$NON-NLS-1$
			return name;
		}
		int end = 3;
		while (end < name.length() && name.charAt(end) != ',') {
			end += name.charAt(end) == '\\' ? 2 : 1;
		}
		return name.substring(3, Math.min(end, name.length())).replace("\\", ""); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
