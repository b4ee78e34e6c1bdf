package org.counterpart.store.journal;

import java.util.List;
import java.util.Objects;

/**
 * One change to a workspace, the unit that the store journals and that packages carry between devices.
 * <p>
 * An operation names objects and features by their stable identities (object id, feature name, class
 * URI), never by position in a resource, so that it means the same thing on every device. Values are
 * strings: attribute values as {@code EcoreUtil.convertToString} of their data type, references as the
 * target object's id, {@code null} for "no value".
 * </p>
 * <table>
 * <caption>Fields used by each kind</caption>
 * <tr><th>kind</th><th>meaning</th><th>fields</th></tr>
 * <tr><td>CREATE</td><td>a new object of {@code eClass} placed at {@code container.containmentFeature[index]};
 * no container means a root of the workspace</td><td>objectId, eClass, containerId, containmentFeature, index</td></tr>
 * <tr><td>SET</td><td>single-valued feature := value</td><td>objectId, feature, value</td></tr>
 * <tr><td>UNSET</td><td>feature back to its default (many-valued: emptied)</td><td>objectId, feature</td></tr>
 * <tr><td>ADD</td><td>value inserted into a many-valued, non-containment feature at index (-1: at the end)</td>
 * <td>objectId, feature, value, index</td></tr>
 * <tr><td>REMOVE</td><td>value removed from a many-valued, non-containment feature (index is where it was)</td>
 * <td>objectId, feature, value, index</td></tr>
 * <tr><td>MOVE</td><td>either the object moves to {@code container.containmentFeature[index]} (containment
 * change or reorder), or, when {@code feature} is given, {@code value} moves to {@code index} inside the
 * object's many-valued feature</td><td>objectId, containerId, containmentFeature, index | objectId, feature, value, index</td></tr>
 * <tr><td>DELETE</td><td>the object and everything it contains are gone (a tombstone); {@code value} lists the
 * ids of the contained objects that went with it, separated by spaces</td><td>objectId, value</td></tr>
 * <tr><td>RESOLVE</td><td>an analyst settled the conflict whose key is {@code value}; the model is not changed
 * by it (a chosen value travels as its own SET or MOVE); {@code index}, if given, says how (a
 * {@link org.counterpart.store.Resolution.Choice#code()})</td><td>objectId, value, [feature], [index]</td></tr>
 * </table>
 * <p>
 * For merging, an operation also carries its {@link #basis()}: the clock value of the latest operation on the
 * same register (feature, list, or place of the object) that its device had seen when recording it. A
 * write whose basis is older than another write to the same register did not know that write: the two are
 * concurrent. CREATE and containment MOVE carry the {@link #position()} that orders the object among its
 * siblings on every device.
 * </p>
 * <p>
 * Every operation carries the hybrid logical clock {@link #timestamp()} at which it was recorded, the
 * {@link #deviceId()} that recorded it and that device's gap-free {@link #sequence()} number; together
 * {@code (deviceId, sequence)} identify an operation uniquely, and {@code (timestamp, deviceId)} order
 * concurrent writes totally. Instances are immutable.
 * </p>
 */
public final class Operation {

	/** What an operation does. The ordinal is not part of any encoding: see {@link #code()}. */
	public enum Kind {
		CREATE(1), SET(2), UNSET(3), ADD(4), REMOVE(5), MOVE(6), DELETE(7), RESOLVE(8);

		private final int code;

		Kind(int code) {
			this.code = code;
		}

		/** The stable number used in the binary encoding and in the journal table. */
		public int code() {
			return code;
		}

		/** The kind for an encoded number, or {@code null} if none has it. */
		public static Kind ofCode(int code) {
			for (Kind kind : values()) {
				if (kind.code == code) {
					return kind;
				}
			}
			return null;
		}
	}

	/** Index meaning "no position" or "at the end". */
	public static final int NO_INDEX = -1;

