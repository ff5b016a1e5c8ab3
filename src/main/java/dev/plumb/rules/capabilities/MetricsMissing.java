package dev.plumb.rules.capabilities;

import dev.plumb.model.Platform;
import dev.plumb.rule.Category;
import dev.plumb.rule.Effort;
import dev.plumb.rule.Findings;
import dev.plumb.rule.RepositoryRule;
import dev.plumb.rule.RuleInfo;
import dev.plumb.rule.RuleSettings;
import dev.plumb.rule.Severity;

@RuleInfo(
        id = "metrics-missing",
        title = "No metrics collection",
        category = Category.MISSING_CAPABILITY,
        severity = Severity.MEDIUM,
        effort = Effort.M,
        rationale = "Without metrics a full disk, a memory leak or a node at 100 % CPU is noticed when a service "
                + "stops, and afterwards there is no history to tell what happened or when it started. Metrics "
                + "also drive the alerts that make the other safeguards (backups, certificates) visible when "
                + "they fail.",
        fix = """
                Install a metrics stack and keep its configuration in the repository, for example \
                kube-prometheus-stack through Flux:
                ```yaml
                apiVersion: helm.toolkit.fluxcd.io/v2
                kind: HelmRelease
                metadata:
                  name: kube-prometheus-stack
                  namespace: monitoring
                spec:
                  interval: 1h
                  chart:
                    spec:
                      chart: kube-prometheus-stack
                      sourceRef: {kind: HelmRepository, name: prometheus-community}
                ```
                VictoriaMetrics or Grafana Alloy are lighter alternatives on small nodes. If metrics are \
                collected outside the repository, declare it: `capabilities: {metrics: "Netdata on every node"}`.""",
        references = {
            "https://prometheus.io/docs/introduction/overview/",
            "https://kubernetes.io/docs/concepts/cluster-administration/system-metrics/",
            "https://docs.victoriametrics.com/"
        })
public final class MetricsMissing implements RepositoryRule {

    static final String CAPABILITY = "metrics";
    static final String SEARCHED = "Prometheus (operator objects, images, charts, scrape configs), VictoriaMetrics, "
            + "Grafana Agent/Alloy, Mimir, the OpenTelemetry Collector, Netdata, Datadog, Zabbix, Telegraf, Checkmk "
            + "and Beszel";

    static final Signals SIGNALS = new Signals()
            .groups("monitoring.coreos.com", "operator.victoriametrics.com", "monitoring.grafana.com",
                    "collectors.grafana.com", "datadoghq.com")
            .kinds("opentelemetry.io", "OpenTelemetryCollector")
            .images("prometheus", "prometheus-operator", "victoria-metrics", "vmagent", "vmsingle", "vminsert",
                    "victoriametrics/operator", "grafana/agent", "grafana/alloy", "grafana/mimir",
                    "opentelemetry-collector", "opentelemetry-collector-contrib", "opentelemetry-collector-k8s",
                    "netdata/netdata", "datadog/agent", "datadoghq/agent", "telegraf", "zabbix-", "check-mk-raw",
                    "beszel", "beszel-agent")
            .charts("kube-prometheus-stack", "prometheus", "victoria-metrics-k8s-stack", "victoria-metrics-single",
                    "victoria-metrics-cluster", "victoria-metrics-agent", "victoria-metrics-operator", "grafana-agent",
                    "grafana-agent-operator", "alloy", "k8s-monitoring", "mimir-distributed", "netdata", "datadog",
                    "opentelemetry-collector", "telegraf", "zabbix", "beszel")
            .mentions("scrape_configs:", "remote_write:");

    private final RuleSettings settings;

    public MetricsMissing(RuleSettings settings) {
        this.settings = settings;
    }

    @Override
    public void check(Platform platform, Findings findings) {
        if (settings.declared(CAPABILITY) != null || Evidence.present(platform, SIGNALS)) {
            return;
        }
        // Nothing runs, nothing to measure: a repository of CRDs or RBAC alone needs no metrics stack.
        Needs.firstRunning(platform).ifPresent(first -> Gaps.report(platform, findings, settings, CAPABILITY, first,
                first.what() + " and the rest of the platform run unmeasured",
                "no metrics collection was found", SEARCHED));
    }
}
