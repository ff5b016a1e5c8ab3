package dev.plumb.rules.rbac;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.load.yaml.YamlLoader;
import dev.plumb.model.Node;
import dev.plumb.model.Resource;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RBAC's matching rules on their own: what a rule entry grants, as the API server's authorizer reads it. */
class PolicyRuleTest {

    private static List<PolicyRule> rules(String yaml) {
        Resource role = YamlLoader.load("r.yaml", yaml).resources().get(0);
        return PolicyRule.of(role);
    }

    private static PolicyRule rule(String groups, String resources, String verbs) {
        return rules("""
                apiVersion: rbac.authorization.k8s.io/v1
                kind: Role
                metadata: {name: r, namespace: apps}
                rules:
                  - {apiGroups: %s, resources: %s, verbs: %s}
                """.formatted(groups, resources, verbs)).get(0);
    }

    private static String granted(PolicyRule rule, String group, String resource) {
        Node grant = rule.grant(group, resource);
        return grant.isMissing() ? null : grant.text();
    }

    @Test
    void aStarBeforeTheSlashMatchesThatSubresourceOfEveryResource() {
        PolicyRule rule = rule("[\"\"]", "[\"*/exec\"]", "[create]");
        assertThat(granted(rule, "", "pods/exec")).isEqualTo("*/exec");
        assertThat(granted(rule, "", "pods/attach")).isNull();
        assertThat(granted(rule, "", "pods")).isNull();
    }

    @Test
    void aStarAfterTheSlashIsNoPattern() {
        PolicyRule rule = rule("[\"\"]", "[\"pods/*\"]", "[create]");
        assertThat(granted(rule, "", "pods/exec")).isNull();
    }

    @Test
    void aStarResourceCoversSubresourcesButOnlyInItsGroups() {
        PolicyRule rule = rule("[\"\"]", "[\"*\"]", "[get]");
        assertThat(granted(rule, "", "secrets")).isEqualTo("*");
        assertThat(granted(rule, "", "pods/exec")).isEqualTo("*");
        assertThat(granted(rule, "apps", "deployments")).isNull();
        assertThat(rule.isBlanket()).isFalse();
    }

    @Test
    void verbsAreMatchedExactlyOrByStar() {
        assertThat(rule("[\"\"]", "[secrets]", "[list, watch]").allowed(List.of("get", "list", "watch"))).containsExactly("list", "watch");
        assertThat(rule("[\"\"]", "[secrets]", "[\"*\"]").allowed(List.of("get", "list"))).containsExactly("get", "list");
        assertThat(rule("[\"\"]", "[secrets]", "[\"*\"]").verb("impersonate").text()).isEqualTo("*");
    }

    @Test
    void everyVerbOnEveryResourceIsABlanketWhateverTheGroups() {
        assertThat(rule("[\"\"]", "[\"*\"]", "[\"*\"]").isBlanket()).isTrue();
        assertThat(rule("[\"*\"]", "[\"*\"]", "[get, create, update, patch, delete]").isBlanket()).isTrue();
        assertThat(rule("[\"*\"]", "[\"*\"]", "[get, list, watch]").isBlanket()).isFalse();
    }

    @Test
    void aggregatedRolesLookAlikesAndNonResourceUrlsHaveNoRulesToCheck() {
        assertThat(rules("""
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRole
                metadata: {name: monitoring}
                aggregationRule: {clusterRoleSelectors: [{matchLabels: {team: monitoring}}]}
                rules: [{apiGroups: ["*"], resources: ["*"], verbs: ["*"]}]
                """)).isEmpty();
        assertThat(rules("""
                apiVersion: iam.example.io/v1
                kind: Role
                metadata: {name: r}
                rules: [{apiGroups: ["*"], resources: ["*"], verbs: ["*"]}]
                """)).isEmpty();
        assertThat(rules("""
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRole
                metadata: {name: metrics}
                rules: [{nonResourceURLs: ["*"], verbs: ["*"]}]
                """)).isEmpty();
    }
}
