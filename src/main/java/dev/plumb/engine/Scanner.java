package dev.plumb.engine;

import dev.plumb.discover.Discovery;
import dev.plumb.discover.DiscoveryOptions;
import dev.plumb.discover.DiscoveryResult;
import dev.plumb.discover.SourceFile;
import dev.plumb.discover.SourceKind;
import dev.plumb.load.terraform.RepositoryFiles;
import dev.plumb.load.terraform.TerraformLoader;
import dev.plumb.load.terraform.TerraformStacks;
import dev.plumb.load.yaml.IgnoreDirectiveScanner;
import dev.plumb.load.yaml.LoadedFile;
import dev.plumb.load.yaml.YamlLoader;
import dev.plumb.model.HelmRelease;
import dev.plumb.model.IgnoreDirective;
import dev.plumb.model.LoadProblem;
import dev.plumb.model.Platform;
import dev.plumb.rule.PlatformFacts;
import dev.plumb.model.Resource;
import dev.plumb.model.SkippedFile;
import dev.plumb.model.TerraformBlock;
import dev.plumb.model.TextFile;
import dev.plumb.rule.Finding;
import dev.plumb.rule.RepositoryRule;
import dev.plumb.rule.Rule;
import dev.plumb.rule.RuleMeta;
import dev.plumb.rule.ScanResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The pipeline end to end: discover → load → platform → rules → one {@link ScanResult}. */
public final class Scanner {

    private static final Map<SourceKind, String> SET_ASIDE = Map.of(
            SourceKind.HELM_TEMPLATE, "Helm template: not checked until plumb renders charts",
            SourceKind.HELM_CHART_FILE, "Helm chart file: not checked until plumb renders charts",
            SourceKind.KUSTOMIZATION, "Kustomization: its overlay is not built yet; the files it lists are checked as written",
            SourceKind.KUSTOMIZE_PATCH, "Kustomize patch: not checked until plumb builds overlays");

    /** Below this many files, starting worker threads costs more than it saves. */
    private static final int PARALLEL_FROM = 64;

    /** A finished scan, the rules that failed on some object along the way, and how long each stage took. */
    public record Outcome(ScanResult result, List<RuleFailure> failures, Map<String, Duration> stages,
                          Map<String, Duration> ruleTimes) {}

    private final List<Rule> rules;

    public Scanner(List<Rule> rules) {
        this.rules = rules;
    }

    public Outcome scan(List<Path> paths, ScanOptions options) {
        Instant scannedAt = Instant.now();
        Map<String, Duration> stages = new LinkedHashMap<>();
        long started = System.nanoTime();
        long mark = started;
        DiscoveryResult discovered = new Discovery(
                new DiscoveryOptions(options.excludes(), DiscoveryOptions.defaults().maxFileBytes(), options.ownOutputs()))
                .discover(paths);
        mark = lap(stages, "discover", mark);
        List<SkippedFile> setAside = new ArrayList<>();
        List<SkippedFile> notScanned = new ArrayList<>();
        Platform platform = load(discovered, options.terraformVarFiles(), setAside, notScanned);
        mark = lap(stages, "load", mark);
        List<Finding> findings = List.of();
        List<RuleFailure> failures = List.of();
        Map<String, Duration> ruleTimes = Map.of();
        if (!options.parseOnly()) {
            Engine engine = new Engine(applicable(rules, paths), options.settings());
            findings = engine.run(platform);
            failures = engine.failures();
            ruleTimes = engine.ruleTimes();
            mark = lap(stages, "rules", mark);
        }
        PlatformFacts facts = PlatformFacts.NONE;
        if (options.facts()) {
            facts = PlatformInventory.of(platform, options.units());
            lap(stages, "facts", mark);
        }
        List<RuleMeta> catalogue = rules.stream().map(Rule::meta).toList();
        List<SkippedFile> skipped = new ArrayList<>(discovered.skipped());
        skipped.addAll(setAside);
        skipped.addAll(notScanned);
        skipped.sort(Comparator.comparing(SkippedFile::path));
        ScanResult result = new ScanResult(Version.get(), discovered.root().toString(), scannedAt,
                Duration.ofNanos(System.nanoTime() - started), discovered.files().size() - setAside.size(),
                platform.resources().size(), findings, List.copyOf(skipped), catalogue, facts);
        return new Outcome(result, failures, stages, ruleTimes);
    }

