package dev.plumb.rules.capabilities;

import dev.plumb.model.Platform;
import dev.plumb.model.TextFile;
import dev.plumb.rule.Category;
import dev.plumb.rule.Effort;
import dev.plumb.rule.Findings;
import dev.plumb.rule.RepositoryRule;
import dev.plumb.rule.RuleInfo;
import dev.plumb.rule.RuleSettings;
import dev.plumb.rule.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

@RuleInfo(
        id = "ci-validation-missing",
        title = "No CI validation of the repository",
        category = Category.TESTING,
        severity = Severity.LOW,
        effort = Effort.S,
        rationale = "Without a check on every push, a typo in a manifest, a removed API version or a broken "
                + "kustomization is found by the cluster: the GitOps controller stops syncing, or the change "
                + "half-applies. A validation job catches these in the pull request, before anything is "
                + "deployed.",
        fix = """
                Validate the manifests on every push and pull request, for example with a GitHub Actions \
                workflow (Gitea, Forgejo and Woodpecker read the same shape):
                ```yaml
                # .github/workflows/validate.yaml
                on: [push, pull_request]
                jobs:
                  validate:
                    runs-on: ubuntu-latest
                    steps:
                      - uses: actions/checkout@v4
                      - run: kustomize build clusters/home | kubeconform -strict -summary
                      - run: plumb scan . --fail-on high
                ```
                A pre-commit hook running the same tools helps locally. If validation runs elsewhere, \
                declare it: `capabilities: {ci-validation: "Jenkins on the NAS"}`.""",
        references = {
            "https://github.com/yannh/kubeconform",
            "https://docs.github.com/en/actions",
            "https://pre-commit.com/"
        })
public final class CiValidationMissing implements RepositoryRule {

    static final String CAPABILITY = "ci-validation";
    static final String SEARCHED = "GitHub, Gitea or Forgejo workflows, GitLab CI, Woodpecker, Drone, Jenkins, "
            + "CircleCI, Bitbucket and Azure pipelines, and pre-commit hooks running kubeconform, kubeval, "
            + "kube-linter, kube-score, Polaris, plumb, yamllint, conftest, helm lint, kustomize build, flux-local, "
            + "tflint or any lint or validate step";
    private static final List<String> CI_DIRECTORIES = List.of(
            ".github/workflows/", ".gitea/workflows/", ".forgejo/workflows/", ".woodpecker/", ".circleci/", ".buildkite/");
    private static final Set<String> CI_FILES = Set.of(
            ".gitlab-ci.yml", ".gitlab-ci.yaml", ".woodpecker.yml", ".woodpecker.yaml", ".drone.yml", ".drone.yaml",
            "Jenkinsfile", "bitbucket-pipelines.yml", "azure-pipelines.yml", ".pre-commit-config.yaml",
            ".pre-commit-config.yml");
    private static final Pattern VALIDATES = Pattern.compile(
            "(?i)(?<![\\w-])(?:kubeconform|kubeval|kube-linter|kube-score|polaris|plumb|yamllint|checkov|trivy|conftest"
                    + "|datree|pluto|kustomize build|helm lint|helm template|flux-local|flux build|tflint|terraform validate"
                    + "|tofu validate|ansible-lint|super-linter|megalinter|pre-commit|check-yaml|lint|linter|validate|validation"
                    + "|--dry-run|--syntax-check|helm unittest|unittest|molecule|ct lint|chart-testing|terraform plan"
                    + "|tofu plan|terragrunt plan)(?![\\w-])");

    private final RuleSettings settings;

    public CiValidationMissing(RuleSettings settings) {
        this.settings = settings;
    }

    @Override
    public void check(Platform platform, Findings findings) {
        if (settings.declared(CAPABILITY) != null) {
            return;
        }
        List<TextFile> pipelines = new ArrayList<>();
        for (TextFile file : platform.textFiles()) {
            if (isPipeline(file)) {
                if (validates(file)) {
                    return;
                }
                pipelines.add(file);
            }
        }
        if (!pipelines.isEmpty()) {
            TextFile first = pipelines.get(0);
            Gaps.reportWhateverWasRead(findings, settings, CAPABILITY, Anchor.inFile(first, 1, first.path()),
                    "CI is configured (" + first.path() + (pipelines.size() > 1 ? " and " + (pipelines.size() - 1) + " more" : "")
                            + ")", "none of it validates the manifests", SEARCHED);
            return;
        }
        Optional<Anchor> repository = Needs.repository(platform);
        repository.ifPresent(at -> Gaps.reportWhateverWasRead(findings, settings, CAPABILITY, at,
                "Nothing checks a change before it is deployed", "no CI workflow was found", SEARCHED));
    }

    static boolean isPipeline(TextFile file) {
        String path = "/" + file.path();
        for (String directory : CI_DIRECTORIES) {
            if (path.contains("/" + directory)) {
                return !directory.equals(".circleci/") || file.name().startsWith("config.");
            }
        }
        return CI_FILES.contains(file.name());
    }

    private static boolean validates(TextFile file) {
        // Every pre-commit configuration names pre-commit itself (its hooks repository); only its hooks count.
        boolean hooks = file.name().startsWith(".pre-commit-config.");
        for (String line : file.text().split("\n")) {
            String checked = hooks ? line.replace("pre-commit", "") : line;
            if (!Evidence.isCommentLine(line) && VALIDATES.matcher(checked).find()) {
                return true;
            }
        }
        return false;
    }
}
