package dev.plumb.rules.terraform;

import dev.plumb.model.Platform;
import dev.plumb.model.TextFile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The repository's files by path, for Terraform rules that read what the loader leaves unknown
 * (references, function calls) from the source text. Built once per scan; a file is split into
 * lines only when a rule asks for it.
 */
final class TerraformSources {

    private final Map<String, TextFile> files;
    private final Map<String, List<String>> lines = new ConcurrentHashMap<>();

    private TerraformSources(Platform platform) {
        Map<String, TextFile> byPath = new HashMap<>();
        for (TextFile file : platform.textFiles()) {
            byPath.put(file.path(), file);
        }
        this.files = byPath;
    }

    static TerraformSources of(Platform platform) {
        return platform.derived(TerraformSources.class, TerraformSources::new);
    }

    /** The file's lines (line N is element N-1), or null when the scan did not read it. */
    List<String> lines(String path) {
        TextFile file = files.get(path);
        return file == null ? null : lines.computeIfAbsent(path, key -> file.lines());
    }

    /** The file's text, or null when it is not in the scan (outside the root, ignored, binary). */
    String text(String path) {
        TextFile file = files.get(path);
        return file == null ? null : file.text();
    }
}
