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
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
	public interface FeatureVisitor {
		void feature(String name, List<String> values);
	}

	/**
	 * Reads the state column feature by feature, straight from the bytes: loading a store reads some
	 * hundred thousand of them, so no stream objects and no sorted map per row.
	 */
	public static void readFeatures(byte[] data, FeatureVisitor visitor) throws IOException {
		try {
			int[] at = { 0 };
			int version = data[at[0]++] & 0xFF;
			if (version != STATE_VERSION) {
				throw new IOException("unknown object state version " + version);
			}
			long count = varLong(data, at);
			for (long i = 0; i < count; i++) {
				String name = string(data, at);
				long n = varLong(data, at);
				List<String> values = new ArrayList<>((int) Math.min(n, 1024));
				for (long k = 0; k < n; k++) {
					values.add(data[at[0]++] == 0 ? null : string(data, at));
				}
				visitor.feature(name, values);
			}
			if (at[0] != data.length) {
				throw new IOException("trailing bytes in object state");
			}
		} catch (ArrayIndexOutOfBoundsException e) {
			throw new IOException("object state ends early", e);
		}
	}

	private static long varLong(byte[] data, int[] at) throws IOException {
		long value = 0;
		for (int shift = 0; shift < 63; shift += 7) {
			int b = data[at[0]++];
			value |= (long) (b & 0x7F) << shift;
			if ((b & 0x80) == 0) {
				return value;
			}
		}
		throw new IOException("varint too long");
	}

	private static String string(byte[] data, int[] at) throws IOException {
		long length = varLong(data, at);
		if (length > data.length - at[0]) {
			throw new IOException("object state ends early");
		}
		String s = new String(data, at[0], (int) length, StandardCharsets.UTF_8);
		at[0] += (int) length;
		return s;
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
