package org.counterpart.benchmarks;

import java.security.MessageDigest;
import java.security.Provider;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * In-memory throughput of the two bulk primitives of a package, AES-256-GCM encryption and SHA-256,
 * in the Bouncy Castle provider (what the envelope uses) and in the JDK's providers, to show where the
 * envelope's time goes. Not a comparison with openssl: no I/O, no CMS encoding.
 */
final class CipherThroughput {

	private static final int CHUNK = 64 * 1024;

	private CipherThroughput() {
	}

	/** Table rows: primitive, provider, MB/s (median of {@code runs} passes over {@code megabytes}). */
	static List<String> measure(int megabytes, int runs) throws Exception {
		Provider bouncyCastle = new BouncyCastleProvider();
		List<String> rows = new ArrayList<>();
		for (Provider provider : List.of(bouncyCastle, Cipher.getInstance("AES/GCM/NoPadding").getProvider())) {
			rows.add(row("AES-256-GCM encrypt", provider, megabytes, runs, () -> gcm(provider, megabytes)));
		}
		for (Provider provider : List.of(bouncyCastle, MessageDigest.getInstance("SHA-256").getProvider())) {
			rows.add(row("SHA-256", provider, megabytes, runs, () -> sha256(provider, megabytes)));
		}
		return rows;
	}

	private interface Pass {
		void run() throws Exception;
	}

	private static String row(String primitive, Provider provider, int megabytes, int runs, Pass pass) throws Exception {
		pass.run(); // warm-up
		List<Double> rates = new ArrayList<>();
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			pass.run();
			rates.add(megabytes * 1e6 / ((System.nanoTime() - start) / 1e9) / 1e6);
		}
		List<Double> sorted = rates.stream().sorted().toList();
		return String.format(Locale.ROOT, "| %s | %s | %.0f |%n", primitive, provider.getName(), sorted.get(sorted.size() / 2));
	}

	private static void gcm(Provider provider, int megabytes) throws Exception {
		Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding", provider);
		cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(new byte[32], "AES"), new GCMParameterSpec(128, new byte[12]));
		byte[] in = new byte[CHUNK];
		byte[] out = new byte[CHUNK + 16];
		for (long done = 0; done < megabytes * 1_000_000L; done += CHUNK) {
			cipher.update(in, 0, CHUNK, out);
		}
		cipher.doFinal(out, 0);
	}

	private static void sha256(Provider provider, int megabytes) throws Exception {
		MessageDigest digest = MessageDigest.getInstance("SHA-256", provider);
		byte[] in = new byte[CHUNK];
		for (long done = 0; done < megabytes * 1_000_000L; done += CHUNK) {
			digest.update(in);
		}
		digest.digest();
	}
}
