package dev.plumb.rules.meta;

import dev.plumb.model.LoadProblem;
import dev.plumb.model.Platform;
import dev.plumb.rule.Category;
import dev.plumb.rule.Effort;
import dev.plumb.rule.Findings;
import dev.plumb.rule.PlatformRule;
import dev.plumb.rule.RuleInfo;
import dev.plumb.rule.Severity;

@RuleInfo(
        id = "parse-error",
        title = "File cannot be parsed",
        category = Category.RELIABILITY,
        severity = Severity.HIGH,
        effort = Effort.S,
        rationale = "A file that does not parse is rejected by `kubectl apply`, Helm or Argo CD, so whatever it "
                + "declares is not what runs; often a deploy fails half-way. After a syntax error the rest of the "
                + "file cannot be read, so the other rules have not checked it.",
        fix = "Fix the syntax at the reported line (indentation, an unclosed quote or bracket, a tab, a duplicate "
                + "key), then check the file with `kubectl apply --dry-run=server -f <file>`.",
        references = {
            "https://kubernetes.io/docs/concepts/overview/working-with-objects/object-management/",
            "https://yaml.org/spec/1.2.2/"
        })
public final class ParseError implements PlatformRule {

    @Override
    public void check(Platform platform, Findings findings) {
        // The loader's message is the parser's own, already stripped of any source snippet.
        for (LoadProblem problem : platform.loadProblems()) {
            findings.report(problem.position(), problem.message());
        }
    }
}
