package dev.plumb.rules;

import static org.junit.jupiter.api.Assertions.fail;

import dev.plumb.engine.RuleRegistry;
import dev.plumb.report.RuleExamples;
import dev.plumb.report.RulesReference;
import dev.plumb.rule.Rule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** docs/rules.md is generated; this keeps it in step with the metadata and fixtures it comes from. */
class RulesReferenceTest {

    private static final Path DOCS = Path.of("docs", "rules.md");
    /** The same examples, shipped in the jar for explain, SARIF help and {@code plumb rules --format markdown}. */
    private static final Path EXAMPLES = Path.of("src", "main", "resources" + RuleExamples.RESOURCE);

    @Test
    void docsAreUpToDate() throws IOException {
        Map<String, String> examples = FixtureExamples.all();
        checkOrUpdate(DOCS, RulesReference.markdown(RuleRegistry.builtIn().stream().map(Rule::meta).toList(), examples));
    }

    @Test
    void shippedExamplesAreUpToDate() throws IOException {
        checkOrUpdate(EXAMPLES, RuleExamples.json(FixtureExamples.all()));
    }

    private static void checkOrUpdate(Path file, String generated) throws IOException {
        if (Boolean.getBoolean("plumb.updateDocs")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, generated, StandardCharsets.UTF_8);
            return;
        }
        String current = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n") : "";
        if (!current.equals(generated)) {
            fail(file + " is stale: run `" + RulesReference.REGENERATE + "`");
        }
    }
}
