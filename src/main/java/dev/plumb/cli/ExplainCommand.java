package dev.plumb.cli;

import dev.plumb.engine.RuleRegistry;
import dev.plumb.report.RuleExamples;
import dev.plumb.rule.Equivalent;
import dev.plumb.rule.RuleMeta;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Explain a rule: why it matters and how to fix it.")
final class ExplainCommand implements Callable<Integer> {

    @Parameters(paramLabel = "RULE-ID", description = "A rule id, as listed by 'plumb rules'.")
    String ruleId;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<RuleMeta> rules = RuleRegistry.builtIn().stream().map(rule -> rule.meta()).toList();
        RuleMeta rule = rules.stream().filter(r -> r.id().equals(ruleId.trim())).findFirst()
                .orElseThrow(() -> new UsageException("unknown rule \"" + ruleId + "\"" + suggestion(rules) + "; 'plumb rules' lists them all"));
        PrintWriter out = spec.commandLine().getOut();
        out.println(rule.id() + " — " + rule.title());
        out.println("severity " + rule.severity().id() + " · category " + rule.category().id()
                + " · effort " + rule.effort() + " (" + rule.effort().meaning() + ")");
        out.println();
        out.println("Why it matters");
        out.println(indent(rule.rationale()));
        out.println();
        out.println("How to fix it");
        out.println(indent(rule.fix()));
        String example = RuleExamples.shipped().get(rule.id());
        if (example != null && !example.isBlank()) {
            out.println();
            out.println("Example (flagged lines end in # <-- " + rule.id() + ")");
            example.lines().forEach(line -> out.println(line.isEmpty() ? "" : "  " + line));
        }
        Map<Equivalent.Tool, List<String>> equivalents = Equivalent.byTool(rule);
        if (!equivalents.isEmpty()) {
            out.println();
            out.println("Same check elsewhere");
            equivalents.forEach((tool, checks) -> out.println("  " + tool.displayName() + ": " + String.join(", ", checks)));
        }
        if (!rule.references().isEmpty()) {
            out.println();
            out.println("References");
            rule.references().forEach(reference -> out.println("  " + reference));
        }
        out.flush();
        return ExitCodes.CLEAN;
    }

    private String suggestion(List<RuleMeta> rules) {
        return rules.stream()
                .min(Comparator.comparingInt(r -> EditDistance.between(r.id(), ruleId)))
                .filter(r -> EditDistance.between(r.id(), ruleId) <= Math.max(3, ruleId.length() / 3))
                .map(r -> " (did you mean " + r.id() + "?)")
                .orElse("");
    }

    /** Indents for the terminal; Markdown code fences become a further indent, since a terminal shows them raw. */
    private static String indent(String text) {
        StringBuilder out = new StringBuilder();
        boolean inCode = false;
        for (String line : text.strip().split("\n", -1)) {
            if (line.strip().startsWith("```")) {
                inCode = !inCode;
                continue;
            }
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(inCode ? "      " : "  ").append(line);
        }
        return out.toString();
    }
}
