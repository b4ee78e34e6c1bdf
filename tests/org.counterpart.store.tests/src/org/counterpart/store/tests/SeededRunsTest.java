package org.counterpart.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.counterpart.tests.harness.SeededRuns;
import org.counterpart.tests.harness.SeededRuns.Origin;
import org.counterpart.tests.harness.SeededRuns.Seed;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * The seeded property runner of the test harness: regression seeds from the committed file, fresh seeds,
 * replay of one seed, and a failure message that names the seed and how to replay it.
 */
class SeededRunsTest {

	@Test
	void regressionSeedsComeFirstThenFreshOnes() {
		List<Seed> seeds = SeededRuns.seeds(SeededRunsTest.class, "example", 3, null, new Random(5), Origin.FRESH);

		assertEquals(List.of(new Seed(42, Origin.REGRESSION), new Seed(-9000000000000000000L, Origin.REGRESSION)),
				seeds.subList(0, 2));
		assertEquals(5, seeds.size());
		Random expected = new Random(5);
		for (Seed fresh : seeds.subList(2, 5)) {
			assertEquals(new Seed(expected.nextLong(), Origin.FRESH), fresh);
		}
		assertEquals(List.of(7L), SeededRuns.regressionSeeds(SeededRunsTest.class, "other"), "only the property's own");
	}

	@Test
	void aReplayedSeedRunsAlone() {
		assertEquals(List.of(new Seed(-17, Origin.REPLAYED)),
				SeededRuns.seeds(SeededRunsTest.class, "example", 200, " -17 ", new Random(), Origin.FRESH));
		assertEquals(7, SeededRuns.seeds(SeededRunsTest.class, "example", 5, "${counterpart.test.seed}", new Random(), Origin.FRESH).size(),
				"a build property left unfilled replays nothing");
		assertEquals(7, SeededRuns.seeds(SeededRunsTest.class, "example", 5, "null", new Random(), Origin.FRESH).size(),
				"nor does an empty one, which Tycho passes on as null");
		IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
				() -> SeededRuns.seeds(SeededRunsTest.class, "example", 5, "twelve", new Random(), Origin.FRESH));
		assertTrue(bad.getMessage().contains("counterpart.test.seed must be a whole number"), bad.getMessage());
	}

	@Test
	void aFailureNamesItsSeedAndHowToReplayIt() {
		List<Long> firstDraws = new ArrayList<>();
		AssertionFailedError failure = assertThrows(AssertionFailedError.class,
				() -> SeededRuns.check(SeededRunsTest.class, "example", 3, random -> {
					long draw = random.nextLong();
					firstDraws.add(draw);
					if (firstDraws.size() == 2) {
						throw new AssertionError("the property does not hold");
					}
				}));

		assertEquals(new Random(-9000000000000000000L).nextLong(), firstDraws.get(1),
				"each run draws from its own seed");
		String message = failure.getMessage();
		assertTrue(message.contains("seed -9000000000000000000 (regression seed)"), message);
		assertTrue(message.contains("-Dcounterpart.test.seed=-9000000000000000000"), message);
		assertTrue(message.contains("the property does not hold"), message);
	}

	@Test
	void theTestCommandRunsTheSameSeedsInEveryBuild() {
		List<Long> first = new ArrayList<>();
		List<Long> second = new ArrayList<>();
		SeededRuns.check(SeededRunsTest.class, "other", 4, random -> first.add(random.nextLong()));
		SeededRuns.check(SeededRunsTest.class, "other", 4, random -> second.add(random.nextLong()));

		assertEquals(5, first.size(), "the regression seed, then four more");
		assertEquals(first, second, "a build's result does not depend on luck");
		List<Seed> seeds = SeededRuns.seeds(SeededRunsTest.class, "other", 4, null,
				SeededRuns.fixedSource(SeededRunsTest.class, "other"), Origin.FIXED);
		assertEquals(seeds, SeededRuns.seeds(SeededRunsTest.class, "other", 4, null,
				SeededRuns.fixedSource(SeededRunsTest.class, "other"), Origin.FIXED));
		assertTrue(!seeds.subList(1, 5).equals(SeededRuns.seeds(SeededRunsTest.class, "example", 4, null,
				SeededRuns.fixedSource(SeededRunsTest.class, "example"), Origin.FIXED).subList(2, 6)),
				"each property has seeds of its own");
	}

	@Test
	void aFreshFailureSaysWhereToKeepItsSeed() {
		String message = SeededRuns.failureMessage(SeededRunsTest.class, "example", new Seed(12, Origin.FRESH),
				new IllegalStateException("boom"));

		assertTrue(message.contains("Replay it with -Dcounterpart.test.seed=12"), message);
		assertTrue(message.contains("'example 12' in SeededRunsTest.seeds"), message);
		assertTrue(message.contains("boom"), message);
	}

	@Test
	void aPropertyWithoutItsSeedFileIsAnError() {
		IllegalStateException missing = assertThrows(IllegalStateException.class,
				() -> SeededRuns.regressionSeeds(String.class, "anything"));
		assertTrue(missing.getMessage().contains("String.seeds"), missing.getMessage());
	}
}
