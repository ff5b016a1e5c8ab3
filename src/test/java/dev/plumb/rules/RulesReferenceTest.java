package dev.plumb.rules;

import static org.assertj.core.api.Assertions.assertThat;
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
import java.util.regex.Pattern;
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

    /** Examples reach every SARIF file and explain: a fixture's key body there would trip secret scanners. */
    @Test
    void shippedExamplesCarryNoKeyMaterial() {
        Pattern keyBody = Pattern.compile("(?m)^\\s*[A-Za-z0-9+/]{40,}={0,2}\\s*$");
        Map<String, String> examples = FixtureExamples.all();
        assertThat(examples.get("private-key-committed")).contains("BEGIN PRIVATE KEY").contains("(key material left out)");
        examples.forEach((id, example) -> assertThat(keyBody.matcher(example).find()).as(id).isFalse());
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
