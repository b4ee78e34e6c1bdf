package org.counterpart.store.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;

import org.bouncycastle.crypto.generators.SCrypt;

/**
 * Stretches a passphrase into the H2 file password with scrypt (Bouncy Castle), so that guessing
 * passphrases against a stolen store costs memory and time. The file password and a verifier come from one
 * scrypt output, 32 bytes each. The verifier lets a wrong passphrase be recognised without opening the
 * database; it reveals no more than the encrypted database itself would to a guesser. H2's user password
 * is a constant: the file encryption is the protection, and a constant user password survives a re-key.
 */
public final class KeyDerivation {

	/**
	 * scrypt parameters: cost N (a power of two), block size r, parallelism p. They come from the store header, a
	 * plain file anyone with the folder can edit, so they are bounded before any memory is asked for: scrypt needs
	 * 128 &middot; r &middot; N bytes (at most {@link #MAX_MEMORY_BYTES}) and p times that work (p at most
	 * {@link #MAX_PARALLELISM}).
	 */
	public record Parameters(String algorithm, int cost, int blockSize, int parallelism) {
		public Parameters {
			if (!"scrypt".equals(algorithm) || cost < 2 || Integer.bitCount(cost) != 1 || blockSize < 1 || parallelism < 1) {
				throw new IllegalArgumentException("unsupported key derivation parameters");
			}
			if (memoryBytes(cost, blockSize) > MAX_MEMORY_BYTES || parallelism > MAX_PARALLELISM) {
				throw new IllegalArgumentException("key derivation parameters beyond the limits: scrypt N=" + cost
						+ ", r=" + blockSize + ", p=" + parallelism + " (at most " + (MAX_MEMORY_BYTES >> 20)
						+ " MiB and p=" + MAX_PARALLELISM + ")");
			}
		}

		/** The memory scrypt needs with these parameters, in bytes. */
		public long memoryBytes() {
			return memoryBytes(cost, blockSize);
		}

		private static long memoryBytes(int cost, int blockSize) {
			return 128L * blockSize * cost;
		}
	}

	/** The most memory a store's key derivation may ask for: 16 times the default. */
	public static final long MAX_MEMORY_BYTES = 1L << 30;
	/** The most scrypt lanes a store's key derivation may ask for. */
	public static final int MAX_PARALLELISM = 16;

	/** N = 2^16, r = 8, p = 1: about 64 MiB and a fraction of a second on a laptop. */
	public static final Parameters DEFAULT = new Parameters("scrypt", 1 << 16, 8, 1);

	/** Passwords for H2; wipe with {@link #close()}. */
	public static final class Keys implements AutoCloseable {
		private static final char[] USER_PASSWORD = "counterpart".toCharArray();
		final char[] filePassword;
		final byte[] verifier;

		Keys(char[] filePassword, byte[] verifier) {
			this.filePassword = filePassword;
			this.verifier = verifier;
		}

		public byte[] verifier() {
			return verifier.clone();
		}

		public boolean matches(byte[] expectedVerifier) {
			return MessageDigest.isEqual(verifier, expectedVerifier);
		}

		/** The password of the database's user (the file is encrypted with {@link #filePassword()}). */
		static char[] userPassword() {
			return USER_PASSWORD.clone();
		}

		public char[] filePassword() {
			return filePassword;
		}

		@Override
		public void close() {
			Arrays.fill(filePassword, '\0');
		}
	}

	private KeyDerivation() {
	}

	public static byte[] newSalt() {
		byte[] salt = new byte[32];
		new SecureRandom().nextBytes(salt);
		return salt;
	}

	public static Keys derive(char[] passphrase, byte[] salt, Parameters p) {
		ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(passphrase));
		byte[] pass = new byte[encoded.remaining()];
		encoded.get(pass);
		Arrays.fill(encoded.array(), (byte) 0);
		byte[] out = SCrypt.generate(pass, salt, p.cost(), p.blockSize(), p.parallelism(), 64);
		Arrays.fill(pass, (byte) 0);
		try {
			return new Keys(hex(out, 0), Arrays.copyOfRange(out, 32, 64));
		} finally {
			Arrays.fill(out, (byte) 0);
		}
	}

	private static char[] hex(byte[] b, int from) {
		char[] digits = "0123456789abcdef".toCharArray();
		char[] c = new char[64];
		for (int i = 0; i < 32; i++) {
			c[2 * i] = digits[(b[from + i] >> 4) & 15];
			c[2 * i + 1] = digits[b[from + i] & 15];
		}
		return c;
	}
}
