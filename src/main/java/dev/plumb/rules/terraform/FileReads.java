package dev.plumb.rules.terraform;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code file()}, {@code filebase64()} and {@code templatefile()} calls with a written path in
 * some lines of a {@code .tf} file, read from the source text: what a call reads is known without
 * evaluating anything else, wherever the call sits (a map value, a heredoc's {@code ${…}}, inside
 * {@code base64encode()}). Comments are not calls.
 */
final class FileReads {

    /**
     * @param line     1-based line of the call
     * @param column   1-based column of the function name
     * @param function {@code file}, {@code filebase64} or {@code templatefile}
     * @param written  the path as written, {@code ${path.module}/keys/x.key}
     * @param path     the path for matching: relative to the scanned root when it is inside it, else as
     *                 written, with {@link KeyFiles#UNKNOWN} for every expression plumb cannot know
     * @param inRepo   whether {@code path} is relative to the scanned root
     */
    record Read(int line, int column, String function, String written, String path, boolean inRepo) {}

    /** {@code file("…")}, also through {@code pathexpand("…")}; not {@code data.local_file.x} nor {@code filebase64sha256}. */
    private static final Pattern CALL = Pattern.compile(
            "(?<![\\w.])(file|filebase64|templatefile)\\s*\\(\\s*(?:pathexpand\\s*\\(\\s*)?\"((?:[^\"\\\\$]|\\\\.|\\$\\{[^}]*}|\\$)*)\"");
    private static final Pattern INTERPOLATION = Pattern.compile("\\$\\{[^}]*}");
    private static final Pattern MODULE_DIRECTORY = Pattern.compile("^\\$\\{\\s*path\\.(module|root|cwd)\\s*}/?");

    private FileReads() {
    }

    /**
     * The calls on lines {@code from} to {@code to} of {@code file}, leaving out the line ranges in
     * {@code skipped} (pairs of first and last line).
     */
    static List<Read> in(String file, List<String> lines, int from, int to, List<int[]> skipped) {
        List<Read> reads = new ArrayList<>();
        boolean inBlockComment = false;
        for (int number = from; number <= Math.min(to, lines.size()); number++) {
            String line = lines.get(number - 1);
            if (inBlockComment) {
                int close = line.indexOf("*/");
                if (close < 0) {
                    continue;
                }
                inBlockComment = false;
                line = " ".repeat(close + 2) + line.substring(close + 2);
            }
            int open = commentStart(line, "/*");
            if (open >= 0 && line.indexOf("*/", open + 2) < 0) {
                inBlockComment = true;
            }
            if (isSkipped(number, skipped) || !line.contains("file")) {
                continue;
            }
            String code = withoutComments(line);
            Matcher call = CALL.matcher(code);
            while (call.find()) {
                reads.add(read(file, number, call.start() + 1, call.group(1), call.group(2)));
            }
        }
        return reads;
    }

    private static boolean isSkipped(int line, List<int[]> skipped) {
        for (int[] range : skipped) {
            if (line >= range[0] && line <= range[1]) {
                return true;
            }
        }
        return false;
    }

    private static Read read(String file, int line, int column, String function, String written) {
        String directory = file.contains("/") ? file.substring(0, file.lastIndexOf('/')) : "";
        String path = MODULE_DIRECTORY.matcher(written).replaceFirst("");
        path = INTERPOLATION.matcher(path).replaceAll(String.valueOf(KeyFiles.UNKNOWN));
        if (path.startsWith("/") || path.startsWith("~") || path.indexOf(KeyFiles.UNKNOWN) >= 0
                && path.lastIndexOf('/') > path.indexOf(KeyFiles.UNKNOWN)) {
            // Outside the repository, or under a directory only known at plan time.
            return new Read(line, column, function, written, path, false);
        }
        String normalized = normalize(directory.isEmpty() ? path : directory + "/" + path);
        return normalized == null ? new Read(line, column, function, written, path, false)
                : new Read(line, column, function, written, normalized, true);
    }

    /** Resolves "." and ".." segments; null when the path climbs out of the scanned root. */
    private static String normalize(String path) {
        List<String> parts = new ArrayList<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.remove(parts.size() - 1);
            } else {
                parts.add(part);
            }
        }
        return String.join("/", parts);
    }

    /** The line up to its {@code #} or {@code //} comment, and without block comments that close on it. */
    private static String withoutComments(String line) {
        String code = line;
        for (int open = commentStart(code, "/*"); open >= 0; open = commentStart(code, "/*")) {
            int close = code.indexOf("*/", open + 2);
            code = close < 0 ? code.substring(0, open) : code.substring(0, open) + " ".repeat(close + 2 - open) + code.substring(close + 2);
        }
        int hash = commentStart(code, "#");
        int slashes = commentStart(code, "//");
        int cut = hash < 0 ? slashes : slashes < 0 ? hash : Math.min(hash, slashes);
        return cut < 0 ? code : code.substring(0, cut);
    }

    /**
     * Where {@code leader} opens a comment: outside a string, counting the quotes before it (a string
     * holding {@code ${file("x")}} has an even number of them, like no string at all).
     */
    private static int commentStart(String line, String leader) {
        int quotes = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                quotes++;
            } else if (quotes % 2 == 0 && line.startsWith(leader, i)) {
                return i;
            }
        }
        return -1;
    }
}
