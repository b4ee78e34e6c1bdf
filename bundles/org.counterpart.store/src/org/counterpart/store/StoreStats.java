package org.counterpart.store;

/**
 * Figures about a store.
 *
 * @param objectCount   objects in the stored state
 * @param journalSize   operations in the journal
 * @param lastTimestamp highest hybrid logical clock value in the journal (0 if empty)
 * @param deviceId      the id of the device (or server) that owns this store
 * @param lastSequence  the last sequence number this device used
 */
public record StoreStats(long objectCount, long journalSize, long lastTimestamp, String deviceId, long lastSequence) {
}
