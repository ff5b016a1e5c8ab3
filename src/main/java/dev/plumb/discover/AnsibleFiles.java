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
    private static final Set<String> INVENTORY_NAMES = Set.of("hosts", "hosts.ini", "hosts.yml", "hosts.yaml",
            "inventory", "inventory.ini", "inventory.yml", "inventory.yaml");
    /** A play: a top-level list item opening with (or soon holding) {@code hosts:}. */
    private static final Pattern PLAY = Pattern.compile(
            "(?m)^-\\s+(?:hosts:|(?:ansible\\.builtin\\.)?import_playbook:)|^-\\s+name:.*\\n(?:\\s{2,4}\\S.*\\n){0,6}?\\s{2,4}hosts:");

    private AnsibleFiles() {}

    static boolean isAnsible(String path, String text) {
        String name = RelativePaths.name(path).toLowerCase(Locale.ROOT);
        if (name.equals("ansible.cfg")) {
            return true;
        }
        String[] segments = path.split("/");
        int file = segments.length - 1;
        for (int i = 0; i < file; i++) {
            String segment = segments[i];
            if (VARIABLE_FOLDERS.contains(segment)) {
                return true;
            }
            // roles/<role>/tasks/main.yml: the folder after the role's name is one Ansible reads.
            if (segment.equals("roles") && i + 2 < file && ROLE_FOLDERS.contains(segments[i + 2])) {
                return true;
            }
            if (INVENTORY_FOLDERS.contains(segment) && !text.contains("apiVersion:")) {
                return true;
            }
        }
        if (INVENTORY_NAMES.contains(name) && looksLikeInventory(text)) {
            return true;
        }
        return RelativePaths.hasYamlOrJsonExtension(path) && !name.endsWith(".json") && isPlaybook(text);
    }

    static boolean isPlaybook(String text) {
        return text.contains("hosts:") || text.contains("import_playbook") ? PLAY.matcher(text).find() : false;
    }

    /** INI groups ({@code [web]}) or a YAML inventory's {@code all:} with hosts or children. */
    private static boolean looksLikeInventory(String text) {
        return text.contains("[") && Pattern.compile("(?m)^\\[[\\w:.-]+]\\s*$").matcher(text).find()
                || text.contains("all:") && (text.contains("hosts:") || text.contains("children:"));
    }
}
