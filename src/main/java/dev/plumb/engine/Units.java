package dev.plumb.engine;

import dev.plumb.load.GitOpsPaths;
import dev.plumb.result.UnitKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which unit — chart, Terraform stack or folder — each file of the repository belongs to. A folder
 * glob from {@code .plumb.yaml} ({@code compliance.units}) wins, matched against the file's nearest
 * ancestor folder; then the innermost chart (a folder with Chart.yaml); then the folder of a
 * Terraform stack (a folder holding .tf files, or OpenTofu's .tofu files); then the file's own
 * folder, or its top-level folder when the configuration says {@value #TOP_LEVEL}. A local module's
 * folder is no stack of its own: its files belong to the unit of the stack that calls it (the first
 * caller, in file order), since its resources are checked per call of that stack.
 */
final class Units {

    /** The {@code compliance.units} entry that makes every top-level folder one unit. */
    static final String TOP_LEVEL = "top-level";

    /** The root folder's path, for files that sit at the top of the scanned tree. */
    static final String ROOT = GitOpsPaths.ROOT;

    record Placement(String path, UnitKind kind) {}

    private final List<Glob> globs = new ArrayList<>();
    private final boolean topLevel;
    private final Set<String> charts = new HashSet<>();
    private final Set<String> stacks = new HashSet<>();
    private final Map<String, Placement> placements = new HashMap<>();
    private final Map<String, String> callers;

    Units(List<String> configured, List<String> files) {
        this(configured, files, Map.of());
    }

    /** {@code callers}: local module folder → the folder of the first stack that calls it. */
    Units(List<String> configured, List<String> files, Map<String, String> callers) {
        this.callers = callers;
        boolean top = false;
        for (String entry : configured) {
            if (entry.equals(TOP_LEVEL)) {
                top = true;
            } else {
                globs.add(Glob.of(trimSlashes(entry)));
            }
        }
        this.topLevel = top;
        for (String file : files) {
            String name = file.substring(file.lastIndexOf('/') + 1);
            if (name.equals("Chart.yaml")) {
                charts.add(parent(file));
            } else if (name.endsWith(".tf") || name.endsWith(".tofu")
                    || name.endsWith(".tf.json") || name.endsWith(".tofu.json")) {
                stacks.add(parent(file));
            }
        }
    }

    Placement of(String file) {
        return placements.computeIfAbsent(file, this::place);
    }

    private Placement place(String file) {
        String folder = parent(file);
        for (String directory = folder; ; directory = parent(directory)) {
            if (!directory.equals(ROOT) && matchesGlob(directory)) {
                return new Placement(directory, kindOf(directory));
            }
            if (directory.equals(ROOT)) {
                break;
            }
        }
        for (String directory = folder; ; directory = parent(directory)) {
            if (charts.contains(directory)) {
                return new Placement(directory, UnitKind.CHART);
            }
            if (directory.equals(ROOT)) {
                break;
            }
        }
        String caller = callers.get(folder);
        if (caller != null && !caller.equals(folder) && stacks.contains(caller)) {
            return callerPlacement(folder);
        }
        if (stacks.contains(folder)) {
            return new Placement(folder, UnitKind.TERRAFORM_STACK);
        }
        if (topLevel && !folder.equals(ROOT)) {
            int slash = folder.indexOf('/');
            return new Placement(slash < 0 ? folder : folder.substring(0, slash), UnitKind.FOLDER);
        }
        return new Placement(folder, UnitKind.FOLDER);
    }

    /** Follows module calls up to the stack nobody calls; modules calling each other in a circle stay where they are. */
    private Placement callerPlacement(String module) {
        String folder = module;
        Set<String> seen = new HashSet<>();
        while (callers.containsKey(folder) && stacks.contains(callers.get(folder)) && seen.add(folder)) {
            folder = callers.get(folder);
        }
        return seen.contains(folder) ? new Placement(module, UnitKind.TERRAFORM_STACK)
                : new Placement(folder, UnitKind.TERRAFORM_STACK);
    }

    private boolean matchesGlob(String directory) {
        return globs.stream().anyMatch(glob -> glob.matches(directory));
    }

    private UnitKind kindOf(String directory) {
        if (charts.contains(directory)) {
            return UnitKind.CHART;
        }
        return stacks.contains(directory) ? UnitKind.TERRAFORM_STACK : UnitKind.FOLDER;
    }

    static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? ROOT : path.substring(0, slash);
    }

    private static String trimSlashes(String glob) {
        String trimmed = glob.startsWith("./") ? glob.substring(2) : glob;
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }
}
