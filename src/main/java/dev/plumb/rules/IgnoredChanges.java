package dev.plumb.rules;

import dev.plumb.model.MapNode;
import dev.plumb.model.Node;
import dev.plumb.model.Platform;
import dev.plumb.model.Resource;
import dev.plumb.model.TerraformBlock;
import dev.plumb.model.TextFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the {@code lifecycle { ignore_changes = [...] }} of each Terraform resource leaves to the cluster:
 * Terraform writes those fields when it creates the object and never again, so a rule that warns about
 * what "every apply" does to such a field would be wrong about it.
 */
public final class IgnoredChanges {

    private static final Pattern INDEX = Pattern.compile("\\[[^\\]]*\\]");
    private static final Pattern COMMENT = Pattern.compile("(#|//).*$");

    /** "file:line" of a resource block's header → the paths as written ({@code spec[0].replicas}, {@code all}). */
    private final Map<String, List<String>> byBlock = new HashMap<>();

    private IgnoredChanges(Platform platform) {
        Map<String, TextFile> files = null;
        for (TerraformBlock block : platform.terraformBlocks()) {
            if (!block.type().equals("resource")) {
                continue;
            }
            for (Node lifecycle : block.body().get("lifecycle").elements()) {
                if (!(lifecycle instanceof MapNode body) || !body.has("ignore_changes")) {
                    continue;
                }
                if (files == null) {
                    files = new HashMap<>();
                    for (TextFile file : platform.textFiles()) {
                        files.put(file.path(), file);
                    }
                }
                TextFile source = files.get(block.file());
                List<String> paths = paths(source == null ? null : source.lines(), body.get("ignore_changes"));
                byBlock.computeIfAbsent(key(block.file(), block.position().line()), k -> new ArrayList<>()).addAll(paths);
            }
        }
    }

    public static IgnoredChanges of(Platform platform) {
        return platform.derived(IgnoredChanges.class, IgnoredChanges::new);
    }

    /**
     * True when the object comes from a Terraform resource whose ignore_changes covers {@code field}
     * (a dotted path such as {@code spec.replicas}): by {@code all}, the field itself or a parent of it.
     */
    public boolean leavesToCluster(Resource resource, String field) {
        if (!resource.origin().fromTerraform()) {
            return false;
        }
        for (String path : byBlock.getOrDefault(key(resource.origin().file(), resource.origin().line()), List.of())) {
            String bare = bare(path);
            if (bare.equals("all") || field.equals(bare) || field.startsWith(bare + ".")) {
                return true;
            }
        }
        return false;
    }

    /** {@code spec[0].template[0].metadata} → {@code spec.template.metadata}. */
    public static String bare(String path) {
        return INDEX.matcher(path).replaceAll("");
    }

    /**
     * The references are unknown values to the loader, so they are read from the source: {@code all}, or
     * the comma-separated paths inside the brackets, with comments stripped.
     */
    public static List<String> paths(List<String> fileLines, Node value) {
        if (fileLines == null || value.line() < 1 || value.endLine() > fileLines.size()) {
            return List.of();
        }
        StringBuilder text = new StringBuilder();
        for (int line = value.line(); line <= value.endLine(); line++) {
            String source = fileLines.get(line - 1);
            if (line == value.line()) {
                source = source.substring(Math.min(source.length(), Math.max(0, value.position().column() - 1)));
            }
            text.append(COMMENT.matcher(source).replaceAll("")).append('\n');
        }
        String written = text.toString().trim();
        if (written.equals("all")) {
            return List.of("all");
        }
        int open = written.indexOf('[');
        int close = written.lastIndexOf(']');
        if (open != 0 || close < 0) {
            return List.of();
        }
        List<String> paths = new ArrayList<>();
        for (String element : written.substring(1, close).split(",")) {
            String path = element.strip();
            if (!path.isEmpty()) {
                paths.add(path);
            }
        }
        return paths;
    }

    private static String key(String file, int line) {
        return file + ":" + line;
    }
}
