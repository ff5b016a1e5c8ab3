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

    private static final Pattern PATH = Pattern.compile("(?m)^\\s*(?:-\\s+)?path:\\s*[\"']?([^\"'\\s#]+)");

    private DeployedPaths() {}

    static Set<String> of(List<SourceFile> files) {
        Set<String> paths = new LinkedHashSet<>();
        for (SourceFile file : files) {
            String text = file.text();
            if (!text.contains("path:") || !(text.contains("toolkit.fluxcd.io") || text.contains("argoproj.io"))) {
                continue;
            }
            Matcher matcher = PATH.matcher(text);
            while (matcher.find()) {
                String path = matcher.group(1).replaceAll("^(\\./)+", "").replaceAll("/+$", "");
                if (!path.isEmpty() && !path.contains("://") && !path.startsWith("/") && !path.contains("..")) {
                    paths.add(path);
                }
            }
        }
        return paths;
    }
}
