package dev.plumb.discover;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * helmfile's own files: {@code helmfile.yaml} (also {@code .gotmpl}), the files of a {@code helmfile/} or
 * {@code helmfile.d/} folder, any YAML of top-level chart {@code releases:}, and the {@code .gotmpl}
 * values helmfile renders.
 */
final class HelmfileFiles {

    private HelmfileFiles() {}

    /** Releases of charts at the top level, and no Kubernetes object: a helmfile whatever its name. */
    private static final Pattern RELEASES = Pattern.compile("(?m)^releases:\\s*$");
    private static final Pattern CHART = Pattern.compile("(?m)^\\s+chart:\\s*\\S");
    private static final Pattern API_VERSION = Pattern.compile("(?m)^apiVersion:");

    /** {@code helmfile.yaml}, {@code helmfile.yaml.gotmpl}: a helmfile by its name alone. */
    static boolean isNamedHelmfile(String path) {
        return RelativePaths.name(path).toLowerCase(Locale.ROOT).matches("helmfile\\.ya?ml(\\.gotmpl)?");
    }

    static boolean isHelmfile(String path, String text) {
        String name = RelativePaths.name(path).toLowerCase(Locale.ROOT);
        if (name.startsWith("helmfile.") || name.endsWith(".gotmpl")) {
            return true;
        }
        boolean yaml = RelativePaths.hasYamlOrJsonExtension(path) && !name.endsWith(".json");
        if (yaml && ("/" + path).matches(".*/helmfile(?:\\.d)?/[^/]+$")) {
            return true;
        }
        return yaml && text.contains("releases:") && RELEASES.matcher(text).find() && CHART.matcher(text).find()
                && !API_VERSION.matcher(text).find();
    }
}
