package dev.plumb.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** File locations as URIs for SARIF, where consumers resolve them strictly per RFC 3986. */
final class UriPaths {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private UriPaths() {
    }

    /**
     * A '/'-separated relative path as a relative URI reference. Everything but unreserved characters
     * is percent-encoded: a space must not end the URI, '#' and '?' must not start a fragment or
     * query, and a ':' in the first segment must not read as a scheme.
     */
    static String relative(String path) {
        StringBuilder out = new StringBuilder(path.length() + 8);
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c == '/' || isUnreserved(c)) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return out.toString();
    }

    /**
     * The scanned root as an absolute file URI ending in '/'. Without the slash, RFC 3986 resolution
     * would replace the root's last segment instead of descending into it.
     */
    static String directory(String root) {
        String uri = Path.of(root).toAbsolutePath().normalize().toUri().toString();
        return uri.endsWith("/") ? uri : uri + "/";
    }

    private static boolean isUnreserved(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }
}
