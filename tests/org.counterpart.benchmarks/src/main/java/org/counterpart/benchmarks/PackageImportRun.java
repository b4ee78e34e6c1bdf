package org.counterpart.benchmarks;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.counterpart.security.DeviceIdentity;
import org.counterpart.security.TrustVerifier;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.store.journal.Operation;
import org.counterpart.sync.ConvergentMerge;
import org.counterpart.sync.PackageReader;

/**
 * One import of the package import benchmark, run in a child JVM by {@link ImportBenchmarkReport}: opens and loads a
 * copy of HQ's store, imports one package file, and prints what it measured, a line each: {@code seconds} (the
 * import), and with {@code sample} the live heap (in use after a full collection) {@code live-before} the import,
 * at its peak ({@code live-peak}: the most of the samples a thread takes every {@value #SAMPLE_MILLIS} ms during the
 * import) and {@code live-after} it (0 without {@code sample}), {@code applied} and {@code state} (the canonical state
 * hash, to compare the two ways).
 * <p>
 * {@code staged}: {@link PackageReader#importPackage}, as the product imports (operations staged in the store and
 * merged a batch at a time). {@code in-memory}: the same package read and verified into a list, then handed to
 * {@link WorkspaceStore#importOperations} in one piece, the way imports worked before staging, as the baseline.
 * The forced collections slow the import down, so runs that sample memory are not the runs that are timed.
 * </p>
 * <pre>
 * staged|in-memory time|sample &lt;store dir&gt; &lt;package&gt; &lt;fixture dir (HQ's identity and authority)&gt;
 * </pre>
 */
public final class PackageImportRun {

	private PackageImportRun() {
	}

	/** How often the sampling thread forces a full collection and reads the heap in use. */
	static final long SAMPLE_MILLIS = 500;

	public static void main(String[] args) throws Exception {
		String mode = args[0];
		boolean sample = "sample".equals(args[1]);
		Path storeDir = Path.of(args[2]);
		Path sealed = Path.of(args[3]);
		DeviceIdentity hq = MergeFixture.hqIdentity(Path.of(args[4]));
		TrustVerifier trust = MergeFixture.trust(Path.of(args[4]));
		DemoWorkspaceFiles.registerModel();
		try (WorkspaceStore store = WorkspaceStore.open(storeDir, MergeFixture.passphrase())) {
			store.load();
			long before = sample ? liveHeap() : 0;
			AtomicLong peak = new AtomicLong();
			Thread sampler = new Thread(() -> {
				try {
					while (true) {
						Thread.sleep(SAMPLE_MILLIS);
						peak.accumulateAndGet(liveHeap(), Math::max);
					}
				} catch (InterruptedException e) {
					// the import is over
				}
			}, "live heap sampler");
			sampler.setDaemon(true);
			if (sample) {
				sampler.start();
			}
			long start = System.nanoTime();
			long applied;
			PackageReader reader = new PackageReader(hq, trust);
			try (InputStream in = new BufferedInputStream(Files.newInputStream(sealed), 1 << 16)) {
				applied = switch (mode) {
				case "staged" -> reader.importPackage(in, store).appliedOperations();
				case "in-memory" -> {
					List<Operation> operations = new ArrayList<>();
					reader.read(in, operations::add);
					yield store.importOperations(operations, Map.of(), new ConvergentMerge());
				}
				default -> throw new IllegalArgumentException("staged or in-memory, not " + mode);
				};
			}
			double seconds = (System.nanoTime() - start) / 1e9;
			long after = 0;
			if (sample) {
				sampler.interrupt();
				sampler.join();
				after = liveHeap();
				peak.accumulateAndGet(after, Math::max);
			}
			System.out.println("seconds " + seconds);
			System.out.println("live-before " + before);
			System.out.println("live-peak " + peak.get());
			System.out.println("live-after " + after);
			System.out.println("applied " + applied);
			System.out.println("state " + store.stateHash());
		}
	}

	/** The heap in use after a full collection. */
	private static long liveHeap() {
		System.gc();
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}
}
