package org.counterpart.sync.internal;

import java.security.cert.X509Certificate;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import org.counterpart.store.StoreException;
import org.counterpart.store.WorkspaceStore;

/**
 * Which operations baselines have sent to one recipient, per origin device, as ranges of sequence numbers.
 * <p>
 * A baseline leaves out what the recipient may not see, so what it sends has holes and the recipient's
 * acknowledgement (all operations 1..n of a device) stops at the first hole. The store keeps what was sent
 * as sync marks {@code baseline/<key>/<device>/<first>} = {@code last}; sync marks only ever rise, and so
 * does a range with a given first number as operations next to it are sent, so the marks describe a set
 * that only grows. Reading takes the union of the marks.
 * </p>
 */
public final class DeliveredOperations {

    private final String prefix;
    private final Map<String, Long> stored;
    /** per origin device: first -> last of disjoint, non-adjacent ranges */
    private final Map<String, TreeMap<Long, Long>> ranges = new HashMap<>();

    private DeliveredOperations(String prefix, Map<String, Long> stored) {
        this.prefix = prefix;
        this.stored = stored;
        stored.forEach((key, last) -> {
            String rest = key.substring(prefix.length());
            int slash = rest.lastIndexOf('/');
            if (slash <= 0) {
                return; // not a mark this class wrote
            }
            try {
                add(rest.substring(0, slash), Long.parseLong(rest.substring(slash + 1)), last);
            } catch (NumberFormatException e) {
                // not a mark this class wrote
            }
        });
    }

    /** What baselines sent to the holder of {@code recipient}'s key, as recorded in {@code store}. */
    public static DeliveredOperations read(WorkspaceStore store, X509Certificate recipient) throws StoreException {
        String prefix = SyncMarks.baselinePrefix(recipient);
        return new DeliveredOperations(prefix, store.syncMarks(prefix));
    }

    /**
     * Nothing sent yet, whatever {@code store} records for {@code recipient}: to send it all again. The marks
     * this returns still only add to what is recorded.
     */
    public static DeliveredOperations none(WorkspaceStore store, X509Certificate recipient) throws StoreException {
        String prefix = SyncMarks.baselinePrefix(recipient);
        DeliveredOperations recorded = new DeliveredOperations(prefix, store.syncMarks(prefix));
        recorded.ranges.clear();
        return recorded;
    }

    /** Whether operation {@code sequence} of {@code device} was sent. */
    public boolean contains(String device, long sequence) {
        TreeMap<Long, Long> perDevice = ranges.get(device);
        if (perDevice == null) {
            return false;
        }
        Map.Entry<Long, Long> range = perDevice.floorEntry(sequence);
        return range != null && range.getValue() >= sequence;
    }

    /**
     * The highest {@code n} such that the recipient holds operations 1..n of {@code device}, counting those
     * it acknowledged (1..{@code acknowledged}) and those sent.
     */
    public long contiguous(String device, long acknowledged) {
        long head = acknowledged;
        TreeMap<Long, Long> perDevice = ranges.get(device);
        if (perDevice == null) {
            return head;
        }
        for (Map.Entry<Long, Long> range : perDevice.entrySet()) {
            if (range.getKey() > head + 1) {
                break;
            }
            head = Math.max(head, range.getValue());
        }
        return head;
    }

    /**
     * The marks that record {@code sent} as sent too, beside what is already recorded: per origin device,
     * the set bits are sequence numbers less {@code offsets.get(device)}. Only new or grown ranges are returned.
     */
    public Map<String, Long> marksFor(Map<String, BitSet> sent, Map<String, Long> offsets) {
        for (Map.Entry<String, BitSet> device : sent.entrySet()) {
            long offset = offsets.get(device.getKey());
            BitSet bits = device.getValue();
            for (int from = bits.nextSetBit(0); from >= 0; ) {
                int to = bits.nextClearBit(from);
                add(device.getKey(), offset + from, offset + to - 1);
                from = bits.nextSetBit(to);
            }
        }
        Map<String, Long> marks = new TreeMap<>();
        ranges.forEach((device, deviceRanges) -> deviceRanges.forEach((first, last) -> {
            String key = prefix + device + "/" + first;
            if (stored.getOrDefault(key, 0L) < last) {
                marks.put(key, last);
            }
        }));
        return marks;
    }

    /** Adds {@code first..last} to a device's ranges, joining it with those it overlaps or touches. */
    private void add(String device, long first, long last) {
        if (first < 1 || last < first) {
            return;
        }
        TreeMap<Long, Long> perDevice = ranges.computeIfAbsent(device, d -> new TreeMap<>());
        long start = first;
        long end = last;
        Map.Entry<Long, Long> before = perDevice.floorEntry(first);
        if (before != null && before.getValue() >= first - 1) {
            start = before.getKey();
            end = Math.max(end, before.getValue());
        }
        for (Map.Entry<Long, Long> after = perDevice.ceilingEntry(start); after != null && after.getKey() <= end + 1;
                after = perDevice.ceilingEntry(start)) {
            end = Math.max(end, after.getValue());
            perDevice.remove(after.getKey());
        }
        perDevice.put(start, end);
    }
}
