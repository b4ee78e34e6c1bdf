package org.counterpart.benchmarks;

import static org.counterpart.benchmarks.ChildProcess.check;
import static org.counterpart.benchmarks.ChildProcess.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.counterpart.security.CertificateAuthority;
import org.counterpart.security.CertificatePem;
import org.counterpart.security.DeviceIdentity;
import org.counterpart.security.KeyAlgorithm;

/**
 * Sign+encrypt and decrypt+verify throughput of Counterpart's package envelope
 * ({@code SignedEnvelopeWriter} / {@code SignedEnvelopeReader}: CMS SignedData in AuthEnvelopedData,
 * AES-256-GCM, EC P-256 keys) against {@code openssl cms -sign | openssl cms -encrypt} and
 * {@code openssl cms -decrypt | openssl cms -verify} on the same random payloads in the same run, with the
 * peak resident memory of each side. The Java side runs in a child JVM ({@link EnvelopeOperation}) with a
 * small heap, so that finishing at all shows its memory does not grow with the package.
 * <p>
 * System properties: {@code counterpart.benchmarks.output} (directory, default {@code target}),
 * {@code counterpart.benchmarks.crypto.sizes} (payload sizes in MB of 10^6 bytes, default {@code 10,500}),
 * {@code counterpart.benchmarks.crypto.runs} (timed runs per operation and size, default 5),
 * {@code counterpart.benchmarks.crypto.heap} (heap option of the child JVM, default {@code -Xmx32m}).
 * The table goes to {@code crypto-benchmark-report.md} in the output directory; the payloads, packages and
 * test keys are deleted at the end.
 */
public final class CryptoBenchmarkReport {

	/** Goal: at least as fast as openssl cms (ratio Java throughput ÷ openssl throughput). */
	static final double SPEED_GOAL = 1;

	private static final String PASSPHRASE = "benchmark-test-passphrase";
	private static final long MB = 1_000_000;
	/** Payloads up to this many MB get {@link #WARMUPS} untimed warm-up runs on both sides. */
	private static final long WARMUP_LIMIT = 100;
	/** Enough runs for the JIT to have compiled the envelope's stream path before a 10 MB payload is timed. */
	private static final int WARMUPS = 5;

	private final Path directory;
	private final int runs;
	private final String heap;

	private CryptoBenchmarkReport(Path directory, int runs, String heap) {
		this.directory = directory;
		this.runs = runs;
		this.heap = heap;
	}

	public static void main(String[] args) throws Exception {
		Path output = Path.of(System.getProperty("counterpart.benchmarks.output", "target")).toAbsolutePath();
		int runs = Integer.getInteger("counterpart.benchmarks.crypto.runs", 5);
		String heap = System.getProperty("counterpart.benchmarks.crypto.heap", "-Xmx32m");
		long[] sizes = Arrays.stream(System.getProperty("counterpart.benchmarks.crypto.sizes", "10,500").split(","))
				.map(String::trim).mapToLong(Long::parseLong).toArray();
		String machine = BenchmarkReport.machine();
		String openssl = run(null, List.of("openssl", "version")).output().trim();
		System.out.println(machine);
		System.out.println(openssl);

		Path directory = output.resolve("crypto-benchmark");
		deleteTree(directory);
		Files.createDirectories(directory);
		StringBuilder report = new StringBuilder();
		try {
			CryptoBenchmarkReport benchmark = new CryptoBenchmarkReport(directory, runs, heap);
			benchmark.writeKeys();
			report.append(machine).append('\n')
					.append(String.format(Locale.ROOT, "%s; Java: child JVM %s, %d timed runs per operation in one JVM "
							+ "(keys loaded before); openssl: %d runs of the two-process pipeline (process start and key "
							+ "loading included); payloads up to %d MB after %d untimed warm-up runs on both sides. Medians; MB = 10^6 bytes. Peak RSS: /usr/bin/time, whole JVM / sum of "
							+ "both openssl processes, largest over the runs.%n%n", openssl, heap, runs, runs, WARMUP_LIMIT, WARMUPS))
					.append("| operation | payload | Counterpart median s | Counterpart MB/s | openssl median s | openssl MB/s "
							+ "| ratio (Counterpart ÷ openssl) | goal ≥ 1× met | Counterpart peak RSS MiB | openssl peak RSS MiB |\n")
					.append("|---|---:|---:|---:|---:|---:|---:|---|---:|---:|\n");
			for (long size : sizes) {
				for (Row row : benchmark.measure(size)) {
					report.append(row.line());
				}
			}
			report.append("\nThe bulk primitives in this JVM (in memory, 200 MB per pass, median of ").append(runs)
					.append(" passes):\n\n| primitive | provider | MB/s |\n|---|---|---:|\n");
			CipherThroughput.measure(200, runs).forEach(report::append);
		} finally {
			deleteTree(directory);
		}
		System.out.println();
		System.out.println(report);
		Files.writeString(output.resolve("crypto-benchmark-report.md"), report);
	}

