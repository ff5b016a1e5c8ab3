package dev.plumb.load.helmfile;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which of the files discovery calls helmfile's are helmfiles themselves (the others are the bases,
 * values and templates they use), and what a helmfile that does not render says as written: whether it
 * declares releases, and the namespaces they name.
 */
final class HelmfileNames {

    private static final Pattern TOP_LEVEL_RELEASES = Pattern.compile("(?m)^releases:\\s*(?:#.*)?$");
    private static final Pattern RELEASE = Pattern.compile("(?m)^\\s*-\\s+name:");
    private static final Pattern NAMESPACE = Pattern.compile("(?m)^\\s+namespace:\\s*[\"']?([^\\s\"'#]+)");

    private HelmfileNames() {
    }

    /** {@code helmfile.yaml(.gotmpl)}, a file of a {@code helmfile.d/} folder, or any file of top-level releases. */
    static boolean isHelmfile(String path, String text) {
        String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        if (name.matches("helmfile\\.ya?ml(\\.gotmpl)?")) {
            return true;
        }
        boolean yaml = name.matches(".*\\.ya?ml(\\.gotmpl)?");
        if (yaml && ("/" + path).matches(".*/helmfile\\.d/[^/]+$")) {
            return true;
        }
        return yaml && TOP_LEVEL_RELEASES.matcher(text).find();
    }

    /** A values file installs nothing by itself; a file of releases may install anything. */
    static boolean mayDeclareReleases(String text) {
        return text.contains("chart:") && RELEASE.matcher(text).find() || TOP_LEVEL_RELEASES.matcher(text).find();
    }

    /** The namespaces the releases name as written, or none when a release may land anywhere. */
    static Set<String> writtenNamespaces(String text) {
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
