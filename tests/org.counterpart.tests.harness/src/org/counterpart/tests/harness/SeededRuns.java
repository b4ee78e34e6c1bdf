package org.counterpart.tests.harness;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.opentest4j.AssertionFailedError;

/**
 * Property tests on seeded random inputs, with plain JUnit Jupiter: a property is a trial that draws
 * everything it does from the {@link Random} it is given, so one seed reproduces one run.
 * <p>
 * Each check first runs the committed regression seeds of the property, then {@code fresh} further seeds.
 * In the test command those are the same in every build, drawn from a source seeded by the property's
 * name, so a build's result does not depend on luck; {@code -Dcounterpart.test.explore=true} draws them
 * from a new source every run instead, to search for new failures. A failure names its seed in the
 * assertion message. {@code -Dcounterpart.test.seed=N} runs seed N alone, for every property that runs
 * (pick the test with {@code -Dtest=Class#method}); {@code -Dcounterpart.test.runs=N} runs N further
 * seeds instead of each property's own number. Regression seeds live in a resource {@code Class.seeds}
 * next to the test class: one {@code property seed} pair per line, {@code #} starts a comment.
 * </p>
 */
public final class SeededRuns {

	/** The system property that replays one seed. */
	public static final String SEED_PROPERTY = "counterpart.test.seed"; //$NON-NLS-1$
	/** The system property that sets how many fresh seeds every property runs, for longer runs by hand. */
	public static final String RUNS_PROPERTY = "counterpart.test.runs"; //$NON-NLS-1$
	/** The system property that draws new seeds every run instead of the same ones in every build. */
	public static final String EXPLORE_PROPERTY = "counterpart.test.explore"; //$NON-NLS-1$

	/** One run of a property, on inputs drawn from {@code random} only. */
	@FunctionalInterface
	public interface Trial {
		void run(Random random) throws Exception;
	}

	/** Where a seed came from, for the failure message. */
	public enum Origin {
		REPLAYED, REGRESSION, FIXED, FRESH
	}

	/** A seed to run and where it came from. */
	public record Seed(long value, Origin origin) {
	}

	private SeededRuns() {
	}

	/**
	 * Runs {@code trial} on the seeds of {@code property} (see the class comment) and fails with the
	 * seed in the message at the first seed whose run fails.
	 */
	public static void check(Class<?> owner, String property, int fresh, Trial trial) {
		String runs = System.getProperty(RUNS_PROPERTY);
		int count = unset(runs) ? fresh : Integer.parseInt(runs.trim());
		boolean explore = Boolean.parseBoolean(System.getProperty(EXPLORE_PROPERTY));
		Random source = explore ? new Random() : fixedSource(owner, property);
		List<Seed> seeds = seeds(owner, property, count, System.getProperty(SEED_PROPERTY), source,
				explore ? Origin.FRESH : Origin.FIXED);
		long start = System.nanoTime();
		for (Seed seed : seeds) {
			try {
				trial.run(new Random(seed.value()));
			} catch (Exception | AssertionError e) {
				throw new AssertionFailedError(failureMessage(owner, property, seed, e), e);
			}
		}
		System.out.printf("%s.%s: %d seeds passed in %.1f s%n", owner.getSimpleName(), property, seeds.size(), //$NON-NLS-1$
				(System.nanoTime() - start) / 1e9);
	}

	/** The source of a property's further seeds in the test command: the same in every build. */
	public static Random fixedSource(Class<?> owner, String property) {
		return new Random((owner.getName() + '#' + property).hashCode());
	}

	/**
	 * The seeds a check runs: the replayed one if {@code replay} names one, else the regression seeds of
	 * {@code property} and then {@code fresh} seeds drawn from {@code source}, of origin {@code origin}.
	 */
	public static List<Seed> seeds(Class<?> owner, String property, int fresh, String replay, Random source,
			Origin origin) {
		Long replayed = parseReplay(replay);
		List<Seed> seeds = new ArrayList<>();
		if (replayed != null) {
			seeds.add(new Seed(replayed, Origin.REPLAYED));
			return seeds;
		}
		for (long value : regressionSeeds(owner, property)) {
			seeds.add(new Seed(value, Origin.REGRESSION));
		}
		for (int i = 0; i < fresh; i++) {
			seeds.add(new Seed(source.nextLong(), origin));
		}
		return seeds;
	}

	/** The seed {@code value} names, or null if it names none (see {@link #unset}). */
	public static Long parseReplay(String value) {
		if (unset(value)) {
			return null;
		}
		try {
			return Long.parseLong(value.trim());
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException(SEED_PROPERTY + " must be a whole number (a seed printed by a failed run), not '" //$NON-NLS-1$
					+ value + "'", e); //$NON-NLS-1$
		}
	}

	/** Whether a property passed on by the build names nothing: unset, blank, unfilled or Tycho's "null". */
	private static boolean unset(String value) {
		return value == null || value.isBlank() || value.startsWith("${") || value.equals("null"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The committed regression seeds of {@code property}, from {@code Owner.seeds} next to {@code owner}. */
	public static List<Long> regressionSeeds(Class<?> owner, String property) {
		String resource = seedFile(owner);
		List<Long> seeds = new ArrayList<>();
		try (InputStream in = owner.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("missing regression seed file " + resource + " next to " + owner.getName()); //$NON-NLS-1$ //$NON-NLS-2$
			}
			BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			int number = 0;
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				number++;
				int comment = line.indexOf('#');
				String content = (comment >= 0 ? line.substring(0, comment) : line).trim();
				if (content.isEmpty()) {
					continue;
				}
				String[] fields = content.split("\\s+"); //$NON-NLS-1$
				if (fields.length != 2) {
					throw new IllegalStateException(resource + " line " + number + ": expected 'property seed', found '" + content + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				}
				if (fields[0].equals(property)) {
					try {
						seeds.add(Long.parseLong(fields[1]));
					} catch (NumberFormatException e) {
						throw new IllegalStateException(resource + " line " + number + ": '" + fields[1] + "' is not a seed", e); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					}
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return seeds;
	}

	/** The message of a failed run: the seed, how to replay it and how to keep it. */
	public static String failureMessage(Class<?> owner, String property, Seed seed, Throwable failure) {
		return String.format("%s.%s failed for seed %d (%s seed). Replay it with -D%s=%d%s: %s", //$NON-NLS-1$
				owner.getSimpleName(), property, seed.value(), seed.origin().name().toLowerCase(), SEED_PROPERTY,
				seed.value(), seed.origin() != Origin.REGRESSION && seed.origin() != Origin.REPLAYED
						? "; keep it as a regression seed with a line '" + property + " " + seed.value() + "' in " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
								+ seedFile(owner)
						: "", //$NON-NLS-1$
				failure);
	}

	private static String seedFile(Class<?> owner) {
		return owner.getSimpleName() + ".seeds"; //$NON-NLS-1$
	}
}