	private record Row(String operation, long size, double javaSeconds, double opensslSeconds, long javaRss, long opensslRss) {

		String line() {
			double javaRate = size / javaSeconds / MB;
			double opensslRate = size / opensslSeconds / MB;
			double ratio = javaRate / opensslRate;
			return String.format(Locale.ROOT, "| %s | %,d MB | %.2f | %.0f | %.2f | %.0f | %.2f× | %s | %,d | %,d |%n", operation,
					size / MB, javaSeconds, javaRate, opensslSeconds, opensslRate, ratio, ratio >= SPEED_GOAL ? "yes" : "**no**",
					javaRss / 1024, opensslRss / 1024);
		}
	}

	/** A throw-away authority, a signing and a receiving device (EC P-256), as PKCS#12 for Java and PEM for openssl. */
	private void writeKeys() throws Exception {
		CertificateAuthority authority = CertificateAuthority.create(directory.resolve("ca"),
				"CN=Counterpart Benchmark CA,O=Counterpart", KeyAlgorithm.EC_P256, Duration.ofDays(30),
				PASSPHRASE.toCharArray());
		Files.writeString(directory.resolve("ca.pem"), CertificatePem.encode(List.of(authority.certificate())));
		Files.writeString(directory.resolve("crl.pem"), CertificatePem.encode(authority.issueRevocationList(Duration.ofDays(7))));
		for (String name : List.of("signer", "recipient")) {
			DeviceIdentity device = DeviceIdentity.generate(KeyAlgorithm.EC_P256);
			device.installCertificateChain(List.of(authority.issue(
					device.certificationRequestPem("CN=" + name + ",OU=Benchmark,O=Counterpart"),
					Instant.now().minus(Duration.ofMinutes(5)), Instant.now().plus(Duration.ofDays(30))),
					authority.certificate()));
			device.save(directory.resolve(name + ".p12"), PASSPHRASE.toCharArray());
			Files.writeString(directory.resolve(name + ".pem"), CertificatePem.encode(List.of(device.certificate().orElseThrow())));
			// openssl takes the test key as unencrypted PEM.
			check(run(null, List.of("openssl", "pkcs12", "-in", path(name + ".p12"), "-nocerts", "-nodes", "-passin",
					"pass:" + PASSPHRASE, "-out", path(name + ".key"))), "openssl pkcs12");
		}
	}

	private List<Row> measure(long megabytes) throws Exception {
		long size = megabytes * MB;
		Path payload = directory.resolve("payload.bin");
		String digest = writePayload(payload, size);
		System.out.printf(Locale.ROOT, "%n%,d MB payload%n", megabytes);
		// Small payloads get untimed warm-up runs (the JIT); large ones are long enough to warm up within a run.
		int warmups = megabytes <= WARMUP_LIMIT ? WARMUPS : 0;

		Measured javaSeal = java("seal", warmups, path("signer.p12"), PASSPHRASE, path("recipient.pem"), payload.toString(),
				path("java.cms"));
		Measured opensslSeal = openssl(warmups, "openssl cms -sign -binary -stream -outform DER -md sha256 -nodetach"
				+ " -in payload.bin -signer signer.pem -inkey signer.key -certfile ca.pem"
				+ " | openssl cms -encrypt -binary -stream -aes-256-gcm -outform DER -out openssl.cms recipient.pem");
		System.out.printf(Locale.ROOT, "  sign+encrypt: Counterpart %.2f s, openssl %.2f s (packages %,d and %,d bytes)%n",
				javaSeal.seconds(), opensslSeal.seconds(), Files.size(directory.resolve("java.cms")),
				Files.size(directory.resolve("openssl.cms")));

		Measured javaOpen = java("open", warmups, path("recipient.p12"), PASSPHRASE, path("ca.pem"), path("crl.pem"), path("java.cms"),
				path("java.out"));
		Measured opensslOpen = openssl(warmups, "openssl cms -decrypt -binary -inform DER -in openssl.cms -recip recipient.pem"
				+ " -inkey recipient.key | openssl cms -verify -binary -inform DER -CAfile ca.pem -out openssl.out");
		System.out.printf(Locale.ROOT, "  decrypt+verify: Counterpart %.2f s, openssl %.2f s%n", javaOpen.seconds(),
				opensslOpen.seconds());
		// Both sides must have given back the payload, or the figures mean nothing.
		for (String out : List.of("java.out", "openssl.out")) {
			if (!digest.equals(sha256(directory.resolve(out)))) {
				throw new IllegalStateException(out + " differs from the payload");
			}
			Files.delete(directory.resolve(out));
		}
		Files.delete(payload);
		Files.delete(directory.resolve("java.cms"));
		Files.delete(directory.resolve("openssl.cms"));
		return List.of(new Row("sign + encrypt", size, javaSeal.seconds(), opensslSeal.seconds(), javaSeal.peakKiB(), opensslSeal.peakKiB()),
				new Row("decrypt + verify", size, javaOpen.seconds(), opensslOpen.seconds(), javaOpen.peakKiB(), opensslOpen.peakKiB()));
	}

