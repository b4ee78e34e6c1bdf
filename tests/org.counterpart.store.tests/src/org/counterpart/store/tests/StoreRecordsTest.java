package org.counterpart.store.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.counterpart.store.StoreException;
import org.counterpart.store.WorkspaceStore;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Records tools keep beside the workspace: kept across opening, replaced and removed by key, apart by kind. */
class StoreRecordsTest {

	@TempDir
	static Path tempDir;

	static List<StoreFixture> fixtures() {
		return StoreFixture.all(tempDir);
	}

	private static byte[] bytes(String s) {
		return s.getBytes(StandardCharsets.UTF_8);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("fixtures")
	void recordsAreKeptReplacedAndRemovedByKey(StoreFixture fixture) throws Exception {
		String hash;
		try (WorkspaceStore store = fixture.create()) {
			store.load();
			hash = store.stateHash();
			store.putRecords("inbox", Map.of("a.cpkg", bytes("new"), "b.cpkg", bytes("new")));
			store.putRecords("registry", Map.of("a.cpkg", bytes("other kind")));
			Map<String, byte[]> change = new HashMap<>();
			change.put("a.cpkg", bytes("imported"));
			change.put("b.cpkg", null);
			store.putRecords("inbox", change);
			assertEquals(hash, store.stateHash(), "records are not part of the workspace");
			assertEquals(0, store.stats().journalSize(), "nor journaled");
		}
		try (WorkspaceStore store = fixture.reopen()) {
			Map<String, byte[]> inbox = store.records("inbox");
			assertEquals(List.of("a.cpkg"), List.copyOf(inbox.keySet()));
			assertArrayEquals(bytes("imported"), inbox.get("a.cpkg"));
			assertArrayEquals(bytes("other kind"), store.records("registry").get("a.cpkg"));
			StoreException refused = assertThrows(StoreException.class,
					() -> store.putRecords("x".repeat(65), Map.of("k", bytes("v"))));
			assertEquals(StoreException.Reason.INVALID_INPUT, refused.reason());
			assertEquals(0, store.records("x".repeat(65)).size());
		}
	}
}
