package dev.plumb.discover;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises an Ansible project's files by where Ansible looks for them (a role's folders,
 * {@code group_vars}, {@code host_vars}, inventories, {@code ansible.cfg}) and playbooks by their
 * shape: a list of plays, each with {@code hosts:} or an {@code import_playbook}.
 */
final class AnsibleFiles {

    /** The folders of a role that Ansible reads by name: {@code roles/<role>/<folder>/…}. */
    private static final Set<String> ROLE_FOLDERS = Set.of(
            "tasks", "handlers", "defaults", "vars", "meta", "templates", "files", "library", "module_utils",
            "lookup_plugins", "filter_plugins");
    private static final Set<String> VARIABLE_FOLDERS = Set.of("group_vars", "host_vars");
    private static final Set<String> INVENTORY_FOLDERS = Set.of("inventory", "inventories");
    /** Folders that hold an Ansible project: everything of the kinds Ansible reads below them is Ansible's. */
    private static final Set<String> PROJECT_FOLDERS = Set.of("ansible", "playbooks");
    private static final Set<String> PROJECT_EXTENSIONS = Set.of("yml", "yaml", "j2", "ini", "cfg");
    /**
     * A play: a list item opening with (or soon holding) {@code hosts:} with a pattern as its value, or
     * an {@code import_playbook}. An Ingress's {@code tls: - hosts:} holds a list, and the file has an apiVersion.
     */
    private static final Pattern PLAY = Pattern.compile(
            "(?m)^\\s*-\\s+(?:hosts:\\s*[\\w\"'{!*]|(?:ansible\\.builtin\\.)?import_playbook:)"
                    + "|^\\s*-\\s+name:.*\\n(?:\\s{2,8}\\S.*\\n){0,6}?\\s{2,8}hosts:\\s*[\\w\"'{!*]");
    private static final Pattern API_VERSION = Pattern.compile("(?m)^\\s*apiVersion:");

    private AnsibleFiles() {}

    static boolean isAnsible(String path, String text) {
        String name = RelativePaths.name(path).toLowerCase(Locale.ROOT);
        if (name.equals("ansible.cfg")) {
            return true;
        }
        String[] segments = path.split("/");
        int file = segments.length - 1;
        boolean manifest = isManifest(text);
        for (int i = 0; i < file; i++) {
            String segment = segments[i];
            if (VARIABLE_FOLDERS.contains(segment)) {
                return true;
            }
            // roles/<role>/tasks/main.yml, or a collection's roles/<collection>/<role>/tasks/main.yml.
            if (segment.equals("roles") && roleFolderBelow(segments, i, file)) {
                return true;
            }
            if (INVENTORY_FOLDERS.contains(segment) && !manifest) {
                return true;
            }
            if (PROJECT_FOLDERS.contains(segment.toLowerCase(Locale.ROOT)) && !manifest
                    && PROJECT_EXTENSIONS.contains(extension(name))) {
                return true;
            }
        }
        if (!manifest && looksLikeInventory(name, text)) {
            return true;
        }
        return !manifest && RelativePaths.hasYamlOrJsonExtension(path) && !name.endsWith(".json") && isPlaybook(text);
    }

    private static boolean roleFolderBelow(String[] segments, int roles, int file) {
        for (int i = roles + 2; i < file && i <= roles + 3; i++) {
            if (ROLE_FOLDERS.contains(segments[i])) {
                return true;
            }
        }
        return false;
    }

    /** A list of plays; the caller has made sure the file is no Kubernetes manifest, which also lists hosts. */
    private static boolean isPlaybook(String text) {
        return (text.contains("hosts:") || text.contains("import_playbook")) && PLAY.matcher(text).find();
    }

    /**
     * A file named as inventories are ({@code hosts}, {@code inventory.yml}, {@code inventory-sample.yml})
     * holding INI groups ({@code [web]}) or YAML groups with hosts or children.
     */
    private static boolean looksLikeInventory(String name, String text) {
        if (!(name.startsWith("hosts") || name.startsWith("inventory"))) {
            return false;
        }
        return text.contains("[") && Pattern.compile("(?m)^\\[[\\w:.-]+]\\s*$").matcher(text).find()
                || text.contains("hosts:") || text.contains("children:");
    }

    private static boolean isManifest(String text) {
        return text.contains("apiVersion:") && API_VERSION.matcher(text).find();
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }
}
