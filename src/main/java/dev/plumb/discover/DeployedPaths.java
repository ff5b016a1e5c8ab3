package dev.plumb.discover;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The repository folders that Flux or Argo CD objects apply ({@code path: ./kubernetes/apps/test}),
 * read from the text of the files that declare them, before anything is loaded: discovery needs
 * them to tell a live folder named {@code test} (a test cluster) from test fixtures.
 */
final class DeployedPaths {

    private static final String KEY = "path:";
    /** The rest of a line after {@code path:}: the value, unquoted. */
    private static final Pattern VALUE = Pattern.compile("\\s*[\"']?([^\"'\\s#]+)");

    private DeployedPaths() {}

    static Set<String> of(List<SourceFile> files) {
        Set<String> paths = new LinkedHashSet<>();
        for (SourceFile file : files) {
            String text = file.text();
            if (!text.contains("path:") || !(text.contains("toolkit.fluxcd.io") || text.contains("argoproj.io"))) {
                continue;
            }
            // indexOf, not a multi-line regex: these files are often large, and a "^" pattern is tried at every offset.
            for (int at = text.indexOf(KEY); at >= 0; at = text.indexOf(KEY, at + KEY.length())) {
                if (!onlyIndentBefore(text, at)) {
                    continue;
                }
                Matcher value = VALUE.matcher(text).region(at + KEY.length(), Math.min(text.length(), at + 512));
                if (value.lookingAt()) {
                    String path = value.group(1).replaceAll("^(\\./)+", "").replaceAll("/+$", "");
                    if (!path.isEmpty() && !path.contains("://") && !path.startsWith("/") && !path.contains("..")) {
                        paths.add(path);
                    }
                }
            }
        }
        return paths;
    }

    /** A key of its own: only indentation, or a list dash, stands between the line start and it. */
    private static boolean onlyIndentBefore(String text, int at) {
        for (int i = at - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (c != ' ' && c != '-' && c != '\t') {
                return false;
            }
        }
        return true;
    }
}
