package org.counterpart.store.journal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.counterpart.store.journal.Operation.Kind;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * The binary encoding of operations, checked on generated operations of every kind rather than on a
 * handful of samples: whatever a device journals must come back unchanged on every other device, and a
 * cut-off package must be refused rather than read as a shorter operation.
 */
class OperationCodecPropertyTest {

	@Property(tries = 300)
	void decodingTheEncodingGivesTheSameOperation(@ForAll("operations") Operation op) throws IOException {
		byte[] bytes = OperationCodec.encode(op);

		Operation decoded = OperationCodec.decode(bytes);

		assertEquals(op, decoded, op.toString());
		assertArrayEquals(bytes, OperationCodec.encode(decoded), "encoding is canonical: " + op);
		Statistics.label("kind").collect(op.kind()).coverage(coverage -> {
			for (Kind kind : Kind.values()) {
				coverage.check(kind).count(n -> n > 0);
			}
		});
	}

	@Property(tries = 300)
	void everyTruncatedEncodingIsRefused(@ForAll("operations") Operation op) {
		byte[] bytes = OperationCodec.encode(op);

		for (int length = 0; length < bytes.length; length++) {
			byte[] cut = Arrays.copyOf(bytes, length);
			assertThrows(IOException.class, () -> OperationCodec.decode(cut),
					"cut at " + length + " of " + bytes.length + ": " + op);
		}
	}

	/** Valid operations of every kind, each with the fields its kind uses (see {@link Operation}), stamped. */
	@Provide
	Arbitrary<Operation> operations() {
		// One alternative per kind, each picked equally often; the coverage check above sees that none is missed.
		Arbitrary<Operation> unstamped = Arbitraries
				.oneOf(Arrays.stream(Kind.values()).map(OperationCodecPropertyTest::unstamped).toList());
		return Combinators
				.combine(unstamped, Arbitraries.longs(), deviceIds(), Arbitraries.longs().between(1, Long.MAX_VALUE))
				.as(Operation::stamped);
	}

	private static Arbitrary<Operation> unstamped(Kind kind) {
		Arbitrary<String> id = text(1, 12);
		Arbitrary<String> feature = text(1, 12);
		Arbitrary<String> value = text(0, 24).injectNull(0.1);
		Arbitrary<Integer> index = Arbitraries.integers().between(Operation.NO_INDEX, Integer.MAX_VALUE);
		Arbitrary<List<String>> place = Combinators.combine(id, feature).as(List::of).injectNull(0.3);
		return switch (kind) {
		case CREATE -> Combinators.combine(id, text(1, 24), place, index).as((objectId, eClass, where,
				position) -> placed(Operation.builder(kind, objectId).eClass(eClass), where).index(position).build());
		case SET -> Combinators.combine(id, feature, value)
				.as((objectId, name, v) -> Operation.builder(kind, objectId).feature(name).value(v).build());
		case UNSET -> Combinators.combine(id, feature)
				.as((objectId, name) -> Operation.builder(kind, objectId).feature(name).build());
		case ADD, REMOVE -> listChange(kind, id, feature, value, index);
		case MOVE -> Arbitraries.oneOf(
				Combinators.combine(id, place, index).as((objectId, where,
						position) -> placed(Operation.builder(kind, objectId), where).index(position).build()),
				listChange(kind, id, feature, value, index));
		case DELETE -> id.map(objectId -> Operation.builder(kind, objectId).build());
		// A kind added later: an object, an optional feature and a value. Should its constructor check want
		// more, every try fails with that check's IllegalArgumentException until the kind is added here.
		default -> Combinators.combine(id, feature.injectNull(0.5), text(1, 24))
				.as((objectId, name, v) -> Operation.builder(kind, objectId).feature(name).value(v).build());
		};
	}

	private static Arbitrary<Operation> listChange(Kind kind, Arbitrary<String> id, Arbitrary<String> feature,
			Arbitrary<String> value, Arbitrary<Integer> index) {
		return Combinators.combine(id, feature, value, index).as((objectId, name, v,
				position) -> Operation.builder(kind, objectId).feature(name).value(v).index(position).build());
	}

	private static Operation.Builder placed(Operation.Builder builder, List<String> where) {
		return where == null ? builder : builder.container(where.get(0), where.get(1));
	}

	/*
	 * The codec writes "no device" as an empty id, so an empty device id is not a valid one; none at all (an
	 * operation not stamped by a device) is.
	 */
	private static Arbitrary<String> deviceIds() {
		return text(1, 40).injectNull(0.05);
	}

	/**
	 * Well-formed Unicode text of min to max code points: mostly printable ASCII, also control characters,
	 * the rest of the Basic Multilingual Plane and supplementary characters (surrogate pairs in Java), but
	 * no lone surrogate, which UTF-8 cannot carry.
	 */
	private static Arbitrary<String> text(int min, int max) {
		Arbitrary<Integer> codePoint = Arbitraries.frequencyOf(
				Tuple.of(4, Arbitraries.integers().between(0x20, 0x7E)),
				Tuple.of(1, Arbitraries.integers().between(0, 0x1F)),
				Tuple.of(2, Arbitraries.integers().between(0x80, Character.MIN_SURROGATE - 1)),
				Tuple.of(1, Arbitraries.integers().between(Character.MAX_SURROGATE + 1, 0xFFFF)),
				Tuple.of(2, Arbitraries.integers().between(Character.MIN_SUPPLEMENTARY_CODE_POINT,
						Character.MAX_CODE_POINT)));
		return codePoint.list().ofMinSize(min).ofMaxSize(max)
				.map(points -> new String(points.stream().mapToInt(Integer::intValue).toArray(), 0, points.size()));
	}
}
