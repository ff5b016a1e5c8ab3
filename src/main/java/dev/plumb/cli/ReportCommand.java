package dev.plumb.cli;

import dev.plumb.config.PlumbConfig;
import dev.plumb.engine.RuleFailure;
import dev.plumb.engine.RuleRegistry;
import dev.plumb.engine.ScanOptions;
import dev.plumb.engine.Scanner;
import dev.plumb.rule.Rule;
import dev.plumb.result.ScanResult;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Scan once and write the documents operators keep next to their code into DIR: CONCERNS.md "
                + "(the concerns audit), COMPLIANCE.md (the compliance matrix) and report.html by default, plumb.sarif "
                + "and plumb.json on request. Two runs on the same tree differ only in their dated lines.")
final class ReportCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Directories or files to scan.")
    List<Path> paths;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory to write into (created when missing).")
    Path out;

    @Option(names = "--format", split = ",", paramLabel = "FORMAT",
            description = "Files to write, comma-separated: ${COMPLETION-CANDIDATES} (default: concerns,compliance,html).",
            completionCandidates = FormatCandidates.class)
    List<String> formats;

    @Option(names = "--fail-on", defaultValue = "high", paramLabel = "SEVERITY",
            description = "Exit 1 when a finding is at or above SEVERITY: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    FailOn failOn;

    @Option(names = "--config", paramLabel = "FILE", description = "Configuration file (default: .plumb.yaml in the scanned directory).")
    Path config;

    @Mixin
    ScopeOptions scope = new ScopeOptions();

    static final class FormatCandidates extends ArrayList<String> {
        FormatCandidates() {
            super(ReportFiles.formats());
        }
    }

    @Override
    public Integer call() throws IOException {
        List<ReportFiles> files = selected();
        PlumbConfig configuration = ConfigFiles.load(config, paths, RuleRegistry.builtIn());
        List<Rule> rules = RuleRegistry.builtIn(configuration.ruleSettings());
        ScanOptions options = ScanOptions.withFacts(configuration.engineSettings(LocalDate.now()),
                configuration.excludes(), configuration.complianceUnits())
                .withTerraformVarFiles(configuration.terraformVarFiles())
                .withLiveness(scope.liveness(configuration));
        createOut();
        // Every file a report run may leave in DIR, whichever formats this run writes: reports kept in the
        // scanned tree (docs/reports/) must not feed the next scan, or each run would change the next one.
        List<Path> outputs = java.util.Arrays.stream(ReportFiles.values()).map(file -> out.resolve(file.fileName())).toList();
        Scanner.Outcome outcome = new Scanner(rules).scan(paths, options.writing(outputs));
        for (RuleFailure failure : outcome.failures()) {
            System.err.println("plumb: warning: " + failure.describe());
        }
        ScanResult result = outcome.result();
        scope.requireSomethingScanned(result, paths);
        for (ReportFiles file : files) {
            Path target = out.resolve(file.fileName());
            try (Writer writer = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
                file.report(configuration).write(result, writer);
            } catch (IOException cannotWrite) {
                throw new UsageException("cannot write " + target + ": " + cannotWrite.getMessage());
            }
            System.out.println("wrote " + target);
        }
        return failOn.threshold().map(result::hasActiveAtOrAbove).orElse(false) ? ExitCodes.FINDINGS : ExitCodes.CLEAN;
    }

    /** The files asked for, each once, in the order they are listed in {@link ReportFiles}. */
    private List<ReportFiles> selected() {
        if (formats == null || formats.isEmpty()) {
            return ReportFiles.DEFAULTS;
        }
        List<ReportFiles> wanted = new ArrayList<>();
        for (String name : formats) {
            ReportFiles file = ReportFiles.of(name);
            if (!wanted.contains(file)) {
                wanted.add(file);
            }
        }
        wanted.sort(null);
        return List.copyOf(wanted);
    }

    private void createOut() {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new UsageException("--out " + out + " is a file, not a directory");
        }
        try {
            Files.createDirectories(out);
        } catch (IOException cannotCreate) {
            throw new UsageException("cannot create " + out + ": " + cannotCreate.getMessage());
        }
    }
}
