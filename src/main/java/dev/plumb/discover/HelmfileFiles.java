package dev.plumb.discover;

import java.util.Locale;

/** helmfile's own files: {@code helmfile.yaml} (also {@code .gotmpl}), {@code helmfile.d/}, and the {@code .gotmpl} values it renders. */
final class HelmfileFiles {

    private HelmfileFiles() {}

    static boolean isHelmfile(String path) {
        String name = RelativePaths.name(path).toLowerCase(Locale.ROOT);
        if (name.startsWith("helmfile.") || name.endsWith(".gotmpl")) {
            return true;
        }
        return (path.startsWith("helmfile.d/") || path.contains("/helmfile.d/")) && RelativePaths.hasYamlOrJsonExtension(path);
    }
}