	/** {@link #position()} of an operation that does not place an object among its siblings. */
	public static final long NO_POSITION = Long.MIN_VALUE;

	private final Kind kind;
	private final String objectId;
	private final String eClass;
	private final String feature;
	private final String value;
	private final int index;
	private final String containerId;
	private final String containmentFeature;
	private final long timestamp;
	private final String deviceId;
	private final long sequence;
	private final long basis;
	private final long position;

	private Operation(Builder b) {
		this.kind = Objects.requireNonNull(b.kind, "kind");
		this.objectId = requireText(b.objectId, "objectId");
		this.eClass = b.eClass;
		this.feature = b.feature;
		this.value = b.value;
		this.index = b.index;
		this.containerId = b.containerId;
		this.containmentFeature = b.containmentFeature;
		this.timestamp = b.timestamp;
		this.deviceId = b.deviceId;
		this.sequence = b.sequence;
		this.basis = b.basis;
		this.position = b.position;
		switch (kind) {
		case CREATE -> {
			requireText(eClass, "eClass");
			requireContainment();
		}
		case SET, UNSET -> requireText(feature, "feature");
		case ADD, REMOVE -> requireText(feature, "feature");
		case MOVE -> {
			if (feature == null) {
				requireContainment();
			}
		}
		case DELETE -> {
			// objectId, and the ids of the contents in value
		}
		case RESOLVE -> requireText(value, "value");
		}
		if (basis < 0) {
			throw new IllegalArgumentException("basis " + basis);
		}
		if (index < NO_INDEX) {
			throw new IllegalArgumentException("index " + index);
		}
	}

	private void requireContainment() {
		if ((containerId == null) != (containmentFeature == null)) {
			throw new IllegalArgumentException(kind + " needs both containerId and containmentFeature, or neither (a root)");
		}
	}

	private static String requireText(String s, String what) {
		if (s == null || s.isEmpty()) {
			throw new IllegalArgumentException(what + " is required");
		}
		return s;
	}

	public static Builder builder(Kind kind, String objectId) {
		return new Builder(kind, objectId);
	}

	/** A builder pre-filled with this operation's fields. */
	public Builder toBuilder() {
		Builder b = new Builder(kind, objectId);
		b.eClass = eClass;
		b.feature = feature;
		b.value = value;
		b.index = index;
		b.containerId = containerId;
		b.containmentFeature = containmentFeature;
		b.timestamp = timestamp;
		b.deviceId = deviceId;
		b.sequence = sequence;
		b.basis = basis;
		b.position = position;
		return b;
	}

	/** This operation stamped with a clock value, device and sequence number. */
	public Operation stamped(long timestamp, String deviceId, long sequence) {
		return toBuilder().timestamp(timestamp).deviceId(deviceId).sequence(sequence).build();
	}

	public Kind kind() {
		return kind;
	}

	public String objectId() {
		return objectId;
	}

	/** {@code nsURI#ClassName} for CREATE, else {@code null}. */
	public String eClass() {
		return eClass;
	}

	/** The feature name (SET, UNSET, ADD, REMOVE, list MOVE), else {@code null}. */
	public String feature() {
		return feature;
	}

	/** The encoded value; may be {@code null}. */
	public String value() {
		return value;
	}

	/** Position in an ordered many-valued feature, or {@link #NO_INDEX}. */
	public int index() {
		return index;
	}

	/** The new container for CREATE and containment MOVE; {@code null} for a root. */
	public String containerId() {
		return containerId;
	}

	/** The containment feature of {@link #containerId()}; {@code null} for a root. */
	public String containmentFeature() {
		return containmentFeature;
	}

	/** Hybrid logical clock value, see {@link HybridLogicalClock}. */
	public long timestamp() {
		return timestamp;
	}

	public String deviceId() {
		return deviceId;
	}

	/** Per-device sequence number, starting at 1. */
	public long sequence() {
		return sequence;
	}

