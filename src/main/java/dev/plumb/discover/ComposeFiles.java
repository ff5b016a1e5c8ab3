package dev.plumb.discover;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises Docker Compose files: by the names {@code docker compose} looks for, and by shape (a
 * top-level {@code services:} whose entries have an {@code image:} or {@code build:}, and no
 * Kubernetes {@code apiVersion}), so fragments kept per service or per host are found too.
 */
final class ComposeFiles {

    private static final Pattern NAME = Pattern.compile("(?:docker-)?compose(?:[.-][\\w.-]+)?\\.ya?ml");
    private static final Pattern SERVICES = Pattern.compile("(?m)^services:\\s*(?:#.*)?$");
    private static final Pattern SERVICE_IMAGE = Pattern.compile("(?m)^\\s{2,8}(?:image|build):");
    private static final Pattern API_VERSION = Pattern.compile("(?m)^apiVersion:");

    private ComposeFiles() {}

    static boolean isCompose(String path, String text) {
        if (!RelativePaths.hasYamlOrJsonExtension(path) || path.endsWith(".json")) {
            return false;
        }
        boolean shaped = text.contains("services:") && SERVICES.matcher(text).find()
                && SERVICE_IMAGE.matcher(text).find() && !API_VERSION.matcher(text).find();
        return shaped || NAME.matcher(RelativePaths.name(path).toLowerCase(Locale.ROOT)).matches()
                && !API_VERSION.matcher(text).find();
    }
}
