package org.counterpart.store.internal;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;

import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.PKCS5S2ParametersGenerator;
import org.bouncycastle.crypto.params.KeyParameter;
import org.h2.store.fs.FileBaseDefault;

/**
 * A database file encrypted in H2's format for {@code CIPHER=AES}, so that a store's file is the same whichever of the
 * two wrote it (H2's tools, such as the passphrase change's re-encryption, read and write it too):
 * <ul>
 * <li>the first 4 KiB are a header: {@code H2encrypt} and a line feed, then 8 bytes of random salt, then zeros;</li>
 * <li>the AES-128 key is PBKDF2 with HMAC-SHA-256 over the file password's bytes and the salt, 10 iterations (the
 * password itself is a 256-bit key derived with scrypt, so the iterations add nothing);</li>
 * <li>then the content follows in blocks of 4 KiB, each encrypted by {@link XtsAes} under its number;</li>
 * <li>a content whose size is not whole blocks is stored as whole blocks followed by as many zero bytes as the last
 * block holds, which is how the size is read back.</li>
 * </ul>
 * Nothing is read or written before the first use, so that the caller can lock the file first.
 */
public final class EncryptedFileChannel extends FileBaseDefault {

	private static final int BLOCK = XtsAes.BLOCK_SIZE;
	private static final int HEADER_LENGTH = BLOCK;
	private static final byte[] MAGIC = "H2encrypt\n".getBytes(StandardCharsets.ISO_8859_1);
	private static final int SALT_LENGTH = 8;
	private static final int KEY_ITERATIONS = 10;

	/** the largest buffer a thread keeps between reads and writes (see {@link #buffer}) */
	private static final int KEPT_BUFFER = 8 << 20;
	private static final ThreadLocal<byte[]> BUFFERS = new ThreadLocal<>();

	private final String name;
	private final FileChannel base;
	private byte[] password;
	private volatile XtsAes cipher;
	/** the size of the content, without the header */
	private volatile long size;

	/**
	 * @param name what the channel is called in messages
	 * @param password the file password's bytes, wiped once the key is derived
	 * @param base the file itself
	 */
	public EncryptedFileChannel(String name, byte[] password, FileChannel base) {
		this.name = name;
		this.password = password;
		this.base = base;
	}

	/** The size of the content that a file of {@code fileSize} bytes in this format holds. */
	static long contentSize(long fileSize) {
		long content = fileSize - HEADER_LENGTH;
		if (content <= 0) {
			return 0;
		}
		return (content % BLOCK) == 0 ? content : content - BLOCK;
	}

	private XtsAes cipher() throws IOException {
		XtsAes c = cipher;
		return c != null ? c : start();
	}

	private synchronized XtsAes start() throws IOException {
		if (cipher != null) {
			return cipher;
		}
		if (password == null) {
			throw new IOException("The encrypted file " + name + " has no key");
		}
		long fileSize = base.size();
		byte[] salt = new byte[SALT_LENGTH];
		if (fileSize >= HEADER_LENGTH) {
			readFully(ByteBuffer.wrap(salt), MAGIC.length);
		} else {
			new SecureRandom().nextBytes(salt);
			byte[] header = Arrays.copyOf(MAGIC, HEADER_LENGTH);
			System.arraycopy(salt, 0, header, MAGIC.length, SALT_LENGTH);
			writeFully(ByteBuffer.wrap(header), 0);
			fileSize = HEADER_LENGTH;
		}
		PKCS5S2ParametersGenerator pbkdf2 = new PKCS5S2ParametersGenerator(new SHA256Digest());
		pbkdf2.init(password, salt, KEY_ITERATIONS);
		byte[] key = ((KeyParameter) pbkdf2.generateDerivedParameters(128)).getKey();
		Arrays.fill(password, (byte) 0);
		password = null;
		try {
			size = contentSize(fileSize);
			cipher = new XtsAes(key);
		} finally {
			Arrays.fill(key, (byte) 0);
		}
		return cipher;
	}

	@Override
	public int read(ByteBuffer dst, long position) throws IOException {
		requirePosition(position);
		XtsAes c = cipher();
		if (!dst.hasRemaining()) {
			return 0;
		}
		if (position >= size) {
			return -1;
		}
		int length = (int) Math.min(dst.remaining(), size - position);
		if (dst.hasArray() && position % BLOCK == 0 && length % BLOCK == 0) {
			// whole blocks into an array: decrypted where they land, with no buffer between
			int at = dst.arrayOffset() + dst.position();
			readFully(ByteBuffer.wrap(dst.array(), at, length), HEADER_LENGTH + position);
			c.decrypt(position / BLOCK, dst.array(), at, length);
			dst.position(dst.position() + length);
			return length;
		}
		Span span = Span.around(position, length);
		byte[] blocks = buffer(span.length);
		readFully(ByteBuffer.wrap(blocks, 0, span.length), HEADER_LENGTH + span.from);
		c.decrypt(span.block(), blocks, 0, span.length);
		dst.put(blocks, span.skip, length);
		Arrays.fill(blocks, 0, span.length, (byte) 0); // the thread's buffer keeps nothing decrypted
		return length;
	}

