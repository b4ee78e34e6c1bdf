package org.counterpart.benchmarks;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.counterpart.store.internal.EncryptedFileChannel;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.encrypt.FileEncrypt;
import org.h2.store.fs.encrypt.FilePathEncrypt;

/**
 * How fast a database file's encryption encrypts and decrypts, over a file in memory so that no disk is measured: the
 * rate every byte the store writes or reads goes through. Both ciphers write the same format (AES-128 in XTS mode over
 * 4 KiB blocks): H2's own ({@code CIPHER=AES}, its AES written in Java) and the store's ({@code EncryptedFileChannel},
 * the JDK's AES, on the processor's AES instructions).
 */
final class FileCipherRate {

	/** Encrypting and decrypting rates, MB/s. */
	record Rates(double encrypt, double decrypt) {
	}

	/** The file encryptions measured. */
	enum Cipher {
		H2("H2's own (CIPHER=AES)"), STORE("the store's (JDK AES)");

		final String label;

		Cipher(String label) {
			this.label = label;
		}

		FileChannel open(FileChannel memory) {
			byte[] key = FilePathEncrypt.getPasswordBytes("counterpart-benchmark".toCharArray());
			return this == H2 ? new FileEncrypt("cipher-rate", key, memory)
					: new EncryptedFileChannel("cipher-rate", key, memory);
		}
	}

	private static final int BUFFER = 64 * 1024;

	private FileCipherRate() {
	}

	/** Medians of {@code runs} passes over {@code megabytes}, after one pass to warm up. */
	static Rates measure(Cipher cipher, int megabytes, int runs) throws Exception {
		FilePath path = FilePath.get("memFS:counterpart-cipher-rate-" + System.nanoTime());
		FileChannel memory = path.open("rw");
		try (FileChannel file = cipher.open(memory)) {
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
	private static double pass(FileChannel file, byte[] data, long bytes, boolean write) throws Exception {
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
