package org.counterpart.store.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.concurrent.ConcurrentLinkedQueue;

import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/**
 * The cipher of a local store's database file: AES-128 in XTS mode over blocks of 4 KiB, exactly as H2 encrypts a
 * file with {@code CIPHER=AES}, so that files written either way are the same bytes. A block's first tweak is its
 * number (little-endian, 16 bytes) encrypted with the key; each following 16-byte unit's tweak is the one before
 * multiplied by x in GF(2^128); a unit is encrypted as {@code E(P xor T) xor T}. Unlike IEEE 1619, H2 uses one key
 * for the tweaks and the data.
 * <p>
 * The AES is the JDK's, which uses the processor's AES instructions where it has them, and is given a whole run of
 * blocks at a time in ECB mode, with the tweaks applied around it: H2's own AES is written in Java and took about a
 * third of an import's time at headquarters.
 * <p>
 * Safe for concurrent use: each call borrows a pair of ciphers and a buffer for the tweaks.
 */
final class XtsAes {

	/** the size of the blocks encrypted as one, each with its own tweak sequence */
	static final int BLOCK_SIZE = 4096;
	private static final int UNIT = 16;
	private static final long FEEDBACK = 0x87;
	private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

	private final SecretKeySpec key;
	private final ConcurrentLinkedQueue<Worker> idle = new ConcurrentLinkedQueue<>();

	/** @param key the 16 bytes of an AES-128 key (copied) */
	XtsAes(byte[] key) {
		if (key.length != 16) {
			throw new IllegalArgumentException("an AES-128 key has 16 bytes");
		}
		this.key = new SecretKeySpec(key, "AES");
	}

	/** Encrypts {@code length} bytes (whole blocks) in place; the first is block number {@code block}. */
	void encrypt(long block, byte[] data, int offset, int length) {
		transform(true, block, data, offset, length);
	}

	/** Decrypts {@code length} bytes (whole blocks) in place; the first is block number {@code block}. */
	void decrypt(long block, byte[] data, int offset, int length) {
		transform(false, block, data, offset, length);
	}

	private void transform(boolean encrypt, long block, byte[] data, int offset, int length) {
		if (length % BLOCK_SIZE != 0 || offset < 0 || offset + length > data.length) {
			throw new IllegalArgumentException("not whole blocks: " + length + " bytes at " + offset);
		}
		if (length == 0) {
			return;
		}
		Worker worker = idle.poll();
		if (worker == null) {
			worker = new Worker(key);
		}
		try {
			byte[] tweaks = worker.tweaks(length);
			for (int at = 0; at < length; at += BLOCK_SIZE) {
				worker.firstTweak(block + at / BLOCK_SIZE, tweaks, at);
				spreadTweaks(tweaks, at);
			}
			xor(data, offset, tweaks, length);
			// into a buffer of the worker's and back: given the same array for input and output, the JDK's cipher
			// copies the input first, an allocation as large as the data at every page read and write
			byte[] out = worker.output(length);
			(encrypt ? worker.encrypt : worker.decrypt).update(data, offset, length, out, 0);
			xorInto(out, tweaks, data, offset, length);
			Arrays.fill(out, 0, length, (byte) 0); // nothing of the data stays with an idle worker
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("AES failed", e);
		} finally {
			idle.offer(worker);
		}
	}

	/** From the block's first tweak at {@code at}, the tweaks of its other units: each the one before times x. */
	private static void spreadTweaks(byte[] tweaks, int at) {
		long low = (long) LONGS.get(tweaks, at);
		long high = (long) LONGS.get(tweaks, at + 8);
		for (int unit = at + UNIT; unit < at + BLOCK_SIZE; unit += UNIT) {
			long carry = high >>> 63;
			high = (high << 1) | (low >>> 63);
			low = (low << 1) ^ (carry * FEEDBACK);
			LONGS.set(tweaks, unit, low);
			LONGS.set(tweaks, unit + 8, high);
		}
	}

	private static void xor(byte[] data, int offset, byte[] tweaks, int length) {
		for (int i = 0; i < length; i += 8) {
			LONGS.set(data, offset + i, (long) LONGS.get(data, offset + i) ^ (long) LONGS.get(tweaks, i));
		}
	}

	/** {@code data[offset + i] = from[i] ^ tweaks[i]} for the {@code length} bytes. */
	private static void xorInto(byte[] from, byte[] tweaks, byte[] data, int offset, int length) {
		for (int i = 0; i < length; i += 8) {
			LONGS.set(data, offset + i, (long) LONGS.get(from, i) ^ (long) LONGS.get(tweaks, i));
		}
	}

	private static final class Worker {
		final Cipher encrypt;
		final Cipher decrypt;
		final byte[] number = new byte[UNIT];
		byte[] tweaks = new byte[BLOCK_SIZE];
		byte[] output = new byte[BLOCK_SIZE];

		Worker(SecretKeySpec key) {
			try {
				encrypt = Cipher.getInstance("AES/ECB/NoPadding");
				encrypt.init(Cipher.ENCRYPT_MODE, key);
				decrypt = Cipher.getInstance("AES/ECB/NoPadding");
				decrypt.init(Cipher.DECRYPT_MODE, key);
			} catch (GeneralSecurityException e) {
				throw new IllegalStateException("the JDK has no AES", e);
			}
		}

		byte[] tweaks(int length) {
			if (tweaks.length < length) {
				tweaks = new byte[length];
			}
			return tweaks;
		}

		byte[] output(int length) {
			if (output.length < length) {
				output = new byte[length];
			}
			return output;
		}

		void firstTweak(long block, byte[] into, int at) throws GeneralSecurityException {
			LONGS.set(number, 0, block);
			LONGS.set(number, 8, 0L);
			encrypt.update(number, 0, UNIT, into, at);
		}
	}
}
