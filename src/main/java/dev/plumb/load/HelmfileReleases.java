package dev.plumb.load;

import dev.plumb.model.FileCoverage;
import dev.plumb.model.SourceKind;
import dev.plumb.model.SourceType;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * helmfile, until plumb reads it: its files are counted, and what its releases install may be any
 * kind, in the namespaces the releases name (charts put their objects in the release's namespace).
 * A release whose namespace is templated or left out could install anywhere.
 */
public final class HelmfileReleases implements SourceLoader {

    static final String SKIP_REASON = "helmfile: not read yet";

    private static final Pattern RELEASE = Pattern.compile("(?m)^\\s*-\\s+name:");
    private static final Pattern NAMESPACE = Pattern.compile("(?m)^\\s+namespace:\\s*[\"']?([^\\s\"'#]+)");

    @Override
    public boolean claims(SourceKind kind, String path) {
        return kind == SourceKind.HELMFILE;
    }

    @Override
    public void load(List<InputFile> files, LoadContext context, LoadOutput output) {
        for (InputFile file : files) {
            output.setAside(file.path(), SKIP_REASON);
            // A values file installs nothing by itself; a file of releases may install anything.
            boolean releases = file.text().contains("chart:") && RELEASE.matcher(file.text()).find();
            FileCoverage coverage = FileCoverage.notAnalysed(file.path(), SourceType.HELMFILE, FileCoverage.NOT_SUPPORTED,
                    releases ? Set.of(FileCoverage.ANY_KIND) : Set.of());
            Set<String> namespaces = namespaces(file.text());
            output.cover(namespaces.isEmpty() ? coverage : coverage.definingIn(namespaces));
        }
    }

    /** The releases' namespaces, or none when a release may land anywhere. */
    static Set<String> namespaces(String text) {
        int releases = count(RELEASE.matcher(text));
        Set<String> namespaces = new LinkedHashSet<>();
        Matcher namespace = NAMESPACE.matcher(text);
        int named = 0;
        while (namespace.find()) {
            String name = namespace.group(1);
            if (name.contains("{{") || name.contains("$")) {
                return Set.of();
            }
            namespaces.add(name);
            named++;
        }
        return releases == 0 || named < releases ? Set.of() : namespaces;
    }

    private static int count(Matcher matcher) {
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
