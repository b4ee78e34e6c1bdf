package org.counterpart.store.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.counterpart.store.journal.HybridLogicalClock;
import org.counterpart.store.journal.Operation;
import org.counterpart.store.journal.Operation.Kind;
import org.counterpart.store.journal.OperationCodec;
import org.junit.jupiter.api.Test;

class OperationCodecTest {

	static List<Operation> samples() {
		long t = HybridLogicalClock.pack(1_700_000_000_000L, 3);
		return List.of(
				Operation.builder(Kind.CREATE, "o1").eClass("http://x#Item").container("p", "items").index(4).timestamp(t).deviceId("dev").sequence(1).build(),
				Operation.builder(Kind.CREATE, "r").eClass("http://x#Root").timestamp(t + 1).deviceId("dev").sequence(2).build(),
				Operation.builder(Kind.SET, "o1").feature("name").value("Grüße – ≠ \u0000 \uD83D\uDE00").timestamp(t + 2).deviceId("dev").sequence(3).build(),
				Operation.builder(Kind.SET, "o1").feature("name").value(null).timestamp(t + 3).deviceId("dev").sequence(300).build(),
				Operation.builder(Kind.UNSET, "o1").feature("note").timestamp(t + 4).deviceId("dev").sequence(Long.MAX_VALUE).build(),
				Operation.builder(Kind.ADD, "o1").feature("tags").value("").index(0).timestamp(t).deviceId("d2").sequence(5).build(),
				Operation.builder(Kind.REMOVE, "o1").feature("refs").value("o2").index(Integer.MAX_VALUE).timestamp(t).deviceId("d2").sequence(6).build(),
				Operation.builder(Kind.MOVE, "o1").container("p2", "children").index(0).timestamp(t).deviceId("d2").sequence(7).build(),
				Operation.builder(Kind.MOVE, "o1").feature("refs").value("o3").index(2).timestamp(t).deviceId("d2").sequence(8).build(),
				Operation.builder(Kind.DELETE, "o1").timestamp(-1).deviceId("d2").sequence(9).build(),
				Operation.builder(Kind.DELETE, "o9").build(),
				Operation.builder(Kind.DELETE, "o8").value("o81 o82").basis(t - 9).timestamp(t).deviceId("d3").sequence(1).build(),
				Operation.builder(Kind.MOVE, "o1").container("p3", "children").basis(t - 1).position(-(1L << 40)).timestamp(t)
						.deviceId("d3").sequence(2).build(),
				Operation.builder(Kind.CREATE, "o7").eClass("http://x#Item").container("p", "items").position(Long.MAX_VALUE)
						.timestamp(t).deviceId("d3").sequence(3).build(),
				Operation.builder(Kind.RESOLVE, "o1").feature("name").value("VALUE/o1/name/d3#4/dev#3").timestamp(t)
						.deviceId("d3").sequence(4).build());
	}

	@Test
	void roundTripsEveryKind() throws IOException {
		for (Operation op : samples()) {
			byte[] bytes = OperationCodec.encode(op);
			assertEquals(op, OperationCodec.decode(bytes), op.toString());
			assertArrayEquals(bytes, OperationCodec.encode(OperationCodec.decode(bytes)));
		}
	}

	@Test
	void streamsSeveralOperations() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		DataOutputStream out = new DataOutputStream(bytes);
		for (Operation op : samples()) {
			OperationCodec.write(out, op);
		}
		DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));
		for (Operation op : samples()) {
			assertEquals(op, OperationCodec.read(in));
		}
		assertThrows(EOFException.class, () -> OperationCodec.read(in));
	}

	@Test
	void isCompact() {
		Operation op = samples().get(0);
		assertTrue(OperationCodec.encode(op).length < 60, "bytes: " + OperationCodec.encode(op).length);
	}

	@Test
	void refusesTruncatedInput() {
		for (Operation op : samples()) {
			byte[] bytes = OperationCodec.encode(op);
			for (int n = 0; n < bytes.length; n++) {
				byte[] cut = Arrays.copyOf(bytes, n);
				assertThrows(EOFException.class, () -> OperationCodec.decode(cut));
			}
		}
	}

	@Test
	void refusesNewerFormatWithClearMessage() {
		byte[] bytes = OperationCodec.encode(samples().get(0));
		bytes[0] = OperationCodec.FORMAT_VERSION + 1;
		IOException e = assertThrows(IOException.class, () -> OperationCodec.decode(bytes));
		assertTrue(e.getMessage().contains("newer"), e.getMessage());
	}

	@Test
	void readsFormatVersionOneWithoutBasisOrPosition() throws IOException {
		Operation op = samples().get(2);
		byte[] bytes = OperationCodec.encode(op);
		bytes[0] = 1;
		assertEquals(op, OperationCodec.decode(bytes));
		byte[] withBasis = OperationCodec.encode(op.toBuilder().basis(5).build());
		withBasis[0] = 1;
		assertThrows(IOException.class, () -> OperationCodec.decode(withBasis), "version 1 had no basis");
	}

	@Test
	void refusesMalformedInput() {
		byte[] good = OperationCodec.encode(samples().get(2));
		byte[] badKind = good.clone();
		badKind[1] = 99;
		assertThrows(IOException.class, () -> OperationCodec.decode(badKind));
		byte[] badFlags = good.clone();
		badFlags[2] = (byte) 0x80;
		assertThrows(IOException.class, () -> OperationCodec.decode(badFlags));
		byte[] trailing = Arrays.copyOf(good, good.length + 1);
		assertThrows(IOException.class, () -> OperationCodec.decode(trailing));
		byte[] noFeature = good.clone();
		noFeature[2] = 4; // a SET without its feature
		assertThrows(IOException.class, () -> OperationCodec.decode(noFeature));
		byte[] huge = { 1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x0F };
		IOException e = assertThrows(IOException.class, () -> OperationCodec.decode(huge));
		assertTrue(e.getMessage().contains("too long"), e.getMessage());
	}

	@Test
	void operationsCheckTheirFields() {
		assertThrows(IllegalArgumentException.class, () -> Operation.builder(Kind.SET, "o").build());
		assertThrows(IllegalArgumentException.class, () -> Operation.builder(Kind.CREATE, "o").build());
		assertThrows(IllegalArgumentException.class, () -> Operation.builder(Kind.CREATE, "o").eClass("u#C").container("p", null).build());
		assertThrows(IllegalArgumentException.class, () -> Operation.builder(Kind.DELETE, "").build());
		assertThrows(IllegalArgumentException.class, () -> Operation.builder(Kind.ADD, "o").feature("f").index(-2).build());
	}

	@Test
	void toStringShowsNoValues() {
		Operation op = Operation.builder(Kind.SET, "o1").feature("name").value("secret-value").build();
		assertTrue(!op.toString().contains("secret-value"));
	}
}
