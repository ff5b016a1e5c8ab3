package dev.plumb.engine;

import dev.plumb.load.terraform.RepoPaths;
import dev.plumb.model.Platform;
import dev.plumb.model.TerraformBlock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Which stack calls each local module folder ({@code module "x" { source = "./modules/x" }}), for the compliance units. */
final class ModuleCallers {

    private ModuleCallers() {}

    /** Module folder → the folder of its first caller in file order; both root-relative, "." for the root. */
    static Map<String, String> of(Platform platform) {
        return of(platform.terraformBlocks());
    }

    static Map<String, String> of(List<TerraformBlock> blocks) {
        Map<String, String> callers = new LinkedHashMap<>();
        for (TerraformBlock block : blocks) {
            if (!block.type().equals("module")) {
                continue;
            }
            String source = block.body().get("source").text();
            if (source == null || !(source.startsWith("./") || source.startsWith("../"))) {
                continue;
            }
            String caller = Units.parent(block.file());
            String module = resolve(caller, source);
            if (module != null && !module.equals(caller)) {
                callers.putIfAbsent(module, caller);
            }
        }
        return callers;
    }

    /** {@code folder/source} normalised, "." for the root; null when it climbs out of the scanned root. */
    static String resolve(String folder, String source) {
        String resolved = RepoPaths.resolve(folder.equals(Units.ROOT) ? "" : folder, source);
        return resolved == null ? null : resolved.isEmpty() ? Units.ROOT : resolved;
    }
}