	/**
	 * The clock value of the latest operation on the same register that the recording device had seen, 0 if
	 * none (a new object, or an operation recorded before bases were kept).
	 */
	public long basis() {
		return basis;
	}

	/** Where CREATE and containment MOVE put the object among its siblings, or {@link #NO_POSITION}. */
	public long position() {
		return position;
	}

	/** Whether this operation puts its object somewhere in the containment tree (CREATE, containment MOVE). */
	public boolean isPlacement() {
		return kind == Kind.CREATE || (kind == Kind.MOVE && feature == null);
	}

	/** The ids of the contained objects a DELETE removed with its object (empty for other kinds). */
	public List<String> deletedContents() {
		if (kind != Kind.DELETE || value == null || value.isEmpty()) {
			return List.of();
		}
		return List.of(value.split(" "));
	}

	/** Whether this is a MOVE inside a many-valued feature (as opposed to a containment move). */
	public boolean isListMove() {
		return kind == Kind.MOVE && feature != null;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof Operation op && kind == op.kind && index == op.index && timestamp == op.timestamp
				&& sequence == op.sequence && basis == op.basis && position == op.position && objectId.equals(op.objectId) && Objects.equals(eClass, op.eClass)
				&& Objects.equals(feature, op.feature) && Objects.equals(value, op.value)
				&& Objects.equals(containerId, op.containerId)
				&& Objects.equals(containmentFeature, op.containmentFeature) && Objects.equals(deviceId, op.deviceId);
	}

	@Override
	public int hashCode() {
		return Objects.hash(kind, objectId, feature, value, index, timestamp, deviceId, sequence);
	}

	/** A short description for diagnostics; contains no attribute values (they may be sensitive). */
	@Override
	public String toString() {
		StringBuilder sb = new StringBuilder().append(kind).append(' ').append(objectId);
		if (eClass != null) {
			sb.append(" : ").append(eClass);
		}
		if (feature != null) {
			sb.append('.').append(feature);
		}
		if (containerId != null) {
			sb.append(" in ").append(containerId).append('.').append(containmentFeature);
		}
		if (index != NO_INDEX) {
			sb.append(" [").append(index).append(']');
		}
		return sb.append(" @").append(deviceId).append('#').append(sequence).append(' ')
				.append(HybridLogicalClock.toString(timestamp)).toString();
	}

	/** Builds an {@link Operation}; the constructor checks that the fields fit the kind. */
	public static final class Builder {
		private final Kind kind;
		private final String objectId;
		private String eClass;
		private String feature;
		private String value;
		private int index = NO_INDEX;
		private String containerId;
		private String containmentFeature;
		private long timestamp;
		private String deviceId;
		private long sequence;
		private long basis;
		private long position = NO_POSITION;

		private Builder(Kind kind, String objectId) {
			this.kind = kind;
			this.objectId = objectId;
		}

		public Builder eClass(String eClassUri) {
			this.eClass = eClassUri;
			return this;
		}

		public Builder feature(String featureName) {
			this.feature = featureName;
			return this;
		}

		public Builder value(String encodedValue) {
			this.value = encodedValue;
			return this;
		}

		public Builder index(int position) {
			this.index = position;
			return this;
		}

		public Builder container(String id, String containmentFeatureName) {
			this.containerId = id;
			this.containmentFeature = containmentFeatureName;
			return this;
		}

		public Builder timestamp(long hlc) {
			this.timestamp = hlc;
			return this;
		}

		public Builder deviceId(String id) {
			this.deviceId = id;
			return this;
		}

		public Builder sequence(long seq) {
			this.sequence = seq;
			return this;
		}

		public Builder basis(long hlc) {
			this.basis = hlc;
			return this;
		}

		public Builder position(long siblingPosition) {
			this.position = siblingPosition;
			return this;
		}

		public Operation build() {
			return new Operation(this);
		}
	}
}
