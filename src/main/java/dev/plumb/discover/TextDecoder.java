package dev.plumb.discover;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8, because a silently replaced byte could hide a corrupted secret or manifest; files that
 * are not UTF-8 are still read (as ISO-8859-1, which accepts any byte) and the first bad line noted.
 */
final class TextDecoder {

    private TextDecoder() {}

    static DecodedText decode(byte[] bytes) {
        int start = hasUtf8Bom(bytes) ? 3 : 0;
        int length = bytes.length - start;
        if (isAscii(bytes, start)) {
            // Most infrastructure files are ASCII; a straight byte copy is the cheapest correct decoding.
            return new DecodedText(new String(bytes, start, length, StandardCharsets.ISO_8859_1), 0);
        }
        CharsetDecoder decoder =
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, length);
        // UTF-8 never yields more UTF-16 units than it has bytes.
        CharBuffer out = CharBuffer.allocate(length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int line = 1 + countNewlines(bytes, start, in.position());
            return new DecodedText(new String(bytes, start, length, StandardCharsets.ISO_8859_1), line);
        }
        return new DecodedText(out.flip().toString(), 0);
    }

    private static boolean hasUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
    }

    private static boolean isAscii(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] < 0) {
                return false;
            }
        }
        return true;
    }

    private static int countNewlines(byte[] bytes, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if (bytes[i] == '\n') {
                count++;
            }
        }
        return count;
    }
}