	@Override
	public int write(ByteBuffer src, long position) throws IOException {
		requirePosition(position);
		XtsAes c = cipher();
		int length = src.remaining();
		if (length == 0) {
			return 0;
		}
		Span span = Span.around(position, length);
		byte[] blocks = buffer(span.length);
		if (span.skip != 0 || length % BLOCK != 0) {
			// a part of a block: what is stored around it is kept, the rest of the last block is zeros
			Arrays.fill(blocks, 0, span.length, (byte) 0);
			long stored = roundUp(size) - span.from;
			int existing = (int) Math.max(0, Math.min(span.length, stored));
			if (existing > 0) {
				readFully(ByteBuffer.wrap(blocks, 0, existing), HEADER_LENGTH + span.from);
				c.decrypt(span.block(), blocks, 0, existing);
			}
		}
		src.get(blocks, span.skip, length);
		c.encrypt(span.block(), blocks, 0, span.length); // the buffer keeps only what the file holds anyway
		writeFully(ByteBuffer.wrap(blocks, 0, span.length), HEADER_LENGTH + span.from);
		long end = position + length;
		if (end > size) {
			size = end;
			int partial = (int) (end % BLOCK);
			long stored = HEADER_LENGTH + span.from + span.length;
			if (partial != 0) {
				writeFully(ByteBuffer.allocate(partial), stored);
			} else if (base.size() > stored) {
				base.truncate(stored); // the zero bytes that gave the size of a part of a block
			}
		}
		return length;
	}

	private static void requirePosition(long position) {
		if (position < 0) {
			throw new IllegalArgumentException("negative position " + position);
		}
	}

	/**
	 * The whole blocks around {@code length} bytes at {@code position}: the first's offset, where the bytes start, and
	 * the length of the blocks.
	 */
	private record Span(long from, int skip, int length) {
		static Span around(long position, int length) {
			long from = position - position % BLOCK;
			int skip = (int) (position - from);
			return new Span(from, skip, roundUp(skip + length));
		}

		long block() {
			return from / BLOCK;
		}
	}

	/**
	 * A buffer of at least {@code length} bytes for the calling thread's read or write, kept for its next one up to
	 * {@link #KEPT_BUFFER} bytes: pages are read one by one and a commit writes its chunk at once, and a new array
	 * each time, as large as the data, made work for the collector at every page.
	 * Whoever uses it leaves no decrypted byte in it.
	 */
	private static byte[] buffer(int length) {
		byte[] kept = BUFFERS.get();
		if (kept != null && kept.length >= length) {
			return kept;
		}
		byte[] fresh = new byte[length];
		if (length <= KEPT_BUFFER) {
			BUFFERS.set(fresh);
		}
		return fresh;
	}

	private static int roundUp(int length) {
		return (length + BLOCK - 1) / BLOCK * BLOCK;
	}

	private static long roundUp(long length) {
		return (length + BLOCK - 1) / BLOCK * BLOCK;
	}

	@Override
	public long size() throws IOException {
		cipher();
		return size;
	}

	@Override
	protected void implTruncate(long newSize) throws IOException {
		if (newSize < 0) {
			throw new IllegalArgumentException("negative size " + newSize);
		}
		cipher();
		if (newSize >= size) {
			return;
		}
		int partial = (int) (newSize % BLOCK);
		// a part of a block: the whole block stays, followed by the part's length in zero bytes
		long fileSize = HEADER_LENGTH + newSize + (partial == 0 ? 0 : BLOCK);
		long now = base.size();
		if (now > fileSize) {
			base.truncate(fileSize);
		} else if (now < fileSize) {
			// the file ended with whole blocks: the zero bytes that give the size are added after them
			writeFully(ByteBuffer.allocate((int) (fileSize - now)), now);
		}
		size = newSize;
	}

	@Override
	public void force(boolean metaData) throws IOException {
		base.force(metaData);
	}

	@Override
	public FileLock tryLock(long position, long length, boolean shared) throws IOException {
		return base.tryLock(position, length, shared);
	}

	@Override
	protected void implCloseChannel() throws IOException {
		synchronized (this) {
			if (password != null) {
				Arrays.fill(password, (byte) 0);
				password = null;
			}
		}
		base.close();
	}

	private void readFully(ByteBuffer into, long at) throws IOException {
		long position = at;
		while (into.hasRemaining()) {
			int n = base.read(into, position);
			if (n < 0) {
				throw new EOFException("The encrypted file " + name + " ends before " + position);
			}
			position += n;
		}
	}

	private void writeFully(ByteBuffer from, long at) throws IOException {
		long position = at;
		while (from.hasRemaining()) {
			position += base.write(from, position);
		}
	}

	@Override
	public String toString() {
		return name;
	}
}
