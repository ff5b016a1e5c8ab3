package dev.plumb.load;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a scan tells its loaders beyond the files they claim.
 *
 * @param root              the scanned root; loaders read other files only inside it
 * @param terraformVarFiles stack directory → var files the configuration names, root-relative
 * @param chartCache        the folder of charts from outside the repository kept on this machine, or null
 */
public record LoadContext(Path root, Map<String, List<String>> terraformVarFiles, Path chartCache) {

    public LoadContext {
        terraformVarFiles = Map.copyOf(terraformVarFiles);
    }

    public LoadContext(Path root, Map<String, List<String>> terraformVarFiles) {
        this(root, terraformVarFiles, null);
    }
}
