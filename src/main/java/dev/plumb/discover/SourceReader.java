package dev.plumb.discover;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Locale;
import java.util.Set;

/** Reads one candidate, unless it is too large or binary. Safe to call from several threads. */
final class SourceReader {

    /** How far to look for a NUL byte: as git does, a text file never has one near its start. */
    private static final int BINARY_SNIFF_BYTES = 8 * 1024;

    /** Formats that are never text, skipped without being opened to save the read. */
    private static final Set<String> BINARY_EXTENSIONS =
            Set.of(
                    "png", "jpg", "jpeg", "gif", "ico", "webp", "bmp", "pdf", "gz", "tgz", "bz2", "xz", "zst",
                    "zip", "jar", "war", "class", "so", "dylib", "dll", "exe", "woff", "woff2", "ttf", "otf");

    /** The largest array the JVM hands out; a bigger file could not be held as one text anyway. */
    private static final long LARGEST_READABLE = Integer.MAX_VALUE - 8;

    private final long maxFileBytes;

    SourceReader(long maxFileBytes) {
        this.maxFileBytes = Math.min(maxFileBytes, LARGEST_READABLE);
    }

    ReadOutcome read(Candidate candidate) {
        if (candidate.size() > maxFileBytes) {
            return ReadOutcome.skipped(candidate, SkipReasons.tooLarge(maxFileBytes, candidate.size()));
        }
        if (hasBinaryExtension(candidate.path())) {
            return ReadOutcome.skipped(candidate, SkipReasons.BINARY);
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(candidate.absolutePath());
        } catch (IOException e) {
            return ReadOutcome.skipped(candidate, SkipReasons.unreadable(IoReasons.shortReason(e)));
        }
        if (bytes.length > maxFileBytes) {
            // It grew between the walk and the read.
            return ReadOutcome.skipped(candidate, SkipReasons.tooLarge(maxFileBytes, bytes.length));
        }
        if (hasNulNearStart(bytes)) {
            return ReadOutcome.skipped(candidate, SkipReasons.BINARY);
        }
        return ReadOutcome.read(candidate, TextDecoder.decode(bytes));
    }

    private static boolean hasBinaryExtension(String path) {
        int dot = path.lastIndexOf('.');
        if (dot < 0 || dot < path.lastIndexOf('/')) {
            return false;
        }
        return BINARY_EXTENSIONS.contains(path.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static boolean hasNulNearStart(byte[] bytes) {
        int end = Math.min(bytes.length, BINARY_SNIFF_BYTES);
        for (int i = 0; i < end; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }
}
