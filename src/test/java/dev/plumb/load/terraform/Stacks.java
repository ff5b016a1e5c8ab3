package dev.plumb.load.terraform;

import dev.plumb.model.Node;
import dev.plumb.model.Resource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A repository written in a test: root-relative path → text; its .tf and .tofu files loaded as a scan would. */
final class Stacks {

    private final Map<String, String> files = new LinkedHashMap<>();

    Stacks file(String path, String text) {
        files.put(path, text);
        return this;
    }

    TerraformStacks.Loaded load() {
        return load(Map.of());
    }

    TerraformStacks.Loaded load(Map<String, List<String>> varFiles) {
        List<TerraformStacks.Source> sources = new ArrayList<>();
        files.forEach((path, text) -> {
            if (path.endsWith(".tf") || path.endsWith(".tofu")) {
                sources.add(new TerraformStacks.Source(path, text));
            }
        });
        return TerraformStacks.load(sources, RepositoryFiles.of(files), new TerraformStacks.Settings(varFiles, java.util.Set.of()));
    }

    /** The value under {@code data.key} of the one ConfigMap called {@code name}. */
    static Node data(TerraformStacks.Loaded loaded, String name, String key) {
        return configMap(loaded, name).body().get("data").get(key);
    }

    static Resource configMap(TerraformStacks.Loaded loaded, String name) {
        return loaded.resources().stream().filter(r -> r.kind().equals("ConfigMap") && r.name().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no ConfigMap " + name + " in " + loaded.resources()));
    }

    /** A stack holding {@code declarations} and a ConfigMap "probe" whose data holds {@code entries} ("key = expression" lines). */
    static Stacks probe(String declarations, String entries) {
        return new Stacks().file("stack/main.tf", declarations + """

                resource "kubernetes_config_map_v1" "probe" {
                  metadata {
                    name      = "probe"
                    namespace = "test"
                  }
                  data = {
                """ + entries.indent(4) + """
                  }
                }
                """);
    }
}
