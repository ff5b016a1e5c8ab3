package dev.plumb.rules.secrets;

import java.util.List;

/**
 * Whether any of a few short words occurs in a text, in one pass over it. Values of ConfigMaps can
 * be whole configuration files; asking {@code contains} once per word reads them a dozen times.
 */
final class Needles {

    private final String[] words;
    private final boolean ignoreCase;
    /** For each ASCII character, whether some word starts with it: most positions are rejected here. */
    private final boolean[] starts = new boolean[128];

    private Needles(List<String> words, boolean ignoreCase) {
        this.words = words.toArray(String[]::new);
        this.ignoreCase = ignoreCase;
        for (String word : this.words) {
            char first = word.charAt(0);
            mark(first);
            if (ignoreCase) {
                mark(Character.toUpperCase(first));
                mark(Character.toLowerCase(first));
            }
        }
    }

    static Needles of(List<String> words) {
        return new Needles(words, false);
    }

    static Needles ignoringCase(List<String> words) {
        return new Needles(words, true);
    }

    private void mark(char c) {
        if (c < starts.length) {
            starts[c] = true;
        }
    }

    boolean foundIn(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= starts.length || !starts[c]) {
                continue;
            }
            for (String word : words) {
                if (text.regionMatches(ignoreCase, i, word, 0, word.length())) {
                    return true;
                }
            }
        }
        return false;
    }
}
