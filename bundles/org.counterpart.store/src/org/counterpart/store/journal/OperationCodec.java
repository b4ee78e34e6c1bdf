package org.counterpart.store.journal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The compact binary encoding of {@link Operation}s, used by the journal and by packages.
 * <p>
 * Format version 2, big-endian, one operation:
 * </p>
 * <pre>
 * u8      format version (2; version 1 is read too: it has neither basis nor position)
 * u8      kind code ({@link Operation.Kind#code()})
 * u8      presence flags: 1 eClass, 2 feature, 4 value, 8 container (id and feature), 16 index, 32 basis,
 *         64 position
 * i64     hybrid logical clock timestamp
 * varint  sequence number
 * string  device id ("" if none)
 * string  object id
 * [string eClass] [string feature] [string value] [string containerId, string containmentFeature] [varint index]
 * [i64 basis] [i64 position]
 * </pre>
 * A string is a varint byte length followed by UTF-8; a varint is unsigned LEB128. A reader refuses a
 * newer format version and malformed input with an {@link IOException} that says which, and never
 * allocates more than {@link #MAX_STRING_BYTES} for one string.
 */
public final class OperationCodec {

	public static final int FORMAT_VERSION = 2;
	private static final int FIRST_READABLE_VERSION = 1;
	public static final int MAX_STRING_BYTES = 16 * 1024 * 1024;

	private static final int HAS_ECLASS = 1;
	private static final int HAS_FEATURE = 2;
	private static final int HAS_VALUE = 4;
	private static final int HAS_CONTAINER = 8;
	private static final int HAS_INDEX = 16;
	private static final int HAS_BASIS = 32;
	private static final int HAS_POSITION = 64;
	private static final int ALL_FLAGS = HAS_ECLASS | HAS_FEATURE | HAS_VALUE | HAS_CONTAINER | HAS_INDEX | HAS_BASIS
			| HAS_POSITION;

	private OperationCodec() {
	}

	public static byte[] encode(Operation op) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
		try {
			write(new DataOutputStream(bytes), op);
		} catch (IOException e) {
			throw new UncheckedIOException(e); // cannot happen in memory
		}
		return bytes.toByteArray();
	}

	public static Operation decode(byte[] data) throws IOException {
		DataInputStream in = new DataInputStream(new ByteArrayInputStream(data));
		Operation op = read(in);
		if (in.available() > 0) {
			throw new IOException("Malformed operation: " + in.available() + " trailing bytes");
		}
		return op;
	}

	public static void write(DataOutput out, Operation op) throws IOException {
		int flags = (op.eClass() != null ? HAS_ECLASS : 0) | (op.feature() != null ? HAS_FEATURE : 0)
				| (op.value() != null ? HAS_VALUE : 0) | (op.containerId() != null ? HAS_CONTAINER : 0)
				| (op.index() != Operation.NO_INDEX ? HAS_INDEX : 0) | (op.basis() != 0 ? HAS_BASIS : 0)
				| (op.position() != Operation.NO_POSITION ? HAS_POSITION : 0);
		out.writeByte(FORMAT_VERSION);
		out.writeByte(op.kind().code());
		out.writeByte(flags);
		out.writeLong(op.timestamp());
		writeVarLong(out, op.sequence());
		writeString(out, op.deviceId() == null ? "" : op.deviceId());
		writeString(out, op.objectId());
		if (op.eClass() != null) {
			writeString(out, op.eClass());
		}
		if (op.feature() != null) {
			writeString(out, op.feature());
		}
		if (op.value() != null) {
			writeString(out, op.value());
		}
		if (op.containerId() != null) {
			writeString(out, op.containerId());
			writeString(out, op.containmentFeature());
		}
		if (op.index() != Operation.NO_INDEX) {
			writeVarLong(out, op.index());
		}
		if (op.basis() != 0) {
			out.writeLong(op.basis());
		}
		if (op.position() != Operation.NO_POSITION) {
			out.writeLong(op.position());
		}
	}

	/**
	 * Reads one operation.
	 *
	 * @throws EOFException if the input ends before the first byte or inside the operation
	 * @throws IOException  if the input is not a valid operation of a known format version
	 */
	public static Operation read(DataInput in) throws IOException {
		int version = in.readUnsignedByte();
		if (version < FIRST_READABLE_VERSION || version > FORMAT_VERSION) {
			throw new IOException(version > FORMAT_VERSION
					? "Operation format version " + version + " is newer than this version of Counterpart reads ("
							+ FORMAT_VERSION + "); update Counterpart"
					: "Malformed operation: unknown format version " + version);
		}
		Operation.Kind kind = Operation.Kind.ofCode(in.readUnsignedByte());
		if (kind == null) {
			throw new IOException("Malformed operation: unknown kind");
		}
		int flags = in.readUnsignedByte();
		if ((flags & ~ALL_FLAGS) != 0 || (version == 1 && (flags & (HAS_BASIS | HAS_POSITION)) != 0)) {
			throw new IOException("Malformed operation: unknown flags");
		}
		long timestamp = in.readLong();
		long sequence = readVarLong(in);
		String device = readString(in);
		Operation.Builder b = Operation.builder(kind, readString(in)).timestamp(timestamp).sequence(sequence)
				.deviceId(device.isEmpty() ? null : device);
		if ((flags & HAS_ECLASS) != 0) {
			b.eClass(readString(in));
		}
		if ((flags & HAS_FEATURE) != 0) {
			b.feature(readString(in));
		}
		if ((flags & HAS_VALUE) != 0) {
			b.value(readString(in));
		}
		if ((flags & HAS_CONTAINER) != 0) {
			b.container(readString(in), readString(in));
		}
		if ((flags & HAS_INDEX) != 0) {
			long index = readVarLong(in);
			if (index > Integer.MAX_VALUE) {
				throw new IOException("Malformed operation: index out of range");
			}
			b.index((int) index);
		}
		if ((flags & HAS_BASIS) != 0) {
			b.basis(in.readLong());
		}
		if ((flags & HAS_POSITION) != 0) {
			b.position(in.readLong());
		}
		try {
			return b.build();
		} catch (IllegalArgumentException e) {
			throw new IOException("Malformed operation: " + e.getMessage(), e);
		}
	}

	public static void writeString(DataOutput out, String s) throws IOException {
		byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
		writeVarLong(out, utf8.length);
		out.write(utf8);
	}

	public static String readString(DataInput in) throws IOException {
		long length = readVarLong(in);
		if (length > MAX_STRING_BYTES) {
			throw new IOException("Malformed operation: string of " + length + " bytes is too long");
		}
		byte[] utf8 = new byte[(int) length];
		in.readFully(utf8);
		return new String(utf8, StandardCharsets.UTF_8);
	}

	public static void writeVarLong(DataOutput out, long value) throws IOException {
		if (value < 0) {
			throw new IllegalArgumentException("negative varint");
		}
		while ((value & ~0x7FL) != 0) {
			out.writeByte((int) (value & 0x7F) | 0x80);
			value >>>= 7;
		}
		out.writeByte((int) value);
	}

	public static long readVarLong(DataInput in) throws IOException {
		long value = 0;
		for (int shift = 0; shift < 63; shift += 7) {
			int b = in.readUnsignedByte();
			value |= (long) (b & 0x7F) << shift;
			if ((b & 0x80) == 0) {
				return value;
			}
		}
		throw new IOException("Malformed operation: varint too long");
	}
}
