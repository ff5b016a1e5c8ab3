package dev.plumb.rules.meta;

import dev.plumb.model.LoadProblem;
import dev.plumb.model.Platform;
import dev.plumb.rule.Category;
import dev.plumb.rule.Effort;
import dev.plumb.rule.Findings;
import dev.plumb.rule.PlatformRule;
import dev.plumb.rule.RuleInfo;
import dev.plumb.rule.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@RuleInfo(
        id = "parse-error",
        title = "File cannot be parsed",
        category = Category.RELIABILITY,
        severity = Severity.HIGH,
        effort = Effort.S,
        knownBug = true,
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
        // One finding per file, at its first problem: a file with forty broken lines is one thing to fix,
        // not forty findings. The loader's message is the parser's own, already stripped of any source snippet.
        Map<String, List<LoadProblem>> byFile = new LinkedHashMap<>();
        for (LoadProblem problem : platform.loadProblems()) {
            byFile.computeIfAbsent(problem.position().file(), file -> new ArrayList<>()).add(problem);
        }
        for (List<LoadProblem> problems : byFile.values()) {
            LoadProblem first = problems.stream().min(Comparator.comparingInt(problem -> problem.position().line())).orElseThrow();
            int more = (int) problems.stream().map(LoadProblem::message).distinct().count() - 1;
            findings.report(first.position(), more <= 0 ? first.message()
                    : first.message() + " (and " + more + " more problem" + (more == 1 ? "" : "s") + " in this file)");
        }
    }
}
