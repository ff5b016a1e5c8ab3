package dev.plumb.rules.capabilities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** metrics-missing, log-aggregation-missing and uptime-monitoring-missing beyond their fixtures. */
class ObservabilityRulesTest {

    static final String WEB = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
              namespace: shop
            spec:
              template:
                spec:
                  containers:
                    - name: web
                      image: ghcr.io/acme/web:1.0.0
            """;

    static final String INGRESS = """
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: web
              namespace: shop
            spec:
              rules:
                - host: shop.example.net
            """;

    static String helmRelease(String name, String chart) {
        return """
                apiVersion: helm.toolkit.fluxcd.io/v2
                kind: HelmRelease
                metadata:
                  name: %s
                  namespace: monitoring
                spec:
                  chart:
                    spec:
                      chart: %s
                """.formatted(name, chart);
    }

    @Test
    void metricsStacksInTheirUsualForms() {
        var operatorObjects = Repo.with("web.yaml", WEB).and("monitor.yaml", """
                apiVersion: monitoring.coreos.com/v1
                kind: ServiceMonitor
                metadata: {name: web, namespace: shop}
                """);
        var fluxChart = Repo.with("web.yaml", WEB).and("monitoring.yaml", helmRelease("kps", "kube-prometheus-stack"));
        var argoChart = Repo.with("web.yaml", WEB).and("vm.yaml", """
                apiVersion: argoproj.io/v1alpha1
                kind: Application
                metadata: {name: vm, namespace: argocd}
                spec:
                  source:
                    repoURL: https://victoriametrics.github.io/helm-charts/
                    chart: victoria-metrics-k8s-stack
                """);
        var compose = Repo.with("web.yaml", WEB).and("monitoring/compose.yaml", """
                services:
                  prometheus:
                    image: prom/prometheus:v2.54.1
                """);
        var alloy = Repo.with("web.yaml", WEB).and("alloy.yaml", """
                apiVersion: apps/v1
                kind: DaemonSet
                metadata: {name: alloy, namespace: monitoring}
                spec:
                  template:
                    spec:
                      containers:
                        - name: alloy
                          image: grafana/alloy:v1.4.2
                """);
        for (Repo repo : new Repo[] {operatorObjects, fluxChart, argoChart, compose, alloy}) {
            assertThat(repo.run(MetricsMissing::new)).isEmpty();
        }
    }

    @Test
    void logStacksCountByWhatTheRepositoryInstallsInEveryForm() {
        // bjw-s app-template deploys what the release is named after; the chart itself says nothing.
        var appTemplate = Repo.with("web.yaml", WEB).and("logs/release.yaml", helmRelease("loki", "app-template"));
        var ociSource = Repo.with("web.yaml", WEB).and("logs/oci.yaml", """
                apiVersion: source.toolkit.fluxcd.io/v1beta2
                kind: OCIRepository
                metadata: {name: logs, namespace: observability}
                spec:
                  url: oci://ghcr.io/victoriametrics/helm-charts/victoria-logs-single
                """);
        var wrapperChart = Repo.with("web.yaml", WEB).and("charts/logging/Chart.yaml", """
                apiVersion: v2
                name: logging
                version: 1.0.0
                dependencies:
                  - name: fluent-bit
                    version: 0.47.10
                    repository: https://fluent.github.io/helm-charts
                """);
        var helmfile = Repo.with("web.yaml", WEB).and("helmfile.yaml", """
                releases:
                  - name: logs
                    chart: grafana/loki
                """);
        for (Repo repo : new Repo[] {appTemplate, ociSource, wrapperChart, helmfile}) {
            assertThat(repo.run(LogAggregationMissing::new)).isEmpty();
        }
        assertThat(Repo.with("web.yaml", WEB).and("apps/release.yaml", helmRelease("immich", "app-template"))
                .run(LogAggregationMissing::new)).hasSize(1);
    }

    @Test
    void metricsNeedSomethingRunning() {
        assertThat(Repo.with("rbac.yaml", """
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRole
                metadata: {name: reader}
                """).run(MetricsMissing::new)).isEmpty();
        assertThat(Repo.with("web.yaml", WEB).declaring("metrics", "Netdata Cloud").run(MetricsMissing::new)).isEmpty();
        // A Flux repository of HelmReleases runs software too.
        assertThat(Repo.with("apps.yaml", helmRelease("immich", "immich")).run(MetricsMissing::new)).hasSize(1);
    }

    @Test
    void logShippersCountAndSearchIndexesDoNot() {
        var promtail = Repo.with("web.yaml", WEB).and("promtail.yaml", """
                apiVersion: apps/v1
                kind: DaemonSet
                metadata: {name: promtail, namespace: monitoring}
                spec:
                  template:
                    spec:
                      containers:
                        - name: promtail
                          image: docker.io/grafana/promtail:3.2.0
                """);
        var loki = Repo.with("web.yaml", WEB).and("loki.yaml", helmRelease("loki", "loki"));
        assertThat(promtail.run(LogAggregationMissing::new)).isEmpty();
        assertThat(loki.run(LogAggregationMissing::new)).isEmpty();
        var searchIndex = Repo.with("web.yaml", WEB).and("search.yaml", """
                apiVersion: apps/v1
                kind: StatefulSet
                metadata: {name: elasticsearch, namespace: files}
                spec:
                  template:
                    spec:
                      containers:
                        - name: elasticsearch
                          image: docker.elastic.co/elasticsearch/elasticsearch:8.15.1
                """);
        assertThat(searchIndex.run(LogAggregationMissing::new)).hasSize(1);
    }

    @Test
    void uptimeMonitoringOnlyMattersForPublishedEndpoints() {
        assertThat(Repo.with("web.yaml", WEB).run(UptimeMonitoringMissing::new)).isEmpty();
        assertThat(Repo.with("web.yaml", WEB).and("ingress.yaml", INGRESS).run(UptimeMonitoringMissing::new))
                .singleElement().satisfies(finding -> assertThat(finding.message()).startsWith("Ingress/shop/web is published"));
    }

    @Test
    void uptimeCheckersInTheirUsualForms() {
        var kuma = Repo.with("ingress.yaml", INGRESS).and("kuma.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: uptime-kuma, namespace: monitoring}
                spec:
                  template:
                    spec:
                      containers:
                        - name: uptime-kuma
                          image: louislam/uptime-kuma:1.23.15
                """);
        var probe = Repo.with("ingress.yaml", INGRESS).and("probe.yaml", """
                apiVersion: monitoring.coreos.com/v1
                kind: Probe
                metadata: {name: sites, namespace: monitoring}
                """);
        var upptime = Repo.with("ingress.yaml", INGRESS).and(".github/workflows/uptime.yml", """
                name: Uptime CI
                jobs:
                  release:
                    steps:
                      - uses: upptime/uptime-monitor@v1.38.0
                """);
        var heartbeat = Repo.with("ingress.yaml", INGRESS).and("scripts/check.sh", """
                #!/bin/sh
                curl -fsS https://shop.example.net/healthz && curl -fsS https://hc-ping.com/5f1c0a3e-uuid
                """);
        for (Repo repo : new Repo[] {kuma, probe, upptime, heartbeat}) {
            assertThat(repo.run(UptimeMonitoringMissing::new)).isEmpty();
        }
    }
}
