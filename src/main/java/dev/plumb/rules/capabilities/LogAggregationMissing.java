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
        id = "log-aggregation-missing",
        title = "No log aggregation",
        category = Category.MISSING_CAPABILITY,
        severity = Severity.MEDIUM,
        effort = Effort.M,
        rationale = "Container logs live on the node and disappear with the pod: after a crash loop, an "
                + "eviction or a node reboot the lines that explain the failure are gone. Without a central "
                + "store there is also no way to search across services for the request that failed or to "
                + "notice errors nobody is watching.",
        fix = """
                Ship container logs to a central store with a retention period, for example Loki with \
                Grafana Alloy (or Promtail) as the node agent:
                ```yaml
                apiVersion: helm.toolkit.fluxcd.io/v2
                kind: HelmRelease
                metadata:
                  name: loki
                  namespace: monitoring
                spec:
                  interval: 1h
                  chart:
                    spec:
                      chart: loki
                      sourceRef: {kind: HelmRepository, name: grafana}
                ```
                VictoriaLogs, Vector or Fluent Bit with OpenSearch work as well. If logs are collected \
                outside the repository, declare it: `capabilities: {logging: "rsyslog to the NAS"}`.""",
        references = {
            "https://kubernetes.io/docs/concepts/cluster-administration/logging/",
            "https://grafana.com/docs/loki/latest/",
            "https://docs.fluentbit.io/manual"
        })
public final class LogAggregationMissing implements RepositoryRule {

    static final String CAPABILITY = "logging";
    static final String SEARCHED = "Loki, Promtail, Grafana Alloy/Agent, Fluent Bit, Fluentd, Vector, Filebeat, "
            + "Logstash, Graylog, VictoriaLogs, Quickwit, OpenObserve, SigNoz, syslog-ng, Datadog and the Logging "
            + "operator";

    /**
     * Elasticsearch and OpenSearch on their own are left out: in a homelab they are as often the
     * search index of Nextcloud or Mastodon as a log store, and logs need a shipper anyway.
     */
    static final Signals SIGNALS = new Signals()
            .groups("logging.banzaicloud.io", "logging.kube-logging.dev", "logging-extensions.banzaicloud.io",
                    "fluentbit.fluent.io", "fluentd.fluent.io", "beat.k8s.elastic.co", "logstash.k8s.elastic.co",
                    "loki.grafana.com", "datadoghq.com")
            .images("loki", "promtail", "grafana/alloy", "grafana/agent", "fluent-bit", "fluentd",
                    "fluentd-kubernetes-daemonset", "vector", "logstash", "filebeat", "graylog", "victoria-logs",
                    "quickwit", "openobserve", "datadog/agent", "datadoghq/agent",
                    "syslog-ng", "signoz")
            .charts("loki", "loki-stack", "loki-simple-scalable", "loki-distributed", "promtail", "alloy",
                    "grafana-agent", "k8s-monitoring", "fluent-bit", "fluentd", "fluent-operator", "vector",
                    "logstash", "filebeat", "graylog",
                    "victoria-logs-single", "victoria-logs-cluster", "logging-operator", "datadog", "signoz",
                    "quickwit", "openobserve");

    private final RuleSettings settings;

    public LogAggregationMissing(RuleSettings settings) {
        this.settings = settings;
    }

    @Override
    public void check(Platform platform, Findings findings) {
        if (settings.declared(CAPABILITY) != null || Evidence.present(platform, SIGNALS)) {
            return;
        }
        Needs.firstRunning(platform).ifPresent(first -> Gaps.report(platform, findings, settings, CAPABILITY, first,
                first.what() + " and the rest of the platform log only to their nodes",
                "no log aggregation was found", SEARCHED));
    }
}
