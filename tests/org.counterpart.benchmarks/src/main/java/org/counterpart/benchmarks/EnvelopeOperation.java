package org.counterpart.benchmarks;

import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.counterpart.security.CertificatePem;
import org.counterpart.security.DeviceIdentity;
import org.counterpart.security.SignedEnvelopeReader;
import org.counterpart.security.SignedEnvelopeWriter;
import org.counterpart.security.TrustVerifier;

/**
 * One side of the crypto benchmark, run in a child JVM with a small heap by {@link CryptoBenchmarkReport}:
 * seals a payload file into a package, or opens and verifies a package into a file, {@code warmups}
 * untimed and then {@code runs} timed times, and prints each timed run's nanoseconds on a line of its own
 * ({@code run <ns>}). Keys and certificates are loaded once, before all runs.
 *
 * <pre>
 * seal &lt;warmups&gt; &lt;runs&gt; &lt;signer.p12&gt; &lt;passphrase&gt; &lt;recipient.pem&gt; &lt;payload&gt; &lt;package&gt;
 * open &lt;warmups&gt; &lt;runs&gt; &lt;recipient.p12&gt; &lt;passphrase&gt; &lt;ca.pem&gt; &lt;crl.pem&gt; &lt;package&gt; &lt;content&gt;
 * </pre>
 */
public final class EnvelopeOperation {

	private static final int BUFFER = 64 * 1024;

	private EnvelopeOperation() {
	}

	public static void main(String[] args) throws Exception {
		String operation = args[0];
		int warmups = Integer.parseInt(args[1]);
		int runs = Integer.parseInt(args[2]);
		args = Arrays.copyOfRange(args, 1, args.length);
		DeviceIdentity identity = DeviceIdentity.load(Path.of(args[2]), args[3].toCharArray());
		switch (operation) {
		case "seal" -> {
			X509Certificate recipient = CertificatePem.decode(Files.readString(Path.of(args[4]))).get(0);
			for (int i = 0; i < warmups + runs; i++) {
				long start = System.nanoTime();
				seal(identity, recipient, Path.of(args[5]), Path.of(args[6]));
				report(i >= warmups, System.nanoTime() - start);
			}
		}
		case "open" -> {
			X509Certificate authority = CertificatePem.decode(Files.readString(Path.of(args[4]))).get(0);
			X509CRL crl;
			try (InputStream in = Files.newInputStream(Path.of(args[5]))) {
				crl = (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(in);
			}
			TrustVerifier trust = new TrustVerifier(authority, crl);
			for (int i = 0; i < warmups + runs; i++) {
				long start = System.nanoTime();
				open(identity, trust, Path.of(args[6]), Path.of(args[7]));
				report(i >= warmups, System.nanoTime() - start);
			}
		}
		default -> throw new IllegalArgumentException("seal or open, not " + operation);
		}
	}

	private static void seal(DeviceIdentity signer, X509Certificate recipient, Path payload, Path sealed) throws Exception {
		try (InputStream in = Files.newInputStream(payload);
				OutputStream out = SignedEnvelopeWriter.open(new BufferedOutputStream(Files.newOutputStream(sealed), BUFFER),
						signer, List.of(recipient))) {
			in.transferTo(out);
		}
	}

	private static void open(DeviceIdentity recipient, TrustVerifier trust, Path sealed, Path content) throws Exception {
		// The content goes to a file as openssl's does; the product would stage it, not write it, before verifying.
		try (SignedEnvelopeReader reader = SignedEnvelopeReader.open(Files.newInputStream(sealed), recipient);
				OutputStream out = new BufferedOutputStream(Files.newOutputStream(content), BUFFER)) {
			reader.unverifiedContent().transferTo(out);
			out.flush();
			reader.verify(trust);
		}
	}

	private static void report(boolean timed, long nanos) {
		System.out.println(String.format(Locale.ROOT, "%s %d", timed ? "run" : "warmup", nanos));
		System.out.flush();
	}
}
