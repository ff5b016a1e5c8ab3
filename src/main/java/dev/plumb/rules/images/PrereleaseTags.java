package dev.plumb.rules.images;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises the pre-release part of an image tag ("rc" in "2.0.0-rc.1", "a" in "3.14.0a3"). */
final class PrereleaseTags {

    /**
     * Words that mark a build nobody released as stable. Matched against whole runs of letters, so
     * "alpine" is not "alpha" and CUDA's "devel" variant is not "dev".
     */
    private static final Set<String> WORDS = Set.of(
            "alpha", "beta", "rc", "pre", "prerelease", "preview", "dev", "snapshot", "nightly", "canary", "unstable");

    /**
     * Words made only of hex letters: a git-sha tag ("sha-3ea91f0") contains them by chance, so they
     * only count as a token of their own ("23-ea-jdk", JDK early access).
     */
    private static final Set<String> HEX_WORDS = Set.of("ea");

    /** PEP 440 pre-releases ("3.14.0a3", "3.13.0b2") after a dotted version; "8u372-b07" (a JDK build number) is not one. */
    private static final Pattern PEP440 = Pattern.compile("(?<![a-z0-9.])v?\\d+(?:\\.\\d+)+(a|b)\\d+(?![a-z0-9])");
    private static final Pattern TOKEN_SPLIT = Pattern.compile("[^a-z0-9]+");
    private static final Pattern LETTERS = Pattern.compile("[a-z]+");

    private PrereleaseTags() {
    }

    /** The pre-release word of {@code tag} as written in lower case, or empty for a release tag. */
    static Optional<String> marker(String tag) {
        String lower = tag.toLowerCase(Locale.ROOT);
        for (String token : TOKEN_SPLIT.split(lower)) {
            if (HEX_WORDS.contains(token)) {
                return Optional.of(token);
            }
            Matcher letters = LETTERS.matcher(token);
            while (letters.find()) {
                if (WORDS.contains(letters.group())) {
                    return Optional.of(letters.group());
                }
            }
        }
        Matcher pep440 = PEP440.matcher(lower);
        return pep440.find() ? Optional.of(pep440.group(1)) : Optional.empty();
    }
}
