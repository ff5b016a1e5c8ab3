package dev.plumb.rules;

import static org.junit.jupiter.api.Assertions.fail;

import dev.plumb.engine.RuleRegistry;
import dev.plumb.report.RulesReference;
import dev.plumb.rule.Rule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/rules.md is generated; this keeps it in step with the metadata and fixtures it comes from. */
class RulesReferenceTest {

    private static final Path DOCS = Path.of("docs", "rules.md");

    @Test
    void docsAreUpToDate() throws IOException {
        String generated = RulesReference.markdown(
                RuleRegistry.builtIn().stream().map(Rule::meta).toList(), FixtureExamples.all());
        if (Boolean.getBoolean("plumb.updateDocs")) {
            Files.createDirectories(DOCS.getParent());
            Files.writeString(DOCS, generated, StandardCharsets.UTF_8);
            return;
        }
        String current = Files.exists(DOCS) ? Files.readString(DOCS, StandardCharsets.UTF_8).replace("\r\n", "\n") : "";
        if (!current.equals(generated)) {
            fail("docs/rules.md is stale: run `" + RulesReference.REGENERATE + "`");
        }
    }
}
