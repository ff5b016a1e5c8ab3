package dev.plumb.discover;

import java.util.Locale;

/** Human-readable sizes in binary units, written MB/KB as operators usually say them. */
final class ByteSizes {

    private static final long KIB = 1024;
    private static final long MIB = KIB * 1024;
    private static final long GIB = MIB * 1024;

    private ByteSizes() {}

    /** A configured limit: "10 MB", or "1.5 MB" when it is not a whole number. */
    static String limit(long bytes) {
        String size = size(bytes);
        return size.replace(".0 ", " ");
    }

    /** A measured size, always with one decimal so it never reads as equal to a round limit: "12.0 MB". */
    static String size(long bytes) {
        if (bytes >= GIB) {
            return oneDecimal(bytes, GIB, "GB");
        }
        if (bytes >= MIB) {
            return oneDecimal(bytes, MIB, "MB");
        }
        if (bytes >= KIB) {
            return oneDecimal(bytes, KIB, "KB");
        }
        return bytes + (bytes == 1 ? " byte" : " bytes");
    }

    private static String oneDecimal(long bytes, long unit, String name) {
        return String.format(Locale.ROOT, "%.1f %s", (double) bytes / unit, name);
    }
}
