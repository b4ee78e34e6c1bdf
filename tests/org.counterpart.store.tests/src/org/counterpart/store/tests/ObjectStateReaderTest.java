package org.counterpart.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.counterpart.store.internal.ObjectState;
import org.junit.jupiter.api.Test;

/** The state column read feature by feature, with each distinct feature name looked up once. */
class ObjectStateReaderTest {

	/** 200 features: more names than the reader's first table holds, so it grows. */
	private static Map<String, List<String>> manyFeatures() {
		Map<String, List<String>> features = new TreeMap<>();
		for (int i = 0; i < 200; i++) {
			features.put("feature" + i, i % 3 == 0 ? Arrays.asList("v" + i, null, "ä€" + i) : List.of("v" + i));
		}
		return features;
	}

	@Test
	void readsWhatWasEncodedAndLooksUpEachNameOnce() throws IOException {
		Map<String, List<String>> features = manyFeatures();
		byte[] state = ObjectState.encodeFeatures(features);
		List<String> lookups = new ArrayList<>();
		ObjectState.Reader<String> reader = new ObjectState.Reader<>(name -> {
			lookups.add(name);
			return "key:" + name;
		});
		for (int round = 0; round < 3; round++) {
			Map<String, List<String>> read = new LinkedHashMap<>();
			reader.read(state, state.length, (key, values) -> read.put(key, new ArrayList<>(values)));
			Map<String, List<String>> expected = new LinkedHashMap<>();
			features.forEach((name, values) -> expected.put("key:" + name, values));
			assertEquals(expected, read);
		}
		assertEquals(List.copyOf(features.keySet()), lookups);
	}

	@Test
	void readsOnlyTheGivenLengthOfABuffer() throws IOException {
		byte[] state = ObjectState.encodeFeatures(Map.of("name", List.of("Alpha")));
		byte[] buffer = Arrays.copyOf(state, state.length + 100);
		Arrays.fill(buffer, state.length, buffer.length, (byte) 0x7F);
		List<String> read = new ArrayList<>();
		new ObjectState.Reader<>(name -> name).read(buffer, state.length, (key, values) -> read.add(key + "=" + values));
		assertEquals(List.of("name=[Alpha]"), read);
	}

	@Test
	void truncatedOrTrailingBytesAreErrors() {
		byte[] state = ObjectState.encodeFeatures(manyFeatures());
		ObjectState.Reader<String> reader = new ObjectState.Reader<>(name -> name);
		for (int length : new int[] { 0, 1, 2, state.length / 2, state.length - 1 }) {
			IOException e = assertThrows(IOException.class, () -> reader.read(state, length, (key, values) -> {
			}));
			assertTrue(e.getMessage().contains("ends early"), length + ": " + e.getMessage());
		}
		byte[] longer = Arrays.copyOf(state, state.length + 1);
		assertThrows(IOException.class, () -> reader.read(longer, longer.length, (key, values) -> {
		}));
		byte[] otherVersion = state.clone();
		otherVersion[0] = 9;
		assertThrows(IOException.class, () -> reader.read(otherVersion, otherVersion.length, (key, values) -> {
		}));
	}
}
