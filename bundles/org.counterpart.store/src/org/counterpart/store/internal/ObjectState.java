package org.counterpart.store.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.counterpart.store.journal.OperationCodec;

/**
 * The stored state of one object as strings: its id, class URI and feature values by feature name. Also
 * the encoding of the non-containment part in the objects table ("state" column) and the canonical
 * serialization that {@link org.counterpart.store.CanonicalStateHash} digests.
 *
 * <pre>
 * state column, version 1: u8 version, varint feature count, per feature: string name, varint value count,
 *                          per value: u8 0 (null) | u8 1 + string
 * </pre>
 */
public record ObjectState(String id, String eClass, Map<String, List<String>> features) {

	private static final int STATE_VERSION = 1;

	/** Encodes feature values (for the state column). */
	public static byte[] encodeFeatures(Map<String, List<String>> features) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
		DataOutputStream out = new DataOutputStream(bytes);
		try {
			out.writeByte(STATE_VERSION);
			OperationCodec.writeVarLong(out, features.size());
			for (Map.Entry<String, List<String>> e : features.entrySet()) {
				OperationCodec.writeString(out, e.getKey());
				writeValues(out, e.getValue());
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}

	/** Decodes the state column into a feature-name-sorted map. */
	public static TreeMap<String, List<String>> decodeFeatures(byte[] data) throws IOException {
		DataInputStream in = new DataInputStream(new ByteArrayInputStream(data));
		int version = in.readUnsignedByte();
		if (version != STATE_VERSION) {
			throw new IOException("unknown object state version " + version);
		}
		long count = OperationCodec.readVarLong(in);
		TreeMap<String, List<String>> features = new TreeMap<>();
		for (long i = 0; i < count; i++) {
			String name = OperationCodec.readString(in);
			long n = OperationCodec.readVarLong(in);
			List<String> values = new ArrayList<>((int) Math.min(n, 1024));
			for (long k = 0; k < n; k++) {
				values.add(in.readUnsignedByte() == 0 ? null : OperationCodec.readString(in));
			}
			features.put(name, values);
		}
		return features;
	}

	/** Receives the features of a state column one at a time. */
	public interface FeatureVisitor<K> {
		/**
		 * @param key what the reader's lookup made of the feature's name
		 * @param values the feature's values; the list is reused for the next feature, so copy it to keep it
		 */
		void feature(K key, List<String> values);
	}

	/**
	 * Reads state columns feature by feature, straight from the bytes: loading a store reads some hundred thousand
	 * of them, so no stream objects, no sorted map and no string per feature name; each distinct name is looked up
	 * once. One reader per thread.
	 *
	 * @param <K> what a feature name stands for, such as the feature of a class
	 */
	public static final class Reader<K> {

		private final Function<String, K> lookup;
		private final List<String> values = new ArrayList<>();
		private byte[][] names = new byte[64][];
		private Object[] keys = new Object[64];
		private int size;

		private byte[] data;
		private int at;
		private int end;

		/** @param lookup the key for a feature name, asked once per distinct name; may return null */
		public Reader(Function<String, K> lookup) {
			this.lookup = lookup;
		}

		/** Reads the state column in {@code data[0, length)}. */
		public void read(byte[] data, int length, FeatureVisitor<? super K> visitor) throws IOException {
			this.data = data;
			this.at = 0;
			this.end = length;
			try {
				int version = nextByte();
				if (version != STATE_VERSION) {
					throw new IOException("unknown object state version " + version);
				}
				long count = varLong();
				for (long i = 0; i < count; i++) {
					K key = key();
					long n = varLong();
					values.clear();
					for (long k = 0; k < n; k++) {
						values.add(nextByte() == 0 ? null : string());
					}
					visitor.feature(key, values);
				}
				if (at != end) {
					throw new IOException("trailing bytes in object state");
				}
			} finally {
				this.data = null;
			}
		}

		private int nextByte() throws IOException {
			if (at >= end) {
				throw new IOException("object state ends early");
			}
			return data[at++] & 0xFF;
		}

		private long varLong() throws IOException {
			long value = 0;
			for (int shift = 0; shift < 63; shift += 7) {
				int b = nextByte();
				value |= (long) (b & 0x7F) << shift;
				if ((b & 0x80) == 0) {
					return value;
				}
			}
			throw new IOException("varint too long");
		}

		/** Skips a string's bytes and returns where they start. */
		private int skipString() throws IOException {
			long length = varLong();
			if (length > end - at) {
				throw new IOException("object state ends early");
			}
			int from = at;
			at += (int) length;
			return from;
		}

		private String string() throws IOException {
			int from = skipString();
			return new String(data, from, at - from, StandardCharsets.UTF_8);
		}

		@SuppressWarnings("unchecked")
		private K key() throws IOException {
			int from = skipString();
			int to = at;
			int mask = names.length - 1;
			for (int slot = hash(data, from, to) & mask;; slot = (slot + 1) & mask) {
				byte[] name = names[slot];
				if (name == null) {
					K key = lookup.apply(new String(data, from, to - from, StandardCharsets.UTF_8));
					add(Arrays.copyOfRange(data, from, to), key, slot);
					return key;
				}
				if (Arrays.equals(name, 0, name.length, data, from, to)) {
					return (K) keys[slot];
				}
			}
		}

		private static int hash(byte[] data, int from, int to) {
			int hash = 1;
			for (int i = from; i < to; i++) {
				hash = 31 * hash + data[i];
			}
			return hash ^ (hash >>> 16);
		}

		private void add(byte[] name, Object key, int slot) {
			names[slot] = name;
			keys[slot] = key;
			if (++size * 2 > names.length) {
				byte[][] oldNames = names;
				Object[] oldKeys = keys;
				names = new byte[oldNames.length * 2][];
				keys = new Object[oldNames.length * 2];
				int mask = names.length - 1;
				for (int i = 0; i < oldNames.length; i++) {
					if (oldNames[i] != null) {
						int slotNow = hash(oldNames[i], 0, oldNames[i].length) & mask;
						while (names[slotNow] != null) {
							slotNow = (slotNow + 1) & mask;
						}
						names[slotNow] = oldNames[i];
						keys[slotNow] = oldKeys[i];
					}
				}
			}
		}
	}

	private static void writeValues(DataOutputStream out, List<String> values) throws IOException {
		OperationCodec.writeVarLong(out, values.size());
		for (String v : values) {
			if (v == null) {
				out.writeByte(0);
			} else {
				out.writeByte(1);
				OperationCodec.writeString(out, v);
			}
		}
	}

	/**
	 * SHA-256 (hex) of the canonical serialization: "roots" with the ordered root ids, then every object
	 * sorted by id with its class and its features sorted by name. Features must include containment
	 * features (children ids in order).
	 */
	public static String hash(List<ObjectState> states, List<String> rootIds) {
		states.sort(Comparator.comparing(ObjectState::id));
		MessageDigest sha;
		try {
			sha = MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
		DataOutputStream out = new DataOutputStream(bytes);
		try {
			out.writeUTF("counterpart-state-1");
			writeValues(out, rootIds);
			OperationCodec.writeVarLong(out, states.size());
			for (ObjectState s : states) {
				OperationCodec.writeString(out, s.id());
				OperationCodec.writeString(out, s.eClass());
				TreeMap<String, List<String>> sorted = new TreeMap<>(s.features());
				OperationCodec.writeVarLong(out, sorted.size());
				for (Map.Entry<String, List<String>> e : sorted.entrySet()) {
					OperationCodec.writeString(out, e.getKey());
					writeValues(out, e.getValue());
				}
				if (bytes.size() > 1 << 16) {
					sha.update(bytes.toByteArray());
					bytes.reset();
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		sha.update(bytes.toByteArray());
		return HexFormat.of().formatHex(sha.digest());
	}
}
