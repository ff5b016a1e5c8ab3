package dev.plumb.rules;

import static org.junit.jupiter.api.Assertions.fail;

import dev.plumb.engine.Engine;
import dev.plumb.config.PlumbConfig;
import dev.plumb.engine.RuleRegistry;
import dev.plumb.model.Platform;
import dev.plumb.result.Finding;
import dev.plumb.rule.Rule;
import dev.plumb.rule.RuleSettings;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs each fixture's rule over the fixture and checks that its active findings sit exactly on the
 * marked lines: every marker is met (with its substring in the message) and every unmarked line is
 * silent. Findings silenced by a {@code plumb:ignore} or an annotation are negative cases too.
 */
class FixtureTest {

    static Stream<Fixture> fixtures() {
        return Fixture.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void findingsSitOnTheMarkedLines(Fixture fixture) {
        PlumbConfig config = fixture.configuration();
        Rule rule = ruleOf(fixture, config.ruleSettings()).orElseThrow(() -> new AssertionError(
                fixture + ": no registered rule \"" + fixture.ruleId() + "\" (add it to its theme's list)"));
        Platform platform = FixtureLoaders.platform(fixture);
        Engine engine = new Engine(List.of(rule), config.engineSettings(java.time.LocalDate.now()));
        List<Finding> actual = engine.run(platform).stream()
                .filter(finding -> !finding.isSuppressed() && finding.rule().id().equals(fixture.ruleId()))
                .sorted(Comparator.comparing(Finding::file).thenComparingInt(Finding::line))
                .toList();
        List<String> problems = new ArrayList<>();
        engine.failures().forEach(failure -> problems.add("rule threw: " + failure));
        problems.addAll(compare(fixture, actual));
        if (!problems.isEmpty()) {
            fail(fixture + " does not match its markers:\n  " + String.join("\n  ", problems)
                    + "\n\nActual findings, paste-ready:\n" + pasteReady(fixture, actual));
        }
    }

    static Optional<Rule> ruleOf(Fixture fixture, RuleSettings settings) {
        return RuleRegistry.builtIn(settings).stream().filter(rule -> rule.meta().id().equals(fixture.ruleId())).findFirst();
    }

    private static List<String> compare(Fixture fixture, List<Finding> actual) {
        List<String> problems = new ArrayList<>();
        List<Finding> unmatched = new ArrayList<>(actual);
        List<Fixture.File> files = fixture.files();
        // Markers with a substring first, so a bare marker cannot take the finding a specific one needs.
        for (boolean specific : new boolean[] {true, false}) {
            for (Fixture.File file : files) {
                for (Marker marker : file.markers()) {
                    if ((marker.substring() != null) != specific) {
                        continue;
                    }
                    if (!marker.ruleId().equals(fixture.ruleId())) {
                        problems.add(file.path() + ":" + marker.markerLine() + ": marker names rule \""
                                + marker.ruleId() + "\" but this is the fixture of \"" + fixture.ruleId() + "\"");
                        continue;
                    }
                    Optional<Finding> match = unmatched.stream()
                            .filter(f -> f.file().equals(file.path()) && Math.max(1, f.line()) == marker.targetLine())
                            .filter(f -> marker.substring() == null || f.message().contains(marker.substring()))
                            .findFirst();
                    match.ifPresentOrElse(unmatched::remove, () -> problems.add("missing: " + file.path() + ":"
                            + marker.targetLine() + " expects " + marker.ruleId()
                            + (marker.substring() == null ? "" : " \"" + marker.substring().replace("\"", "\\\"") + "\"")));
                }
            }
        }
        unmatched.forEach(f -> problems.add("unexpected: " + f.file() + ":" + f.line() + " " + f.message()));
        return problems;
    }

    private static String pasteReady(Fixture fixture, List<Finding> actual) {
        StringBuilder out = new StringBuilder();
        String currentFile = null;
        for (Finding finding : actual) {
            if (!finding.file().equals(currentFile)) {
                currentFile = finding.file();
                out.append("  ").append(currentFile).append('\n');
            }
            out.append("    ").append(Marker.pasteReady(finding.line(), finding.rule().id(), finding.message())).append('\n');
        }
        return actual.isEmpty() ? "  (none)\n" : out.toString();
    }
}
