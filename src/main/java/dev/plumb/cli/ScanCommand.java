package dev.plumb.cli;

import dev.plumb.config.PlumbConfig;
import dev.plumb.engine.RuleFailure;
import dev.plumb.engine.RuleRegistry;
import dev.plumb.engine.ScanOptions;
import dev.plumb.engine.Scanner;
import dev.plumb.report.ConsoleReport;
import dev.plumb.report.Grouping;
import dev.plumb.report.Report;
import dev.plumb.report.Reports;
import dev.plumb.rule.Rule;
import dev.plumb.result.ScanResult;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "scan", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Scan one or more paths of an infrastructure repository and report its concerns.")
final class ScanCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Directories or files to scan.")
    List<Path> paths;

    @Option(names = "--format", defaultValue = "console", paramLabel = "FORMAT",
            description = "console, json, sarif or markdown (default: ${DEFAULT-VALUE}).",
            completionCandidates = FormatCandidates.class)
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    Path output;

    @Option(names = "--fail-on", defaultValue = "high", paramLabel = "SEVERITY",
            description = "Exit 1 when a finding is at or above SEVERITY: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    FailOn failOn;

    @Option(names = "--config", paramLabel = "FILE", description = "Configuration file (default: .plumb.yaml in the scanned directory).")
    Path config;

    @Option(names = {"-v", "--verbose"}, description = "List skipped files and why.")
    boolean verbose;

    @Option(names = "--group-by", paramLabel = "GROUPING",
            description = "Console: list findings by ${COMPLETION-CANDIDATES} (default: rule, most severe first).")
    GroupBy groupBy;

    @Option(names = {"-q", "--quiet"}, description = "Console: print only the closing summary line.")
    boolean quiet;

    @Mixin
    ScopeOptions scope = new ScopeOptions();

    @Option(names = "--parse-only", hidden = true, description = "Discover and load only (benchmark floor).")
    boolean parseOnly;

    private static final int SLOWEST_RULES_SHOWN = 15;

    @Option(names = "--timings", hidden = true, description = "Print how long each stage and the slowest rules took to stderr.")
    boolean timings;

    static final class FormatCandidates extends java.util.ArrayList<String> {
        FormatCandidates() {
            super(Reports.FORMATS);
        }
    }

    @Override
    public Integer call() throws IOException {
        Report report = report();
        PlumbConfig configuration = loadConfig(RuleRegistry.builtIn());
        List<Rule> rules = RuleRegistry.builtIn(configuration.ruleSettings());
        ScanOptions options = new ScanOptions(configuration.engineSettings(LocalDate.now()), configuration.excludes(), parseOnly)
                .withTerraformVarFiles(configuration.terraformVarFiles())
                .withLiveness(scope.liveness(configuration));
        Scanner.Outcome outcome = new Scanner(rules).scan(paths, options);
        if (!parseOnly) {
            scope.requireSomethingScanned(outcome.result(), paths);
        }
        for (RuleFailure failure : outcome.failures()) {
            System.err.println("plumb: warning: " + failure.describe());
        }
        long writing = System.nanoTime();
        write(report, outcome.result());
        if (timings) {
            outcome.stages().forEach((stage, took) -> System.err.printf("plumb: %-8s %5d ms%n", stage, took.toMillis()));
            System.err.printf("plumb: %-8s %5d ms%n", "report", (System.nanoTime() - writing) / 1_000_000);
            outcome.ruleTimes().entrySet().stream()
                    .sorted(Map.Entry.<String, Duration>comparingByValue().reversed()).limit(SLOWEST_RULES_SHOWN)
                    .forEach(rule -> System.err.printf("plumb:   %-40s %5d ms%n", rule.getKey(), rule.getValue().toMillis()));
        }
        ScanResult result = outcome.result();
        return failOn.threshold().map(result::hasActiveAtOrAbove).orElse(false) ? ExitCodes.FINDINGS : ExitCodes.CLEAN;
    }

    private Report report() {
        boolean console = format.trim().equalsIgnoreCase("console");
        if (!console && (groupBy != null || quiet)) {
            throw new UsageException((quiet ? "--quiet" : "--group-by") + " applies to the console format only, not " + format);
        }
        try {
            boolean colour = output == null && console && Terminal.wantsColour();
            if (console) {
                return new ConsoleReport(colour, verbose, groupBy == null ? Grouping.RULE : groupBy.grouping(), quiet);
            }
            return Reports.forFormat(format, colour, verbose);
        } catch (IllegalArgumentException unknown) {
            throw new UsageException(unknown.getMessage());
        }
    }

    private PlumbConfig loadConfig(List<Rule> rules) {
        return ConfigFiles.load(config, paths, rules);
    }

    private void write(Report report, ScanResult result) throws IOException {
        if (output == null) {
            PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)));
            report.write(result, out);
            out.flush();
            return;
        }
        try (Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            report.write(result, out);
        } catch (IOException cannotWrite) {
            throw new UsageException("cannot write " + output + ": " + cannotWrite.getMessage());
        }
    }
}
