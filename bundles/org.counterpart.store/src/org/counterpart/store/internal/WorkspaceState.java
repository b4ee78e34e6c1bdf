package org.counterpart.store.internal;

import java.util.IdentityHashMap;
import java.util.Map;

import org.counterpart.store.journal.HybridLogicalClock;
import org.counterpart.store.journal.OperationRecorder;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * What an open store keeps in memory about its stored state, shared by its loading, saving and importing: this
 * device, its clock and last sequence number, the loaded model with its recorder and the slot of every stored
 * object, and whether the load image is current.
 */
final class WorkspaceState {

	final String deviceId;
	/** not final: tests of devices whose clocks disagree put a skewed clock here before loading */
	HybridLogicalClock clock = new HybridLogicalClock();
	/** this device's last sequence number, as committed */
	long lastSequence;

	Resource resource;
	EPackage.Registry registry;
	OperationRecorder recorder;
	/** where each stored object's row places it: the containment list and position */
	Map<EObject, Slot> slots = new IdentityHashMap<>();

	/** Whether the load image ({@link LoadImage}) holds the stored state: its mark is in cp_meta. */
	boolean imageValid;
	/** Whether the last load finished: the model was the stored state then (the recorder says what changed since). */
	boolean loaded;
	/** filling a new store whose header is not written yet: commit every batch (see create) */
	boolean bulkImport;
	/** operations replayed in the order given, by index: the lists they touch are renumbered on writing */
	boolean strictReplay;
	/**
	 * Whether the recovery area is this session's: written by keepUnsaved or read since the store was opened. A save
	 * then empties it; a copy an earlier session left stays until it is read.
	 */
	boolean recoveryOwned;

	WorkspaceState(String deviceId, long lastSequence, long lastHlc, boolean imageValid) {
		this.deviceId = deviceId;
		this.lastSequence = lastSequence;
		this.imageValid = imageValid;
		clock.advanceTo(lastHlc);
	}

	/** Records the local changes to the loaded model from now on, numbering them after the last sequence number. */
	void startRecording() {
		recorder = new OperationRecorder(resource, clock, deviceId, lastSequence);
		recorder.attach();
	}
}