	private record Measured(double seconds, long peakKiB) {
	}

	/** Runs {@link EnvelopeOperation} in a child JVM: median of its timed runs, peak RSS of the whole JVM. */
	private Measured java(String operation, int warmups, String... arguments) throws Exception {
		List<String> command = new ArrayList<>(List.of("/usr/bin/time", "-f", "%M", "-o", path("rss-java"),
				ChildProcess.java(), heap, "-cp", ChildProcess.classPath(), EnvelopeOperation.class.getName(), operation, String.valueOf(warmups),
				String.valueOf(runs)));
		command.addAll(List.of(arguments));
		ChildProcess.Result result = check(run(directory, command), "Counterpart " + operation);
		List<Double> seconds = result.output().lines().filter(line -> line.startsWith("run "))
				.map(line -> Long.parseLong(line.substring(4)) / 1e9).toList();
		return new Measured(median(seconds), Long.parseLong(Files.readString(directory.resolve("rss-java")).trim()));
	}

	/** Runs an openssl pipeline {@code runs} times: median wall time, largest sum of both processes' peak RSS. */
	private Measured openssl(int warmups, String pipeline) throws Exception {
		String[] stages = pipeline.split(" \\| ");
		String timed = "/usr/bin/time -f %M -o rss-1 " + stages[0] + " | /usr/bin/time -f %M -o rss-2 " + stages[1];
		List<Double> seconds = new ArrayList<>();
		long peak = 0;
		for (int i = 0; i < warmups + runs; i++) {
			long start = System.nanoTime();
			ChildProcess.Result result = check(run(directory, List.of("/bin/bash", "-o", "pipefail", "-c", timed)), "openssl");
			if (i >= warmups) {
				seconds.add((System.nanoTime() - start) / 1e9);
			}
			if (pipeline.contains("-verify") && !result.output().contains("Verification successful")) {
				throw new IllegalStateException("openssl did not verify: " + result.output());
			}
			peak = Math.max(peak, Long.parseLong(Files.readString(directory.resolve("rss-1")).trim())
					+ Long.parseLong(Files.readString(directory.resolve("rss-2")).trim()));
		}
		return new Measured(median(seconds), peak);
	}

	private String path(String name) {
		return directory.resolve(name).toString();
	}

	private static double median(List<Double> values) {
		List<Double> sorted = values.stream().sorted().toList();
		int n = sorted.size();
		return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
	}

	/** Random bytes (fixed seed), returned as their SHA-256. */
	private static String writePayload(Path file, long size) throws Exception {
		MessageDigest digest = MessageDigest.getInstance("SHA-256");
		SplittableRandom random = new SplittableRandom(20261122);
		byte[] chunk = new byte[1 << 20];
		try (OutputStream out = Files.newOutputStream(file)) {
			for (long written = 0; written < size; written += chunk.length) {
				int length = (int) Math.min(chunk.length, size - written);
				random.nextBytes(chunk);
				out.write(chunk, 0, length);
				digest.update(chunk, 0, length);
			}
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	private static String sha256(Path file) throws Exception {
		MessageDigest digest = MessageDigest.getInstance("SHA-256");
		byte[] buffer = new byte[1 << 16];
		try (InputStream in = Files.newInputStream(file)) {
			for (int n; (n = in.read(buffer)) > 0;) {
				digest.update(buffer, 0, n);
			}
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	private static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}
}
