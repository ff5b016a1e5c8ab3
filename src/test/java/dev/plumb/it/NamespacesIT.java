package dev.plumb.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every finding names the namespace the object lands in, as the tool that deploys it decides. */
class NamespacesIT {

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: %s%s}
            spec:
              selector: {matchLabels: {app: %1$s}}
              template:
                metadata: {labels: {app: %1$s}}
                spec:
                  containers:
                    - name: app
                      image: ghcr.io/acme/%1$s:latest
            """;

    @TempDir
    Path repo;

    @Test
    void fluxTargetNamespaceArgoDestinationAndKustomizeNamespaceNameTheSubject() throws IOException {
        write("clusters/main/apps.yaml", """
                apiVersion: kustomize.toolkit.fluxcd.io/v1
                kind: Kustomization
                metadata: {name: media, namespace: flux-system}
                spec:
                  path: ./apps/media
                  targetNamespace: media
                  sourceRef: {kind: GitRepository, name: flux-system}
                ---
                apiVersion: argoproj.io/v1alpha1
                kind: Application
                metadata: {name: tools, namespace: argocd}
                spec:
                  source: {repoURL: "https://git.example.org/infra.git", path: apps/tools}
                  destination: {server: "https://kubernetes.default.svc", namespace: tools}
                """);
        write("apps/media/jellyfin.yaml", DEPLOYMENT.formatted("jellyfin", ", namespace: default"));
        write("apps/tools/wiki.yaml", DEPLOYMENT.formatted("wiki", ""));
        write("apps/tools/pinned.yaml", DEPLOYMENT.formatted("pinned", ", namespace: ops"));
        write("apps/shop/kustomization.yaml", "namespace: shop\nresources: [web.yaml]\n");
        write("apps/shop/web.yaml", DEPLOYMENT.formatted("web", ""));

        PlumbProcess.Result result = PlumbProcess.run("scan", repo.toString(), "--format", "json", "--fail-on", "none");
        JsonNode report = new ObjectMapper().readTree(result.out());

        Map<String, String> namespaces = new HashMap<>();
        report.get("findings").forEach(finding -> {
            if (finding.get("rule").asText().equals("image-tag-mutable")) {
                namespaces.put(finding.get("subject").get("name").asText(), finding.get("subject").get("namespace").asText());
            }
        });
        assertThat(namespaces).containsOnly(
                Map.entry("jellyfin", "media"),
                Map.entry("wiki", "tools"),
                Map.entry("pinned", "ops"),
                Map.entry("web", "shop"));
    }

    private void write(String path, String text) throws IOException {
        Path file = repo.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
