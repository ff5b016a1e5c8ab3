package dev.plumb.load.helm;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * A packaged chart ({@code .tgz}, as {@code helm package} and {@code helm pull} write it) unpacked into a
 * temporary folder, so the same offline preparation applies to it as to a chart of the repository. Only
 * regular files are written, never outside the folder, and never more than {@link #MAX_BYTES}.
 */
final class ChartArchive {

    static final long MAX_BYTES = 256L * 1024 * 1024;
    private static final int BLOCK = 512;

    private ChartArchive() {}

    /** Unpacks {@code archive} under {@code into}; returns the chart folder (the archive's top folder). */
    static Path unpack(Path archive, Path into) throws IOException {
        Path top = null;
        long written = 0;
        try (InputStream in = new BufferedInputStream(new GZIPInputStream(Files.newInputStream(archive)))) {
            byte[] header = new byte[BLOCK];
            String longName = null;
            while (readFully(in, header)) {
                if (isZero(header)) {
                    break;
                }
                long size = octal(header, 124, 12);
                char type = (char) header[156];
                String name = longName != null ? longName : name(header);
                longName = null;
                if (type == 'L' || type == 'x') {
                    String extended = new String(readBytes(in, size), StandardCharsets.UTF_8);
                    longName = type == 'L' ? extended.replace("\0", "") : paxPath(extended);
                    skipPadding(in, size);
                    continue;
                }
                if ((type == '0' || type == '\0') && size >= 0) {
                    Path target = into.resolve(name).normalize();
                    if (!target.startsWith(into) || name.startsWith("/") || (written += size) > MAX_BYTES) {
                        throw new IOException("the chart archive holds an entry plumb will not unpack: " + name);
                    }
                    Files.createDirectories(target.getParent());
                    Files.write(target, readBytes(in, size));
                    skipPadding(in, size);
                    String first = name.contains("/") ? name.substring(0, name.indexOf('/')) : "";
                    top = top == null && !first.isEmpty() ? into.resolve(first) : top;
                } else {
                    skip(in, size);
                    skipPadding(in, size);
                }
            }
        }
        if (top == null || !Files.isRegularFile(top.resolve("Chart.yaml"))) {
            throw new IOException("no Chart.yaml in " + archive.getFileName());
        }
        return top;
    }

    private static String name(byte[] header) {
        String name = field(header, 0, 100);
        String prefix = field(header, 345, 155);
        return prefix.isEmpty() ? name : prefix + "/" + name;
    }

    private static String paxPath(String records) {
        for (String record : records.split("\n")) {
            int space = record.indexOf(' ');
            if (space > 0 && record.startsWith("path=", space + 1)) {
                return record.substring(space + 1 + "path=".length());
            }
        }
        return null;
    }

    private static String field(byte[] header, int offset, int length) {
        int end = offset;
        while (end < offset + length && header[end] != 0) {
            end++;
        }
        return new String(header, offset, end - offset, StandardCharsets.UTF_8);
    }

    private static long octal(byte[] header, int offset, int length) {
        String text = field(header, offset, length).strip();
        try {
            return text.isEmpty() ? 0 : Long.parseLong(text, 8);
        } catch (NumberFormatException notOctal) {
            return -1;
        }
    }

    private static boolean isZero(byte[] block) {
        for (byte b : block) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean readFully(InputStream in, byte[] buffer) throws IOException {
        int read = in.readNBytes(buffer, 0, buffer.length);
        return read == buffer.length;
    }

    private static byte[] readBytes(InputStream in, long size) throws IOException {
        if (size < 0 || size > MAX_BYTES) {
            throw new IOException("a chart archive entry of " + size + " bytes");
        }
        byte[] bytes = in.readNBytes((int) size);
        if (bytes.length != size) {
            throw new IOException("the chart archive ends early");
        }
        return bytes;
    }

    private static void skip(InputStream in, long size) throws IOException {
        in.skipNBytes(Math.max(size, 0));
    }

    private static void skipPadding(InputStream in, long size) throws IOException {
        long remainder = size % BLOCK;
        if (remainder != 0) {
            in.skipNBytes(BLOCK - remainder);
        }
    }
}
