package dev.plumb.rules;

import dev.plumb.load.InputFile;
import dev.plumb.load.LoadContext;
import dev.plumb.load.LoadOutput;
import dev.plumb.load.helm.HelmCharts;
import dev.plumb.load.helmfile.HelmfileLoader;
import dev.plumb.load.terraform.RepositoryFiles;
import dev.plumb.load.terraform.TerraformStacks;
import dev.plumb.load.yaml.IgnoreDirectiveScanner;
import dev.plumb.load.yaml.LoadedFile;
import dev.plumb.load.yaml.YamlLoader;
import dev.plumb.model.Coverage;
import dev.plumb.model.HelmRelease;
import dev.plumb.model.IgnoreDirective;
import dev.plumb.model.LoadProblem;
import dev.plumb.model.Platform;
import dev.plumb.model.Resource;
import dev.plumb.model.SourceKind;
import dev.plumb.model.TerraformBlock;
import dev.plumb.model.TextFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;

/**
 * Turns a fixture into a platform the way a scan would, choosing the loader by file extension.
 * The extension point for new formats: add the extension and its loader to {@link #BY_EXTENSION}
 * ("tf" and OpenTofu's "tofu" → the Terraform loader); any other file is text only, as a scan treats it.
 * A Helm chart's unit is its directory: every file under a folder holding a Chart.yaml goes to the chart
 * loader, which renders the chart from the fixtures on disk with real Helm, as a scan would.
 */
final class FixtureLoaders {

    /** What a loader contributed from one file, whatever the format. */
    record Loaded(List<Resource> resources, List<LoadProblem> problems, List<IgnoreDirective> ignores,
                  List<TerraformBlock> terraformBlocks) {

        Loaded(List<Resource> resources, List<LoadProblem> problems, List<IgnoreDirective> ignores) {
            this(resources, problems, ignores, List.of());
        }
    }

    @FunctionalInterface
    interface FileLoader {
        Loaded load(String relativePath, String text);
    }

    private static final FileLoader YAML = (path, text) -> {
        LoadedFile file = YamlLoader.load(path, text);
        return new Loaded(file.resources(), file.problems(), file.ignores());
    };

    /** Terraform loads by stack (a directory of .tf files, modules it calls): the fixture's files are loaded together below. */
    private static final FileLoader TERRAFORM = (path, text) ->
            new Loaded(List.of(), List.of(), IgnoreDirectiveScanner.scan(path, text));

    private static final Map<String, FileLoader> BY_EXTENSION =
            Map.of("yaml", YAML, "yml", YAML, "json", YAML, "tf", TERRAFORM, "tofu", TERRAFORM);

    private FixtureLoaders() {
    }

    /** Files of other formats are plain text to plumb (scripts, notes, keys): only text rules read them. */
    private static final FileLoader TEXT_ONLY =
            (path, text) -> new Loaded(List.of(), List.of(), IgnoreDirectiveScanner.scan(path, text));

    static Platform platform(Fixture fixture) {
        List<Resource> resources = new ArrayList<>();
        List<LoadProblem> problems = new ArrayList<>();
        List<IgnoreDirective> ignores = new ArrayList<>();
        List<TextFile> texts = new ArrayList<>();
        List<TerraformBlock> terraformBlocks = new ArrayList<>();
        List<TerraformStacks.Source> terraform = new ArrayList<>();
        Map<String, String> contents = new HashMap<>();
        Set<String> manifests = new HashSet<>();
        List<InputFile> helmfiles = new ArrayList<>();
        Set<String> charts = new HashSet<>();
        for (Fixture.File file : fixture.files()) {
            if (file.path().endsWith("/Chart.yaml")) {
                charts.add(file.path().substring(0, file.path().lastIndexOf('/') + 1));
            }
        }
        List<InputFile> chartFiles = new ArrayList<>();
        for (Fixture.File file : fixture.files()) {
            if (file.isConfiguration()) {
                continue;
            }
            texts.add(new TextFile(file.path(), file.text()));
            contents.put(file.path(), file.text());
            if (isHelmfile(file.path())) {
                helmfiles.add(new InputFile(file.path(), SourceKind.HELMFILE, file.text(), 0, null));
                ignores.addAll(IgnoreDirectiveScanner.scan(file.path(), file.text()));
                continue;
            }
            if (charts.stream().anyMatch(file.path()::startsWith)) {
                chartFiles.add(new InputFile(file.path(), file.path().contains("/templates/") ? SourceKind.HELM_TEMPLATE
                        : SourceKind.HELM_CHART_FILE, file.text(), 0, null));
                ignores.addAll(IgnoreDirectiveScanner.scan(file.path(), file.text()));
                continue;
            }
            if (BY_EXTENSION.get(file.extension()) == TERRAFORM) {
                terraform.add(new TerraformStacks.Source(file.path(), file.text()));
            }
            Loaded loaded = BY_EXTENSION.getOrDefault(file.extension(), TEXT_ONLY).load(file.path(), file.text());
            resources.addAll(loaded.resources());
            problems.addAll(loaded.problems());
            ignores.addAll(loaded.ignores());
            terraformBlocks.addAll(loaded.terraformBlocks());
            if (!loaded.resources().isEmpty()) {
                manifests.add(file.path());
            }
        }
        List<HelmRelease> releases = new ArrayList<>();
        if (!terraform.isEmpty()) {
            TerraformStacks.Loaded stacks = TerraformStacks.load(terraform, RepositoryFiles.of(contents),
                    new TerraformStacks.Settings(Map.of(), manifests));
            resources.addAll(stacks.resources());
            problems.addAll(stacks.problems());
            terraformBlocks.addAll(stacks.blocks());
            releases.addAll(stacks.helmReleases());
        }
        if (!helmfiles.isEmpty()) {
            LoadOutput output = new LoadOutput();
            new HelmfileLoader().load(helmfiles, RepositoryFiles.of(contents), output);
            problems.addAll(output.problems());
            releases.addAll(output.helmReleases());
        }
        // The chart loader renders the fixture's charts, and reads the values of releases whose chart it has not.
        LoadOutput rendered = new LoadOutput();
        rendered.addResources(resources);
        rendered.addHelmReleases(releases);
        new HelmCharts().load(chartFiles, new LoadContext(Fixture.ROOT.toAbsolutePath(), Map.of()), rendered);
        problems.addAll(rendered.problems());
        return new Platform(rendered.resources(), problems, ignores, texts, terraformBlocks, releases, Coverage.NONE,
                rendered.charts());
    }

    /** helmfile's own files, by name: the helmfile loader reads them (and the values and templates they use). */
    private static boolean isHelmfile(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.startsWith("helmfile.") || name.endsWith(".gotmpl") || path.contains("helmfile.d/");
    }
}
