package org.counterpart.store.tests;

import static org.counterpart.store.journal.HybridLogicalClock.logical;
import static org.counterpart.store.journal.HybridLogicalClock.pack;
import static org.counterpart.store.journal.HybridLogicalClock.physical;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;

import org.counterpart.store.journal.HybridLogicalClock;
import org.junit.jupiter.api.Test;

class HybridLogicalClockTest {

	private final AtomicLong time = new AtomicLong(1_000_000);
	private final HybridLogicalClock clock = new HybridLogicalClock(time::get, 0);

	@Test
	void packsPhysicalAndLogical() {
		long ts = pack(1_700_000_000_123L, 42);
		assertEquals(1_700_000_000_123L, physical(ts));
		assertEquals(42, logical(ts));
		assertEquals(1_700_000_000_123L << 16 | 42, ts);
		assertThrows(IllegalArgumentException.class, () -> pack(1, 1 << 16));
		assertThrows(IllegalArgumentException.class, () -> pack(-1, 0));
	}

	@Test
	void followsPhysicalTimeWhenItAdvances() {
		assertEquals(pack(1_000_000, 0), clock.now());
		time.set(1_000_005);
		assertEquals(pack(1_000_005, 0), clock.now());
	}

	@Test
	void countsWithinOneMillisecond() {
		assertEquals(pack(1_000_000, 0), clock.now());
		assertEquals(pack(1_000_000, 1), clock.now());
		assertEquals(pack(1_000_000, 2), clock.now());
	}

	@Test
	void staysMonotonicWhenTheWallClockGoesBack() {
		long before = clock.now();
		time.set(500_000); // clock reset by a day
		long a = clock.now();
		long b = clock.now();
		assertTrue(a > before && b > a);
		assertEquals(1_000_000, physical(b));
		assertEquals(2, logical(b));
	}

	@Test
	void receiveFromTheFutureTakesTheRemotePhysicalTime() {
		long remote = pack(2_000_000, 7);
		assertEquals(pack(2_000_000, 8), clock.receive(remote));
		assertEquals(pack(2_000_000, 9), clock.now());
	}

	@Test
	void receiveFromThePastKeepsLocalTime() {
		clock.now();
		long r = clock.receive(pack(10, 500));
		assertEquals(pack(1_000_000, 1), r);
	}

	@Test
	void receiveWithEqualPhysicalTimeTakesTheHigherCounter() {
		clock.now(); // 1_000_000.0
		assertEquals(pack(1_000_000, 6), clock.receive(pack(1_000_000, 5)));
		assertEquals(pack(1_000_000, 7), clock.receive(pack(1_000_000, 2)));
	}

	@Test
	void receiveWhenPhysicalTimeIsAheadOfBoth() {
		clock.receive(pack(999_000, 3));
		time.set(1_000_100);
		assertEquals(pack(1_000_100, 0), clock.receive(pack(1_000_050, 9)));
	}

	@Test
	void counterOverflowBorrowsTheNextMillisecond() {
		assertEquals(pack(1_000_001, 0), clock.receive(pack(1_000_000, 0xFFFF)));
		assertEquals(pack(1_000_001, 1), clock.now());
	}

	@Test
	void refusesRemoteClocksTooFarAhead() {
		HybridLogicalClock bounded = new HybridLogicalClock(time::get, 60_000);
		long before = bounded.now();
		assertThrows(IllegalArgumentException.class, () -> bounded.receive(pack(1_000_000 + 3_600_000, 0)));
		assertEquals(before, bounded.current()); // refused input changes nothing
		bounded.receive(pack(1_000_000 + 30_000, 0));
	}

	/**
	 * A value at or near the encoding's limits would leave the clock issuing timestamps there (or failing once
	 * its counter ran out): it is refused, even by a clock without a drift bound, and changes nothing.
	 */
	@Test
	void refusesTimestampsAtTheEncodingsLimits() {
		long before = clock.now();
		long maxPhysical = (1L << 47) - 1;
		long century = HybridLogicalClock.MAX_DRIFT_MILLIS;
		for (long absurd : new long[] { Long.MAX_VALUE, pack(maxPhysical, 0), pack(maxPhysical - 1, 0xFFFF),
				pack(maxPhysical - 5, 3), pack(maxPhysical - century + 1, 0), -1, Long.MIN_VALUE }) {
			assertTrue(!clock.accepts(absurd), Long.toString(absurd));
			assertThrows(IllegalArgumentException.class, () -> clock.receive(absurd), Long.toString(absurd));
			assertThrows(IllegalArgumentException.class, () -> clock.advanceTo(absurd), Long.toString(absurd));
			assertEquals(before, clock.current(), "a refused value changes nothing: " + absurd);
		}
		assertThrows(IllegalArgumentException.class, () -> clock.receive(pack(1_000_000 + century + 1, 0)));
		assertEquals(before, clock.current());
		assertEquals(pack(1_000_000, 1), clock.now());
		// within the hard bound, and without a tighter one, a remote clock still leads
		assertTrue(clock.accepts(pack(1_000_000 + century, 0)));
		assertEquals(pack(1_000_000 + century, 1), clock.receive(pack(1_000_000 + century, 0)));
	}

	@Test
	void aDriftBeyondTheHardBoundMeansTheHardBound() {
		HybridLogicalClock loose = new HybridLogicalClock(time::get, Long.MAX_VALUE);
		assertThrows(IllegalArgumentException.class,
				() -> loose.receive(pack(1_000_000 + HybridLogicalClock.MAX_DRIFT_MILLIS + 1, 0)));
		assertEquals(0, loose.current());
	}

	@Test
	void advanceToNeverLowersTheClock() {
		clock.advanceTo(pack(5_000_000, 1));
		clock.advanceTo(pack(10, 0));
		assertEquals(pack(5_000_000, 2), clock.now());
	}

	@Test
	void isDeterministicForTheSameTimeSource() {
		AtomicLong t2 = new AtomicLong(1_000_000);
		HybridLogicalClock other = new HybridLogicalClock(t2::get, 0);
		for (int i = 0; i < 100; i++) {
			if (i % 7 == 0) {
				time.addAndGet(i % 2 == 0 ? 3 : -20);
				t2.set(time.get());
			}
			assertEquals(clock.now(), other.now());
		}
	}
}
