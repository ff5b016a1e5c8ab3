package dev.plumb.load.gotemplate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masterminds/semver's constraint check as sprig's {@code semverCompare} uses it: comparison operators,
 * {@code ~} and {@code ^}, wildcards, space or comma for "and", {@code ||} for "or", and ranges {@code a - b}.
 * A prerelease version satisfies only constraints that name a prerelease.
 */
final class Semver {

    private static final Pattern VERSION = Pattern.compile(
            "^v?(\\d+)(?:\\.(\\d+|[xX*]))?(?:\\.(\\d+|[xX*]))?(?:-([0-9A-Za-z.-]+))?(?:\\+[0-9A-Za-z.-]+)?$");
    private static final Pattern TERM = Pattern.compile("^(=|!=|>=|=>|<=|=<|>|<|~>|~|\\^)?\\s*(.+)$");

    private record Version(long major, long minor, long patch, String prerelease, int wildcardFrom) {}

    private Semver() {
    }

    static boolean satisfies(String constraint, String version) {
        Version v = parse(version.trim(), false);
        if (v == null) {
            throw new FunctionException("invalid semantic version");
        }
        for (String alternative : constraint.split("\\|\\|")) {
            String normalised = alternative.trim().replaceAll("\\s+-\\s+", " - ");
            if (matchesAll(normalised, v)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesAll(String conjunction, Version v) {
        String[] words = conjunction.replace(",", " ").trim().split("\\s+");
        boolean any = false;
        for (int i = 0; i < words.length; i++) {
            if (words[i].isEmpty()) {
                continue;
            }
            any = true;
            if (i + 2 < words.length && words[i + 1].equals("-")) {
                if (!term(">=" + words[i], v) || !term("<=" + words[i + 2], v)) {
                    return false;
                }
                i += 2;
                continue;
            }
            String word = words[i];
            // "> 1.2" written with a space: the operator and its version are one term.
            if (word.matches("[<>=!~^]+") && i + 1 < words.length) {
                word = word + words[++i];
            }
            if (!term(word, v)) {
                return false;
            }
        }
        if (!any) {
            throw new FunctionException("improper constraint: " + conjunction);
        }
        return true;
    }

    private static boolean term(String text, Version v) {
        Matcher matcher = TERM.matcher(text);
        if (!matcher.matches()) {
            throw new FunctionException("improper constraint: " + text);
        }
        String operator = matcher.group(1) == null ? "=" : matcher.group(1);
        Version c = parse(matcher.group(2).trim(), true);
        if (c == null) {
            throw new FunctionException("improper constraint: " + text);
        }
        if (!v.prerelease().isEmpty() && c.prerelease().isEmpty()) {
            return false;
        }
        int wild = c.wildcardFrom();
        return switch (operator) {
            case "=" -> wild < 3 ? inWildcard(c, v) : compare(v, c) == 0;
            case "!=" -> wild < 3 ? !inWildcard(c, v) : compare(v, c) != 0;
            case ">" -> wild < 3 ? compare(v, bump(c)) >= 0 : compare(v, c) > 0;
            case ">=", "=>" -> compare(v, c) >= 0;
            case "<" -> compare(v, c) < 0;
            case "<=", "=<" -> wild < 3 ? compare(v, bump(c)) < 0 : compare(v, c) <= 0;
            case "~", "~>" -> compare(v, c) >= 0 && (wild <= 1 ? v.major() == c.major()
                    : v.major() == c.major() && v.minor() == c.minor());
            default -> compare(v, c) >= 0 && (c.major() > 0 ? v.major() == c.major()
                    : c.minor() > 0 || wild <= 1 ? v.major() == 0 && (wild <= 1 || v.minor() == c.minor())
                    : v.major() == 0 && v.minor() == 0 && (wild <= 2 || v.patch() == c.patch()));
        };
    }

    private static boolean inWildcard(Version c, Version v) {
        return v.major() == c.major() && (c.wildcardFrom() <= 1 || v.minor() == c.minor());
    }

    /** The first version above a wildcard range: 1.2.x → 1.3.0. */
    private static Version bump(Version c) {
        return c.wildcardFrom() <= 1 ? new Version(c.major() + 1, 0, 0, "", 3) : new Version(c.major(), c.minor() + 1, 0, "", 3);
    }

    private static Version parse(String text, boolean constraint) {
        if (constraint && (text.equals("*") || text.equalsIgnoreCase("x"))) {
            return new Version(0, 0, 0, "", 0);
        }
        Matcher matcher = VERSION.matcher(text);
        if (!matcher.matches()) {
            return null;
        }
        int wildcard = 3;
        long minor = 0;
        long patch = 0;
        if (matcher.group(2) == null || !Character.isDigit(matcher.group(2).charAt(0))) {
            wildcard = 1;
        } else {
            minor = Long.parseLong(matcher.group(2));
            if (matcher.group(3) == null || !Character.isDigit(matcher.group(3).charAt(0))) {
                wildcard = 2;
            } else {
                patch = Long.parseLong(matcher.group(3));
            }
        }
        if (!constraint) {
            wildcard = 3;
        }
        return new Version(Long.parseLong(matcher.group(1)), minor, patch,
                matcher.group(4) == null ? "" : matcher.group(4), wildcard);
    }

    private static int compare(Version a, Version b) {
        int result = Long.compare(a.major(), b.major());
        if (result == 0) {
            result = Long.compare(a.minor(), b.minor());
        }
        if (result == 0) {
            result = Long.compare(a.patch(), b.patch());
        }
        if (result != 0) {
            return result;
        }
        if (a.prerelease().isEmpty() || b.prerelease().isEmpty()) {
            return a.prerelease().isEmpty() == b.prerelease().isEmpty() ? 0 : a.prerelease().isEmpty() ? 1 : -1;
        }
        String[] x = a.prerelease().split("\\.");
        String[] y = b.prerelease().split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            boolean xNumber = x[i].matches("\\d+");
            boolean yNumber = y[i].matches("\\d+");
            int part = xNumber && yNumber ? Long.compare(Long.parseLong(x[i]), Long.parseLong(y[i]))
                    : xNumber ? -1 : yNumber ? 1 : x[i].compareTo(y[i]);
            if (part != 0) {
                return part;
            }
        }
        return Integer.compare(x.length, y.length);
    }
}
