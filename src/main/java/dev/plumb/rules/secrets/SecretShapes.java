package dev.plumb.rules.secrets;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Values whose shape alone gives them away as key material or a provider's token, wherever they sit. */
final class SecretShapes {

    /** {@code hints}: literal text every match contains; checking them first spares the regex on almost every value. */
    private record Shape(String description, Pattern pattern, List<String> hints) {

        boolean foundIn(String value) {
            for (String hint : hints) {
                if (value.contains(hint)) {
                    return pattern.matcher(value).find();
                }
            }
            return false;
        }
    }

    private static final List<Shape> SHAPES = List.of(
            // Before the PEM shape, which its private_key also matches: the file's own name tells the operator more.
            shape("a Google service-account key",
                    "(?s)(?=.*\"type\"\\s*:\\s*\"service_account\").*\"private_key\"\\s*:\\s*\"-----BEGIN", "service_account"),
            shape("a PEM private key", "-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----", "PRIVATE KEY"),
            shape("an age secret key", "AGE-SECRET-KEY-1[0-9A-Z]{58}", "AGE-SECRET-KEY-1"),
            shape("a git-crypt key", "\u0000GITCRYPTKEY", "GITCRYPTKEY"),
            shape("a GitHub token", "\\b(?:gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{22,})",
                    "ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_"),
            shape("a GitLab token", "\\bglpat-[A-Za-z0-9_-]{20,}", "glpat-"),
            shape("a Slack token", "\\bxox[bpars]-[A-Za-z0-9-]{10,}", "xox"),
            shape("an AWS access key ID", "\\b(?:AKIA|ASIA)[0-9A-Z]{16}\\b", "AKIA", "ASIA"),
            shape("a Stripe live key", "\\b[rs]k_live_[0-9A-Za-z]{16,}", "k_live_"),
            shape("a Google API key", "\\bAIza[0-9A-Za-z_-]{35}", "AIza"),
            shape("an Azure storage connection string", "\\bAccountKey=[A-Za-z0-9+/]{20,}={0,2}", "AccountKey="),
            shape("a JSON Web Token", "\\beyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]*", "eyJ"));

    /** scheme://user:password@host, the form database and queue URLs carry credentials in. */
    private static final Pattern URL_PASSWORD = Pattern.compile("\\b[A-Za-z][A-Za-z0-9+.-]*://[^/\\s:@]*:([^@\\s/]+)@");

    private SecretShapes() {
    }

    private static Shape shape(String description, String regex, String... hints) {
        return new Shape(description, Pattern.compile(regex), List.of(hints));
    }

    /** Every shape's hints together: one pass rules out the ordinary value before any shape looks at it. */
    private static final Needles ANY_HINT = Needles.of(SHAPES.stream().flatMap(shape -> shape.hints().stream()).toList());

    /** What the value holds ("a PEM private key"), if it has a recognisable shape. */
    static Optional<String> find(String value) {
        if (!ANY_HINT.foundIn(value)) {
            return Optional.empty();
        }
        for (Shape shape : SHAPES) {
            if (shape.foundIn(value)) {
                return Optional.of(shape.description());
            }
        }
        return Optional.empty();
    }

    /** The length of a literal password embedded in a URL, or -1. */
    static int urlPasswordLength(String value) {
        if (value.indexOf('@') < 0 || !value.contains("://")) {
            return -1;
        }
        Matcher matcher = URL_PASSWORD.matcher(value);
        while (matcher.find()) {
            if (LiteralValues.isLiteral(matcher.group(1))) {
                return matcher.group(1).length();
            }
        }
        return -1;
    }
}
