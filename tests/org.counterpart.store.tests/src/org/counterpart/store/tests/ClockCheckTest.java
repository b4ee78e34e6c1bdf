package org.counterpart.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.counterpart.store.ClockCheck;
import org.counterpart.store.StoreException;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.store.journal.HybridLogicalClock;
import org.counterpart.store.journal.Operation;
import org.counterpart.store.journal.Operation.Kind;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check of this computer's clock against the newest clock a store has received from other devices. */
class ClockCheckTest {

	private static final long DAY = Duration.ofDays(1).toMillis();

	@TempDir
	Path temp;

	@Test
	void warnsWhenThisClockIsFarFromTheNewestReceivedOne() throws Exception {
		try (WorkspaceStore store = new StoreFixture.H2(temp.resolve("store")).create()) {
			Resource r = store.load();
			r.getContents().add(TestModel.sample("w"));
			store.save();
			long now = System.currentTimeMillis();
			assertTrue(ClockCheck.check(store, now + 5 * 365 * DAY).isEmpty(), "only this device's own clocks: no warning");

			long received = now - DAY;
			store.importOperations(List.of(
					Operation.builder(Kind.SET, "w-a").feature("name").value("older").deviceId("hq").sequence(1)
							.timestamp(HybridLogicalClock.pack(received - 60_000, 0)).build(),
					Operation.builder(Kind.SET, "w-a").feature("name").value("newest").deviceId("hq").sequence(2)
							.timestamp(HybridLogicalClock.pack(received, 0)).build(),
					Operation.builder(Kind.SET, "w-b").feature("name").value("other").deviceId("laptop").sequence(1)
							.timestamp(HybridLogicalClock.pack(received - DAY, 3)).build()));

			assertTrue(ClockCheck.check(store, now).isEmpty());
			assertTrue(ClockCheck.check(store, received - DAY / 2).isEmpty(), "within a day behind");
			assertTrue(ClockCheck.check(store, received + 29 * DAY).isEmpty(), "a month without packages is usual");

			ClockCheck ahead = ClockCheck.check(store, received + 3 * 365 * DAY + 2 * DAY).orElseThrow();
			assertTrue(ahead.ahead());
			assertEquals("hq", ahead.deviceId());
			assertEquals(received, ahead.newestReceived().toEpochMilli());
			assertTrue(ahead.message().contains("3 years 2 days ahead of the newest clock received"), ahead.message());

			ClockCheck behind = ClockCheck.check(store, received - 3 * DAY).orElseThrow();
			assertFalse(behind.ahead());
			assertTrue(behind.message().contains("3 days behind the clock of device hq"), behind.message());
		}
	}

	/**
	 * Operations that reach the store by another way than a package are checked too: a clock value at the
	 * encoding's limits is refused before anything is integrated, and the store and its clock stay as they were.
	 */
	@Test
	void theStoreRefusesClockValuesAtTheEncodingsLimits() throws Exception {
		try (WorkspaceStore store = new StoreFixture.H2(temp.resolve("limits")).create()) {
			Resource r = store.load();
			r.getContents().add(TestModel.sample("w"));
			store.save();
			String hash = store.stateHash();
			long journal = store.stats().journalSize();
			for (long absurd : new long[] { Long.MAX_VALUE, HybridLogicalClock.pack((1L << 47) - 1, 0xFFFF), -1 }) {
				StoreException e = assertThrows(StoreException.class, () -> store.importOperations(List.of(
						Operation.builder(Kind.SET, "w-a").feature("name").value("poison").deviceId("hq").sequence(1)
								.timestamp(absurd).build())));
				assertEquals(StoreException.Reason.INVALID_INPUT, e.reason(), e.getMessage());
				assertTrue(e.getMessage().contains("out of range"), e.getMessage());
			}
			assertEquals(hash, store.stateHash());
			assertEquals(journal, store.stats().journalSize());
			TestModel.set(r.getContents().get(0), "name", "after");
			store.save();
			long stamped = HybridLogicalClock.physical(store.stats().lastTimestamp());
			assertTrue(Math.abs(stamped - System.currentTimeMillis()) < DAY, "the clock was not pulled along");
		}
	}
}
