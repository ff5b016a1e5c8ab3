package dev.plumb.report.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dev.plumb.config.ConfigReader;
import dev.plumb.config.PlumbConfig;
import dev.plumb.engine.RuleRegistry;
import dev.plumb.engine.ScanOptions;
import dev.plumb.engine.Scanner;
import dev.plumb.report.Report;
import dev.plumb.report.compliance.ComplianceMarkdown;
import dev.plumb.report.concerns.ConcernsMarkdown;
import dev.plumb.rule.Rule;
import dev.plumb.result.ScanResult;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * CONCERNS.md and COMPLIANCE.md of examples/homelab, compared with the reviewed copies in
 * src/test/resources/golden/homelab. The dated closing lines are masked. After a deliberate change
 * to the example or the reports, regenerate them with {@value #REGENERATE} and review the diff.
 */
class HomelabReportsGoldenTest {

    static final String REGENERATE = "mvn -q test -Dtest=HomelabReportsGoldenTest -Dplumb.updateDocs=true";

    private static final Path HOMELAB = Path.of("examples", "homelab");
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "homelab");
    private static final String MASKED_DATE = "YYYY-MM-DD";

    @Test
    void concernsAuditMatchesTheGoldenFile() throws IOException {
        compare("CONCERNS.md", new ConcernsMarkdown(), scan());
    }

    @Test
    void complianceMatrixMatchesTheGoldenFile() throws IOException {
        compare("COMPLIANCE.md", new ComplianceMarkdown(config().controls()), scan());
    }

    @Test
    void twoScansOfTheSameTreeDifferOnlyInTheDatedLine() throws IOException {
        ScanResult first = scan();
        ScanResult second = scan();
        for (Report report : List.of(new ConcernsMarkdown(), new ComplianceMarkdown())) {
            String a = render(report, first);
            String b = render(report, second);
            assertThat(mask(a)).isEqualTo(mask(b));
            List<String> differing = lines(a).stream().filter(line -> !lines(b).contains(line)).toList();
            assertThat(differing).allMatch(HomelabReportsGoldenTest::isDated);
        }
    }

    @Test
    void readmeExcerptsAreTakenFromTheGoldenFiles() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        String concerns = Files.readString(GOLDEN.resolve("CONCERNS.md"), StandardCharsets.UTF_8);
        String compliance = Files.readString(GOLDEN.resolve("COMPLIANCE.md"), StandardCharsets.UTF_8);
        List<String> matrixRows = lines(readme).stream().filter(line -> line.startsWith("| `")).toList();
        assertThat(matrixRows).hasSize(4).allSatisfy(row -> assertThat(compliance).contains(row + "\n"));
        List<String> concernLines = lines(readme).stream()
                .filter(line -> line.startsWith("**Issue:**") || line.startsWith("- `") || line.startsWith("*medium"))
                .toList();
        assertThat(concernLines).isNotEmpty().allSatisfy(line -> assertThat(concerns).contains(line + "\n"));
    }

    private static void compare(String name, Report report, ScanResult result) throws IOException {
        String generated = mask(render(report, result));
        Path golden = GOLDEN.resolve(name);
        if (Boolean.getBoolean("plumb.updateDocs")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, generated, StandardCharsets.UTF_8);
            return;
        }
        String current = Files.exists(golden) ? Files.readString(golden, StandardCharsets.UTF_8).replace("\r\n", "\n") : "";
        if (!current.equals(generated)) {
            assertThat(generated).as("%s is stale: review the change, then run `%s`", golden, REGENERATE).isEqualTo(current);
            fail(golden + " is stale: run `" + REGENERATE + "`");
        }
    }

    static ScanResult scan() {
        PlumbConfig config = config();
        List<Rule> rules = RuleRegistry.builtIn(config.ruleSettings());
        ScanOptions options = ScanOptions.withFacts(config.engineSettings(LocalDate.now()), config.excludes(),
                config.complianceUnits());
        return new Scanner(rules).scan(List.of(HOMELAB), options).result();
    }

    private static PlumbConfig config() {
        Set<String> known = RuleRegistry.builtIn().stream().map(rule -> rule.meta().id()).collect(Collectors.toSet());
        return new ConfigReader(known).read(HOMELAB.resolve(PlumbConfig.FILE_NAME));
    }

    private static String render(Report report, ScanResult result) throws IOException {
        StringWriter out = new StringWriter();
        report.write(result, out);
        return out.toString();
    }

    private static boolean isDated(String line) {
        return line.startsWith(ConcernsMarkdown.DATED_LINE) || line.startsWith(ComplianceMarkdown.DATED_LINE);
    }

    private static String mask(String text) {
        return lines(text).stream()
                .map(line -> line.startsWith(ConcernsMarkdown.DATED_LINE) ? ConcernsMarkdown.DATED_LINE + MASKED_DATE
                        : line.startsWith(ComplianceMarkdown.DATED_LINE) ? ComplianceMarkdown.DATED_LINE + MASKED_DATE
                        : line)
                .collect(Collectors.joining("\n", "", "\n"));
    }

    private static List<String> lines(String text) {
        return text.lines().toList();
    }
}