    /** Repository-wide rules need the whole tree: when files are named one by one, they cannot judge. */
    static List<Rule> applicable(List<Rule> rules, List<Path> paths) {
        boolean wholeTrees = paths.stream().allMatch(Files::isDirectory);
        return wholeTrees ? rules : rules.stream().filter(rule -> !(rule instanceof RepositoryRule)).toList();
    }

    private static long lap(Map<String, Duration> stages, String stage, long since) {
        long now = System.nanoTime();
        stages.put(stage, Duration.ofNanos(now - since));
        return now;
    }

    /**
     * Loads every YAML and Terraform source, in parallel for large repositories; file order is kept so results
     * are deterministic. Files waiting for a loader plumb does not have yet are added to
     * {@code setAside}, so the operator sees they were not checked; Terraform modules plumb does not
     * follow (remote sources) to {@code notScanned}.
     */
    static Platform load(DiscoveryResult discovered, Map<String, List<String>> terraformVarFiles,
                         List<SkippedFile> setAside, List<SkippedFile> notScanned) {
        List<SourceFile> files = discovered.files();
        Map<String, String> kustomizeNamespaces = discovered.kustomizeNamespaces();
        for (SourceFile file : files) {
            String reason = SET_ASIDE.get(file.kind());
            if (reason != null) {
                setAside.add(new SkippedFile(file.path(), reason));
            }
        }
        List<SourceFile> yaml = files.stream().filter(file -> file.kind() == SourceKind.YAML).toList();
        var stream = yaml.size() >= PARALLEL_FROM ? yaml.parallelStream() : yaml.stream();
        List<LoadedFile> loaded = stream
                .map(file -> YamlLoader.load(file.path(), file.text(), file.invalidUtf8Line(),
                        kustomizeNamespaces.get(file.path())))
                .toList();
        for (int i = 0; i < yaml.size(); i++) {
            if (loaded.get(i).setAside()) {
                setAside.add(new SkippedFile(yaml.get(i).path(), SET_ASIDE.get(SourceKind.HELM_TEMPLATE)));
            }
        }
        List<Resource> resources = new ArrayList<>();
        List<LoadProblem> problems = new ArrayList<>();
        List<IgnoreDirective> ignores = new ArrayList<>();
        for (LoadedFile file : loaded) {
            resources.addAll(file.resources());
            problems.addAll(file.problems());
            ignores.addAll(file.ignores());
        }
        List<TerraformStacks.Source> terraform = files.stream().filter(file -> file.kind() == SourceKind.TERRAFORM)
                .map(file -> new TerraformStacks.Source(file.path(), file.text())).toList();
        List<TerraformBlock> terraformBlocks = new ArrayList<>();
        List<HelmRelease> helmReleases = new ArrayList<>();
        if (!terraform.isEmpty()) {
            Set<String> manifests = new HashSet<>();
            for (int i = 0; i < yaml.size(); i++) {
                if (!loaded.get(i).resources().isEmpty()) {
                    manifests.add(yaml.get(i).path());
                }
            }
            TerraformStacks.Loaded stacks = TerraformStacks.load(terraform, RepositoryFiles.under(discovered.root()),
                    new TerraformStacks.Settings(terraformVarFiles, manifests));
            // A file a stack renders with templatefile() is its template, YAML only once rendered: no parse error.
            problems.removeIf(problem -> stacks.templateFiles().contains(problem.position().file()));
            resources.addAll(stacks.resources());
            problems.addAll(stacks.problems());
            terraformBlocks.addAll(stacks.blocks());
            helmReleases.addAll(stacks.helmReleases());
            notScanned.addAll(stacks.notScanned());
        }
        // Var files nobody loads automatically (prod.tfvars, passed with -var-file) are read too: a broken one
        // would fail the operator's next apply. Those a stack reads report the same problem, merged as one finding.
        for (SourceFile file : files) {
            if (file.path().endsWith(".tfvars")) {
                problems.addAll(TerraformLoader.syntaxProblems(file.path(), file.text()));
            }
        }
        List<TextFile> texts = new ArrayList<>(files.size());
        for (SourceFile file : files) {
            texts.add(new TextFile(file.path(), file.text()));
            // Text rules report in scripts and chart files too, so a plumb:ignore there must count.
            if (file.kind() != SourceKind.YAML) {
                ignores.addAll(IgnoreDirectiveScanner.scan(file.path(), file.text()));
            }
        }
        return new Platform(resources, problems, ignores, texts, terraformBlocks, helmReleases);
    }
}
