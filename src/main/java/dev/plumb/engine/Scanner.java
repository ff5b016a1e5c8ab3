package dev.plumb.engine;

import dev.plumb.discover.Discovery;
import dev.plumb.discover.DiscoveryOptions;
import dev.plumb.discover.DiscoveryResult;
import dev.plumb.discover.SourceFile;
import dev.plumb.load.InputFile;
import dev.plumb.load.LoadContext;
import dev.plumb.load.helm.ChartCache;
import dev.plumb.load.LoadOutput;
import dev.plumb.load.SourceLoader;
import dev.plumb.load.yaml.IgnoreDirectiveScanner;
import dev.plumb.model.Coverage;
import dev.plumb.model.FileCoverage;
import dev.plumb.model.IgnoreDirective;
import dev.plumb.model.LiveScopes;
import dev.plumb.model.Platform;
import dev.plumb.model.Resource;
import dev.plumb.model.SkippedFile;
import dev.plumb.model.SourceKind;
import dev.plumb.model.TextFile;
import dev.plumb.result.Finding;
import dev.plumb.result.PlatformFacts;
import dev.plumb.rule.RepositoryRule;
import dev.plumb.rule.Rule;
import dev.plumb.rule.RuleMeta;
import dev.plumb.result.ScanResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The pipeline end to end: discover → load → platform → rules → one {@link ScanResult}. */
public final class Scanner {

    /** A finished scan, the rules that failed on some object along the way, and how long each stage took. */
    public record Outcome(ScanResult result, List<RuleFailure> failures, Map<String, Duration> stages,
                          Map<String, Duration> ruleTimes) {}

    /** What loading produced: the platform, and what to list as skipped. */
    record Loaded(Platform platform, List<SkippedFile> setAside, List<SkippedFile> notScanned, Coverage coverage,
                  LiveScopes liveScopes) {}

    private final List<Rule> rules;

    public Scanner(List<Rule> rules) {
        this.rules = rules;
    }

    public Outcome scan(List<Path> paths, ScanOptions options) {
        Instant scannedAt = Instant.now();
        Map<String, Duration> stages = new LinkedHashMap<>();
        long started = System.nanoTime();
        long mark = started;
        ScanOptions.Liveness liveness = options.liveness();
        DiscoveryResult discovered = new Discovery(
                new DiscoveryOptions(options.excludes(), DiscoveryOptions.defaults().maxFileBytes(), options.ownOutputs(),
                        liveness.retired(), liveness.live()))
                .discover(paths);
        mark = lap(stages, "discover", mark);
        Loaded loaded = load(discovered, options.terraformVarFiles());
        Platform platform = loaded.platform();
        mark = lap(stages, "load", mark);
        List<Finding> findings = List.of();
        List<RuleFailure> failures = List.of();
        Map<String, Duration> ruleTimes = Map.of();
        if (!options.parseOnly()) {
            Engine engine = new Engine(applicable(rules, paths), options.settings());
            findings = markNotLive(engine.run(platform), loaded.liveScopes());
            failures = engine.failures();
            ruleTimes = engine.ruleTimes();
            mark = lap(stages, "rules", mark);
        }
        PlatformFacts facts = PlatformFacts.NONE;
        if (options.facts()) {
            facts = PlatformInventory.of(platform, options.units(), loaded.liveScopes());
            lap(stages, "facts", mark);
        }
        List<RuleMeta> catalogue = rules.stream().map(Rule::meta).toList();
        List<SkippedFile> skipped = new ArrayList<>(discovered.skipped());
        skipped.addAll(loaded.setAside());
        skipped.addAll(loaded.notScanned());
        skipped.sort(Comparator.comparing(SkippedFile::path));
        ScanResult result = new ScanResult(Version.get(), discovered.root().toString(), scannedAt,
                Duration.ofNanos(System.nanoTime() - started), discovered.files().size() - loaded.setAside().size(),
                platform.resources().size(), findings, List.copyOf(skipped), catalogue, facts, loaded.coverage(),
                liveness.include());
        return new Outcome(result, failures, stages, ruleTimes);
    }

    private static List<Finding> markNotLive(List<Finding> findings, LiveScopes scopes) {
        if (scopes.folders().isEmpty()) {
            return findings;
        }
        List<Finding> marked = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            marked.add(scopes.of(finding.file()).map(finding::notLive).orElse(finding));
        }
        return marked;
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
     * Offers every file to the loaders in turn (the first claim wins) and runs each loader once over
     * its files, in the order listed, so a later loader can read what an earlier one made. Coverage
     * comes from the loaders' per-file reports; files in retired or test folders, and Terraform
     * modules no stack calls, are not counted as live.
     */
    static Loaded load(DiscoveryResult discovered, Map<String, List<String>> terraformVarFiles) {
        List<SourceLoader> loaders = SourceLoaders.all();
        List<List<InputFile>> claimed = new ArrayList<>();
        loaders.forEach(loader -> claimed.add(new ArrayList<>()));
        Map<String, String> kustomizeNamespaces = discovered.kustomizeNamespaces();
        List<TextFile> texts = new ArrayList<>(discovered.files().size());
        List<IgnoreDirective> textIgnores = new ArrayList<>();
        for (SourceFile file : discovered.files()) {
            texts.add(new TextFile(file.path(), file.text()));
            for (int i = 0; i < loaders.size(); i++) {
                if (loaders.get(i).claims(file.kind(), file.path())) {
                    claimed.get(i).add(new InputFile(file.path(), file.kind(), file.text(), file.invalidUtf8Line(),
                            kustomizeNamespaces.get(file.path())));
                    break;
                }
            }
            // Text rules report in scripts and chart files too, so a plumb:ignore there must count.
            if (file.kind() != SourceKind.YAML) {
                textIgnores.addAll(IgnoreDirectiveScanner.scan(file.path(), file.text()));
            }
        }
        LoadOutput output = new LoadOutput();
        Map<String, String> scanned = new java.util.HashMap<>();
        discovered.files().forEach(file -> scanned.put(file.path(), file.text()));
        LoadContext context = new LoadContext(discovered.root(), terraformVarFiles, scanned,
                ChartCache.ofThisMachine().folder());
        for (int i = 0; i < loaders.size(); i++) {
            if (!claimed.get(i).isEmpty() || loaders.get(i).runsWithoutFiles()) {
                loaders.get(i).load(claimed.get(i), context, output);
            }
        }
        List<IgnoreDirective> ignores = new ArrayList<>(output.ignores());
        ignores.addAll(textIgnores);
        List<Resource> resources = GitOpsNamespaces.apply(output.resources());
        LiveScopes scopes = discovered.liveScopes().plus(UncalledModules.of(output.terraformBlocks()));
        Coverage coverage = new Coverage(DeployedCharts.narrow(output.coverage(), resources, output.helmReleases()).stream()
                .map(file -> scopes.of(file.path()).map(why -> file.notLive(why.reason().startsWith("test")
                        ? FileCoverage.TEST : FileCoverage.RETIRED)).orElse(file))
                .toList(), scopes);
        Platform platform = new Platform(resources, output.problems(), ignores, texts, output.terraformBlocks(),
                output.helmReleases(), coverage, output.charts());
        return new Loaded(platform, output.setAsideFiles(), output.notScannedFiles(), coverage, scopes);
    }
}
