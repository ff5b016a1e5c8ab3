package dev.plumb.load;

import dev.plumb.model.FileCoverage;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kinds a file plumb could not load may define, read from its {@code kind:} lines: a chart
 * template, a manifest broken half-way. A kind written as a template expression could be anything.
 */
public final class KindLines {

    private static final Pattern KIND = Pattern.compile("(?m)^\\s{0,4}kind:\\s*[\"']?([^\\s\"'#]+)|\"kind\"\\s*:\\s*\"([^\"]+)\"");

    private KindLines() {}

    public static Set<String> in(String text) {
        Set<String> kinds = new HashSet<>();
        if (!text.contains("kind")) {
            return kinds;
        }
        Matcher matcher = KIND.matcher(text);
        while (matcher.find()) {
            String kind = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
            kinds.add(kind.contains("{{") || kind.contains("$") ? FileCoverage.ANY_KIND : kind);
        }
        return kinds;
    }
}
