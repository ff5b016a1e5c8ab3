package dev.plumb.rules;

import dev.plumb.load.yaml.LoadedFile;
import dev.plumb.load.yaml.YamlLoader;
import dev.plumb.model.IgnoreDirective;
import dev.plumb.model.LoadProblem;
import dev.plumb.model.Platform;
import dev.plumb.model.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a fixture into a platform the way a scan would, choosing the loader by file extension.
 * The extension point for new formats: add the extension and its loader to {@link #BY_EXTENSION}
 * ("tf" → the Terraform loader). A format whose unit is a directory (a Helm chart) will need a
 * directory loader keyed on the fixture directory instead.
 */
final class FixtureLoaders {

    /** What a loader contributed from one file, whatever the format. */
    record Loaded(List<Resource> resources, List<LoadProblem> problems, List<IgnoreDirective> ignores) {}

    @FunctionalInterface
    interface FileLoader {
        Loaded load(String relativePath, String text);
    }

    private static final FileLoader YAML = (path, text) -> {
        LoadedFile file = YamlLoader.load(path, text);
        return new Loaded(file.resources(), file.problems(), file.ignores());
    };

    private static final Map<String, FileLoader> BY_EXTENSION = Map.of("yaml", YAML, "yml", YAML, "json", YAML);

    private FixtureLoaders() {
    }

    static boolean supports(Fixture.File file) {
        return BY_EXTENSION.containsKey(file.extension());
    }

    static Platform platform(Fixture fixture) {
        List<Resource> resources = new ArrayList<>();
        List<LoadProblem> problems = new ArrayList<>();
        List<IgnoreDirective> ignores = new ArrayList<>();
        for (Fixture.File file : fixture.files()) {
            FileLoader loader = BY_EXTENSION.get(file.extension());
            if (loader == null) {
                throw new IllegalArgumentException(file.path() + ": no fixture loader for ." + file.extension()
                        + " files; register one in FixtureLoaders.BY_EXTENSION");
            }
            Loaded loaded = loader.load(file.path(), file.text());
            resources.addAll(loaded.resources());
            problems.addAll(loaded.problems());
            ignores.addAll(loaded.ignores());
        }
        return new Platform(resources, problems, ignores);
    }
}
