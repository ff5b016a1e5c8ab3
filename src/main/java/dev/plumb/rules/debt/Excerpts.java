package dev.plumb.rules.debt;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A comment shortened for a message, unless it might hold a credential: a TODO next to a token
 * ("TODO rotate: ghp_…") is exactly where secrets end up, and a message must never repeat one.
 */
final class Excerpts {

    static final int MAX_LENGTH = 80;

    /** Tokens of well-known providers and key material, whatever surrounds them. */
    private static final List<String> KNOWN_SHAPES = List.of(
            "PRIVATE KEY", "AGE-SECRET-KEY-", "ghp_", "gho_", "ghs_", "github_pat_", "glpat-", "xoxb-", "xoxp-",
            "xoxa-", "AKIA", "ASIA", "k_live_", "AIza", "eyJ");
    /**
     * Any mention of a credential: "password is hunter2" leaks as surely as "password=hunter2", and
     * no pattern tells the two apart reliably, so such comments are never quoted.
     */
    private static final Pattern CREDENTIAL_WORD = Pattern.compile(
            "(?i)pass(?:word|wd|phrase)|secret|token|api[ _-]?key|access[ _-]?key|private[ _-]?key|credential"
                    + "|\\bpwd?\\b");
    /** scheme://user:password@host */
    private static final Pattern URL_PASSWORD = Pattern.compile("://[^/\\s:@]*:[^@\\s/]+@");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** A long run of letters and digits with no word breaks: a key, a hash, a token. */
    private static final Pattern RANDOM_RUN = Pattern.compile("[A-Za-z0-9+=_]{16,}");

    private Excerpts() {
    }

    /**
     * The comment collapsed to one spaced line and cut to {@link #MAX_LENGTH} characters, starting
     * near {@code focus} (an index into {@code comment}) when the comment is long; null when the
     * comment looks like it carries a credential.
     */
    static String of(String comment, int focus) {
        if (mayHoldCredential(comment)) {
            return null;
        }
        int at = Math.max(0, Math.min(focus, comment.length()));
        String before = SPACES.matcher(comment.substring(0, at)).replaceAll(" ").stripLeading();
        String text = before + SPACES.matcher(comment.substring(at)).replaceAll(" ").stripTrailing();
        if (text.length() <= MAX_LENGTH) {
            return text;
        }
        int from = before.length() > MAX_LENGTH / 2 ? before.length() : 0;
        String cut = text.substring(from, Math.min(text.length(), from + MAX_LENGTH - 2)).strip();
        return (from > 0 ? "…" : "") + cut + "…";
    }

    static boolean mayHoldCredential(String text) {
        for (String shape : KNOWN_SHAPES) {
            if (text.contains(shape)) {
                return true;
            }
        }
        if (CREDENTIAL_WORD.matcher(text).find() || URL_PASSWORD.matcher(text).find()) {
            return true;
        }
        var runs = RANDOM_RUN.matcher(text);
        while (runs.find()) {
            String run = runs.group();
            if (run.chars().anyMatch(Character::isDigit) && run.chars().anyMatch(Character::isLetter)) {
                return true;
            }
        }
        return false;
    }
}
