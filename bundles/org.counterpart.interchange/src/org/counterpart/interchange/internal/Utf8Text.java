package org.counterpart.interchange.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.counterpart.interchange.InterchangeException;

/**
 * Decodes a file's bytes as UTF-8, strictly: a byte sequence that is not UTF-8 (a spreadsheet saved as Windows-1252,
 * say) is an error naming its line, not a replacement character in someone's name.
 */
public final class Utf8Text {

	private static final char BYTE_ORDER_MARK = '\uFEFF';

	private Utf8Text() {
	}

	public static String decode(byte[] bytes, String fileKind) throws InterchangeException {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(bytes.length + 1);
		CoderResult result = decoder.decode(in, out, true);
		if (!result.isError()) {
			result = decoder.flush(out);
		}
		if (result.isError()) {
			int line = lineAt(bytes, in.position());
			throw new InterchangeException(line, "the " + fileKind + " file is not UTF-8 text (byte 0x" //$NON-NLS-1$ //$NON-NLS-2$
					+ Integer.toHexString(bytes[in.position()] & 0xff) + " at column " + columnAt(bytes, in.position()) //$NON-NLS-1$
					+ "). Save it as UTF-8 (in a spreadsheet: CSV UTF-8) and import it again.", null); //$NON-NLS-1$
		}
		out.flip();
		String text = out.toString();
		return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
	}

	private static int lineAt(byte[] bytes, int offset) {
		int line = 1;
		for (int i = 0; i < offset; i++) {
			if (bytes[i] == '\n') {
				line++;
			}
		}
		return line;
	}

	private static int columnAt(byte[] bytes, int offset) {
		int start = offset;
		while (start > 0 && bytes[start - 1] != '\n') {
			start--;
		}
		return offset - start + 1;
	}
}
