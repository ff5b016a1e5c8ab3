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
        id = "uptime-monitoring-missing",
        title = "Public endpoints without uptime monitoring",
        category = Category.MISSING_CAPABILITY,
        severity = Severity.MEDIUM,
        effort = Effort.S,
        rationale = "Probes inside a pod only tell Kubernetes that the process answers; they do not notice an "
                + "expired certificate, a broken DNS record, a router that lost its port forward or an ingress "
                + "controller that stopped routing. Without a check from the outside, users find the outage "
                + "first.",
        fix = """
                Check every public hostname from outside the service, with alerts: Uptime Kuma or Gatus \
                for a homelab, or the Prometheus blackbox exporter with a Probe object:
                ```yaml
                apiVersion: monitoring.coreos.com/v1
                kind: Probe
                metadata:
                  name: public-sites
                  namespace: monitoring
                spec:
                  prober: {url: blackbox-exporter.monitoring.svc:9115}
                  module: http_2xx
                  targets:
                    staticConfig:
                      static: [https://shop.example.net, https://blog.example.net]
                ```
                Run at least one check from outside the home network (a small VPS or a hosted service). If \
                that exists outside the repository, declare it: `capabilities: {uptime-monitoring: "UptimeRobot"}`.""",
        references = {
            "https://github.com/prometheus/blackbox_exporter",
            "https://github.com/louislam/uptime-kuma",
            "https://github.com/TwiN/gatus"
        })
public final class UptimeMonitoringMissing implements RepositoryRule {

    static final String CAPABILITY = "uptime-monitoring";
    static final String SEARCHED = "the blackbox exporter and Probe/VMProbe objects, Uptime Kuma, Gatus, Statping, "
            + "Healthchecks, Smokeping, Checkly, Upptime workflows, UptimeRobot, StatusCake and Better Stack";

    static final Signals SIGNALS = new Signals()
            .kinds("monitoring.coreos.com", "Probe")
            .kinds("operator.victoriametrics.com", "VMProbe")
            .groups("k8s.checklyhq.com")
            .images("blackbox-exporter", "uptime-kuma", "gatus", "statping", "statping-ng", "healthchecks",
                    "smokeping")
            .charts("prometheus-blackbox-exporter", "blackbox-exporter", "uptime-kuma", "gatus", "statping",
                    "healthchecks", "smokeping")
            .mentions("upptime/", "hc-ping.com", "uptimerobot", "statuscake", "betteruptime", "http_2xx");

    private final RuleSettings settings;

    public UptimeMonitoringMissing(RuleSettings settings) {
        this.settings = settings;
    }

    @Override
    public void check(Platform platform, Findings findings) {
        if (settings.declared(CAPABILITY) != null) {
            return;
        }
        Needs.firstEndpoint(platform).ifPresent(endpoint -> {
            if (!Evidence.present(platform, SIGNALS)) {
                Gaps.report(platform, findings, settings, CAPABILITY, endpoint, endpoint.what() + " is published",
                        "nothing checks it from the outside", SEARCHED);
            }
        });
    }
}
