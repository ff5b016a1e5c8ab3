package dev.plumb.load;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a scan tells its loaders beyond the files they claim.
 *
 * @param root              the scanned root; loaders read other files only inside it
 * @param terraformVarFiles stack directory → var files the configuration names, root-relative
 * @param texts             every file discovery read, root-relative path → text: a loader that follows references
 *                          (a kustomization's resources) reads them as the scan does, and a file left out of the
 *                          scan (excluded, ignored by git) is left out of what it builds too
 * @param chartCache        the folder of charts from outside the repository kept on this machine, or null
 */
public record LoadContext(Path root, Map<String, List<String>> terraformVarFiles, Map<String, String> texts,
                          Path chartCache) {

    public LoadContext {
        terraformVarFiles = Map.copyOf(terraformVarFiles);
        texts = Map.copyOf(texts);
    }

    /** A context without the scan's files (a loader tested on its own): nothing is read by reference. */
    public LoadContext(Path root, Map<String, List<String>> terraformVarFiles) {
        this(root, terraformVarFiles, Map.of(), null);
    }
}
