package org.counterpart.hq;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a baseline written now would give one device: the operations it would carry and those it would leave behind,
 * and, judged on the workspace as it is now, the objects the device may see (counted by kind) and those it may not,
 * each with the reason.
 *
 * @param deviceId           the device's id (from its certificate), or {@code null} if the certificate binds none
 * @param name               the subject of the device's certificate
 * @param country            the country the device works for, which releasability is judged against
 * @param operations         operations the baseline would carry
 * @param withheldOperations operations the device lacks that would stay behind as not releasable
 * @param objectsByKind      objects releasable to the country, by the name of their class
 * @param withheld           objects not releasable to the country, in the workspace's order
 */
public record BaselinePreview(String deviceId, String name, String country, long operations, long withheldOperations,
		SortedMap<String, Integer> objectsByKind, List<WithheldObject> withheld) {

	public BaselinePreview {
		objectsByKind = new TreeMap<>(objectsByKind);
		withheld = List.copyOf(withheld);
	}

	/** How many objects the device may see. */
	public int objects() {
		return objectsByKind.values().stream().mapToInt(Integer::intValue).sum();
	}

	/** The objects withheld, counted by kind. */
	public SortedMap<String, Integer> withheldByKind() {
		SortedMap<String, Integer> counts = new TreeMap<>();
		for (WithheldObject object : withheld) {
			counts.merge(object.kind(), 1, Integer::sum);
		}
		return counts;
	}

}
