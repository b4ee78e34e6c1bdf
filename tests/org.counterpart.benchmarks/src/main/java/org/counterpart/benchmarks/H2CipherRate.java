package org.counterpart.benchmarks;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.h2.store.fs.FilePath;
import org.h2.store.fs.encrypt.FileEncrypt;
import org.h2.store.fs.encrypt.FilePathEncrypt;

/**
 * How fast H2's file encryption (CIPHER=AES: its own AES in XTS mode, in Java) encrypts and decrypts, over a file in
 * memory so that no disk is measured: the rate every byte the store writes or reads goes through.
 */
final class H2CipherRate {

	/** Encrypting and decrypting rates, MB/s. */
	record Rates(double encrypt, double decrypt) {
	}

	private static final int BUFFER = 64 * 1024;

	private H2CipherRate() {
	}

	/** Medians of {@code runs} passes over {@code megabytes}, after one pass to warm up. */
	static Rates measure(int megabytes, int runs) throws Exception {
		byte[] key = FilePathEncrypt.getPasswordBytes("counterpart-benchmark".toCharArray());
		FilePath path = FilePath.get("memFS:counterpart-cipher-rate-" + System.nanoTime());
		FileChannel memory = path.open("rw");
		try (FileEncrypt file = new FileEncrypt("cipher-rate", key, memory)) {
			byte[] data = new byte[BUFFER];
			new Random(1).nextBytes(data);
			long bytes = megabytes * 1_000_000L / BUFFER * BUFFER;
			pass(file, data, bytes, true);
			pass(file, data, bytes, false);
			List<Double> encrypt = new ArrayList<>();
			List<Double> decrypt = new ArrayList<>();
			for (int i = 0; i < runs; i++) {
				encrypt.add(pass(file, data, bytes, true));
				decrypt.add(pass(file, data, bytes, false));
			}
			return new Rates(median(encrypt), median(decrypt));
		} finally {
			path.delete(); // a file in memory: its bytes go with it
		}
	}

	/** Writes or reads {@code bytes} through the encryption; returns MB/s. */
	private static double pass(FileEncrypt file, byte[] data, long bytes, boolean write) throws Exception {
		ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
		long start = System.nanoTime();
		for (long position = 0; position < bytes; position += BUFFER) {
			buffer.clear();
			if (write) {
				buffer.put(data).flip();
				file.write(buffer, position);
			} else {
				file.read(buffer, position);
			}
		}
		return bytes / 1e6 / ((System.nanoTime() - start) / 1e9);
	}

	private static double median(List<Double> values) {
		List<Double> sorted = values.stream().sorted().toList();
		return sorted.get(sorted.size() / 2);
	}
}
