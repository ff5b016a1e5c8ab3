package dev.plumb.rules.networking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.load.yaml.LoadedFile;
import dev.plumb.load.yaml.YamlLoader;
import dev.plumb.model.Platform;
import dev.plumb.model.TextFile;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Traefik's entry point redirection lives in its static configuration, which applies to the whole
 * repository; a fixture file cannot show it next to routes that must still be reported.
 */
class IngressTlsMissingTest {

    private static final String ROUTES = """
            apiVersion: traefik.io/v1alpha1
            kind: IngressRoute
            metadata:
              name: gitea
              namespace: git
            spec:
              entryPoints: [web, websecure]
              routes:
                - match: Host(`git.example.com`)
                  services: [{name: gitea, port: 3000}]
            ---
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: wiki
              namespace: wiki
            spec:
              rules:
                - host: wiki.example.com
            ---
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: office
              namespace: cloud
            spec:
              ingressClassName: nginx
              rules:
                - host: office.example.com
            """;

    @Test
    void withoutRedirectionEveryPlainRouteIsReported() {
        assertThat(messages(List.of())).hasSize(3);
    }

    @Test
    void traefikArgumentRedirectingWebSilencesTraefikRoutesOnly() {
        String args = """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: traefik
                  namespace: traefik
                spec:
                  template:
                    spec:
                      containers:
                        - name: traefik
                          image: traefik:v3.1.4
                          args:
                            - --entrypoints.web.http.redirections.entrypoint.to=websecure
                """;
        assertThat(messages(List.of(args))).singleElement().asString().contains("office.example.com");
    }

    @Test
    void helmValuesRedirectToCount() {
        String values = """
                apiVersion: helm.cattle.io/v1
                kind: HelmChartConfig
                metadata:
                  name: traefik
                  namespace: kube-system
                spec:
                  valuesContent: |-
                    ports:
                      web:
                        redirectTo:
                          port: websecure
                """;
        assertThat(messages(List.of(values))).singleElement().asString().contains("Ingress/cloud/office");
    }

    @Test
    void aCommentedOutRedirectionDoesNot() {
        String values = """
                # ports:
                #   web:
                #     redirectTo: websecure
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: notes
                """;
        assertThat(messages(List.of(values))).hasSize(3);
    }

    private static List<String> messages(List<String> extraFiles) {
        List<String> files = new ArrayList<>(List.of(ROUTES));
        files.addAll(extraFiles);
        List<dev.plumb.model.Resource> resources = new ArrayList<>();
        List<TextFile> texts = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            String path = "file" + i + ".yaml";
            LoadedFile loaded = YamlLoader.load(path, files.get(i));
            resources.addAll(loaded.resources());
            texts.add(new TextFile(path, files.get(i)));
        }
        List<String> messages = new ArrayList<>();
        new IngressTlsMissing().check(new Platform(resources, List.of(), List.of(), texts),
                (subject, at, endLine, message) -> messages.add(message));
        return messages;
    }
}
