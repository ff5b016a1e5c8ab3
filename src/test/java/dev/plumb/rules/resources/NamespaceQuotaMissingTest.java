package dev.plumb.rules.resources;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.load.yaml.LoadedFile;
import dev.plumb.load.yaml.YamlLoader;
import dev.plumb.model.Platform;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What one fixture cannot show: a cluster-wide generate policy switches the rule off for the whole repository. */
class NamespaceQuotaMissingTest {

    private static final String WORKLOAD = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: jellyfin
              namespace: media
            spec:
              selector:
                matchLabels: {app: jellyfin}
              template:
                metadata:
                  labels: {app: jellyfin}
                spec:
                  containers:
                    - name: jellyfin
                      image: jellyfin/jellyfin:10.9.11
            """;

    private static List<String> messages(String yaml) {
        LoadedFile loaded = YamlLoader.load("p.yaml", yaml);
        Platform platform = new Platform(loaded.resources(), loaded.problems(), loaded.ignores());
        List<String> messages = new ArrayList<>();
        new NamespaceQuotaMissing().check(platform, (subject, at, endLine, message) -> messages.add(message));
        return messages;
    }

    @Test
    void reportsANamespaceWithoutQuota() {
        assertThat(messages(WORKLOAD)).singleElement().asString().contains("Namespace media runs 1 workload");
    }

    @Test
    void kyvernoClusterPolicyGeneratingQuotasCoversEveryNamespace() {
        assertThat(messages(WORKLOAD + """
                ---
                apiVersion: kyverno.io/v1
                kind: ClusterPolicy
                metadata:
                  name: add-ns-quota
                spec:
                  rules:
                    - name: generate-resourcequota
                      match:
                        any:
                          - resources:
                              kinds: [Namespace]
                      generate:
                        apiVersion: v1
                        kind: ResourceQuota
                        name: default-resourcequota
                        synchronize: true
                        namespace: "{{request.object.metadata.name}}"
                        data:
                          spec:
                            hard:
                              requests.memory: 4Gi
                """)).isEmpty();
    }

    @Test
    void clusterPolicyThatGeneratesSomethingElseChangesNothing() {
        assertThat(messages(WORKLOAD + """
                ---
                apiVersion: kyverno.io/v1
                kind: ClusterPolicy
                metadata:
                  name: add-networkpolicy
                spec:
                  rules:
                    - name: default-deny
                      generate:
                        kind: NetworkPolicy
                        name: default-deny
                """)).hasSize(1);
    }
}
