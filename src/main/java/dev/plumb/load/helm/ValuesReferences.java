package dev.plumb.load.helm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values a template line reads: {@code .Values.image.tag} written in it, or, for a line that emits a
 * block ({@code toYaml .Values.resources}, or {@code toYaml .} inside {@code with .Values.securityContext}),
 * the values path the block comes from.
 */
final class ValuesReferences {

    private static final Pattern REFERENCE = Pattern.compile("\\$?\\.Values((?:\\.[A-Za-z_]\\w*)+)");
    private static final Pattern EMITTED = Pattern.compile("(?:toYaml|toJson|toPrettyJson|tpl)\\s+\\(?\\s*\\$?\\.Values((?:\\.[A-Za-z_]\\w*)+)");
    private static final Pattern EMITTED_DOT = Pattern.compile("(?:toYaml|toJson|toPrettyJson)\\s+\\.\\s*[|)}]");
    private static final Pattern WITH = Pattern.compile("\\{\\{-?\\s*with\\s+\\$?\\.Values((?:\\.[A-Za-z_]\\w*)+)");
    private static final Pattern END_OR_WITH = Pattern.compile("\\{\\{-?\\s*(?:end|with)\\b");

    private ValuesReferences() {}

    /** Values paths written on the line, in order. */
    static List<List<String>> on(String line) {
        List<List<String>> paths = new ArrayList<>();
        Matcher reference = REFERENCE.matcher(line);
        while (reference.find()) {
            paths.add(path(reference.group(1)));
        }
        return paths;
    }

    /** The values path a block-emitting line writes out, or null. */
    static List<String> emittedBy(String[] template, int line) {
        String text = template[line];
        Matcher emitted = EMITTED.matcher(text);
        if (emitted.find()) {
            return path(emitted.group(1));
        }
        if (!EMITTED_DOT.matcher(text).find()) {
            return null;
        }
        // `.` is whatever the nearest open `with` set: look up past lines until one opens or closes a block.
        for (int above = line - 1; above >= 0; above--) {
            Matcher with = WITH.matcher(template[above]);
            if (with.find()) {
                return path(with.group(1));
            }
            if (END_OR_WITH.matcher(template[above]).find()) {
                return null;
            }
        }
        return null;
    }

    private static List<String> path(String dotted) {
        return Arrays.asList(dotted.substring(1).split("\\."));
    }
}
