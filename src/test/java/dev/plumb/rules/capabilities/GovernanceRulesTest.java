package dev.plumb.rules.capabilities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** admission-policy-missing and ci-validation-missing beyond their fixtures. */
class GovernanceRulesTest {

    @Test
    void admissionPolicyInItsUsualForms() {
        var psa = Repo.with("web.yaml", ObservabilityRulesTest.WEB).and("ns.yaml", """
                apiVersion: v1
                kind: Namespace
                metadata:
                  name: shop
                  labels:
                    pod-security.kubernetes.io/enforce: baseline
                """);
        var kyverno = Repo.with("web.yaml", ObservabilityRulesTest.WEB).and("policy.yaml", """
                apiVersion: kyverno.io/v1
                kind: ClusterPolicy
                metadata: {name: require-limits}
                """);
        var vap = Repo.with("web.yaml", ObservabilityRulesTest.WEB).and("vap.yaml", """
                apiVersion: admissionregistration.k8s.io/v1
                kind: ValidatingAdmissionPolicy
                metadata: {name: no-latest}
                """);
        var k3sConfig = Repo.with("web.yaml", ObservabilityRulesTest.WEB).and("k3s/config.yaml", """
                kube-apiserver-arg:
                  - admission-control-config-file=/etc/rancher/k3s/psa.yaml
                """);
        for (Repo repo : new Repo[] {psa, kyverno, vap, k3sConfig}) {
            assertThat(repo.run(AdmissionPolicyMissing::new)).isEmpty();
        }
        assertThat(Repo.with("web.yaml", ObservabilityRulesTest.WEB).run(AdmissionPolicyMissing::new)).hasSize(1);
    }

    @Test
    void validatingPipelinesSilenceTheCiRule() {
        var workflow = Repo.with("web.yaml", ObservabilityRulesTest.WEB).and(".github/workflows/ci.yaml", """
                on: [push]
                jobs:
                  check:
                    steps:
                      - run: kustomize build clusters/home | kubeconform -strict
                """);
        var woodpecker = Repo.with("web.yaml", ObservabilityRulesTest.WEB).and(".woodpecker/validate.yml", """
                steps:
                  - name: manifests
                    image: ghcr.io/yannh/kubeconform:v0.6.7
                    commands: [kubeconform -summary apps/]
                """);
        var preCommit = Repo.with("web.yaml", ObservabilityRulesTest.WEB).and(".pre-commit-config.yaml", """
                repos:
                  - repo: https://github.com/adrienverge/yamllint
                    rev: v1.35.1
                    hooks:
                      - id: yamllint
                """);
        for (Repo repo : new Repo[] {workflow, woodpecker, preCommit}) {
            assertThat(repo.run(CiValidationMissing::new)).isEmpty();
        }
    }

    @Test
    void preCommitWithoutValidatorsIsNotValidation() {
        var repo = Repo.with(".pre-commit-config.yaml", """
                repos:
                  - repo: https://github.com/pre-commit/pre-commit-hooks
                    rev: v4.6.0
                    hooks:
                      - id: trailing-whitespace
                """).and("web.yaml", ObservabilityRulesTest.WEB);
        assertThat(repo.run(CiValidationMissing::new)).singleElement().satisfies(finding -> {
            assertThat(finding.file()).isEqualTo(".pre-commit-config.yaml");
            assertThat(finding.line()).isEqualTo(1);
        });
    }

    @Test
    void withoutAnyPipelineTheFindingSitsOnTheFirstFile() {
        var repo = Repo.with("apps/web.yaml", ObservabilityRulesTest.WEB).and("README.md", "# Homelab\n");
        assertThat(repo.run(CiValidationMissing::new)).singleElement().satisfies(finding -> {
            assertThat(finding.file()).isEqualTo("apps/web.yaml");
            assertThat(finding.line()).isEqualTo(1);
            assertThat(finding.message()).startsWith("Nothing checks a change before it is deployed, but no CI workflow was found");
        });
        assertThat(repo.declaring("ci-validation", "Jenkins on the NAS").run(CiValidationMissing::new)).isEmpty();
    }
}
