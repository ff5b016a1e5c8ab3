package dev.plumb.engine;

import dev.plumb.discover.Discovery;
import dev.plumb.discover.DiscoveryOptions;
import dev.plumb.discover.DiscoveryResult;
import dev.plumb.discover.SourceFile;
import dev.plumb.discover.SourceKind;
import dev.plumb.load.yaml.LoadedFile;
import dev.plumb.load.yaml.YamlLoader;
import dev.plumb.model.IgnoreDirective;
import dev.plumb.model.LoadProblem;
import dev.plumb.model.Platform;
import dev.plumb.model.Resource;
import dev.plumb.rule.Finding;
import dev.plumb.rule.Rule;
import dev.plumb.rule.RuleMeta;
import dev.plumb.rule.ScanResult;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The pipeline end to end: discover → load → platform → rules → one {@link ScanResult}. */
public final class Scanner {

    /** A finished scan, the rules that failed on some object along the way, and how long each stage took. */
    public record Outcome(ScanResult result, List<RuleFailure> failures, Map<String, Duration> stages) {}

    private final List<Rule> rules;

    public Scanner(List<Rule> rules) {
        this.rules = rules;
    }

    public Outcome scan(List<Path> paths, ScanOptions options) {
        long started = System.nanoTime();
        Instant scannedAt = Instant.now();
        Map<String, Duration> stages = new LinkedHashMap<>();
        long mark = System.nanoTime();
        DiscoveryResult discovered = new Discovery(
                new DiscoveryOptions(options.excludes(), DiscoveryOptions.defaults().maxFileBytes())).discover(paths);
        mark = lap(stages, "discover", mark);
        Platform platform = load(discovered.files());
        mark = lap(stages, "load", mark);
        List<Finding> findings = List.of();
        List<RuleFailure> failures = List.of();
        if (!options.parseOnly()) {
            Engine engine = new Engine(rules, options.settings());
            findings = engine.run(platform);
            failures = engine.failures();
            lap(stages, "rules", mark);
        }
        List<RuleMeta> catalogue = rules.stream().map(Rule::meta).toList();
        ScanResult result = new ScanResult(Version.get(), discovered.root().toString(), scannedAt,
                Duration.ofNanos(System.nanoTime() - started), discovered.files().size(), platform.resources().size(),
                findings, discovered.skipped(), catalogue);
        return new Outcome(result, failures, stages);
    }

    private static long lap(Map<String, Duration> stages, String stage, long since) {
        long now = System.nanoTime();
        stages.put(stage, Duration.ofNanos(now - since));
        return now;
    }

    /** Below this many files, starting worker threads costs more than it saves. */
    private static final int PARALLEL_FROM = 64;

    /** Loads every YAML source, in parallel for large repositories; file order is kept so results are deterministic. */
    static Platform load(List<SourceFile> files) {
        var stream = files.size() >= PARALLEL_FROM ? files.parallelStream() : files.stream();
        List<LoadedFile> loaded = stream
                .filter(file -> file.kind() == SourceKind.YAML)
                .map(file -> YamlLoader.load(file.path(), file.text(), file.invalidUtf8Line()))
                .toList();
        List<Resource> resources = new ArrayList<>();
        List<LoadProblem> problems = new ArrayList<>();
        List<IgnoreDirective> ignores = new ArrayList<>();
        for (LoadedFile file : loaded) {
            resources.addAll(file.resources());
            problems.addAll(file.problems());
            ignores.addAll(file.ignores());
        }
        return new Platform(resources, problems, ignores);
    }
}
