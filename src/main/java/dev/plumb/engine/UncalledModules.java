package dev.plumb.engine;

import dev.plumb.model.NotLive;
import dev.plumb.model.TerraformBlock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Terraform modules of the repository that no stack calls: a library kept for later or for others,
 * not a deployment, so its findings are not live. A folder counts as a module when it sits under a
 * {@code modules/} folder; any other folder of {@code .tf} files is a stack of its own.
 */
final class UncalledModules {

    private UncalledModules() {}

    static Map<String, NotLive> of(List<TerraformBlock> blocks) {
        Set<String> folders = new TreeSet<>();
        for (TerraformBlock block : blocks) {
            folders.add(Units.parent(block.file()));
        }
        if (folders.isEmpty()) {
            return Map.of();
        }
        Set<String> called = ModuleCallers.of(blocks).keySet();
        Map<String, NotLive> uncalled = new LinkedHashMap<>();
        for (String folder : folders) {
            if (isModuleFolder(folder) && !called.contains(folder)) {
                uncalled.put(folder, new NotLive(folder, "Terraform module no stack of the repository calls"));
            }
        }
        return uncalled;
    }

    private static boolean isModuleFolder(String folder) {
        return ("/" + folder + "/").contains("/modules/");
    }
}
