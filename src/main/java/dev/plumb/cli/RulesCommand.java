package dev.plumb.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.plumb.engine.RuleRegistry;
import dev.plumb.report.RuleExamples;
import dev.plumb.report.RulesReference;
import dev.plumb.rule.Equivalent;
import dev.plumb.rule.RuleMeta;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "List the rule catalogue.")
final class RulesCommand implements Callable<Integer> {

    enum Format { table, json, markdown }

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
            description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        List<RuleMeta> rules = RuleRegistry.builtIn().stream().map(rule -> rule.meta()).toList();
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case json -> json(rules, out);
            case markdown -> out.print(RulesReference.markdown(rules, RuleExamples.shipped()));
            default -> table(rules, out);
        }
        out.flush();
        return ExitCodes.CLEAN;
    }

    private static void table(List<RuleMeta> rules, PrintWriter out) {
        int idWidth = rules.stream().mapToInt(rule -> rule.id().length()).max().orElse(2);
        String row = "%-" + idWidth + "s  %-8s  %-18s  %-6s  %s%n";
        out.printf(row, "ID", "SEVERITY", "CATEGORY", "EFFORT", "TITLE");
        for (RuleMeta rule : rules) {
            out.printf(row, rule.id(), rule.severity().id(), rule.category().id(), rule.effort(), rule.title());
        }
        out.printf("%n%d rules. 'plumb explain RULE-ID' shows why each matters and how to fix it.%n", rules.size());
    }

    private static void json(List<RuleMeta> rules, PrintWriter out) throws IOException {
        JsonGenerator json = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter();
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.writeStartArray();
        for (RuleMeta rule : rules) {
            json.writeStartObject();
            json.writeStringField("id", rule.id());
            json.writeStringField("title", rule.title());
            json.writeStringField("category", rule.category().id());
            json.writeStringField("severity", rule.severity().id());
            json.writeStringField("effort", rule.effort().name());
            json.writeStringField("rationale", rule.rationale());
            json.writeStringField("fix", rule.fix());
            json.writeArrayFieldStart("references");
            for (String reference : rule.references()) {
                json.writeString(reference);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("equivalents");
            for (Equivalent equivalent : Equivalent.of(rule)) {
                json.writeString(equivalent.tool().prefix() + ":" + equivalent.check());
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.flush();
        out.println();
    }
}
