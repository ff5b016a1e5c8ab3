package dev.plumb.rules.capabilities;

import dev.plumb.rule.Rule;
import dev.plumb.rule.RuleSettings;
import java.util.List;

/** The capabilities theme of the catalogue; the registry gathers every theme's list. */
public final class CapabilityRules {

    private CapabilityRules() {
    }

    public static List<Rule> all(RuleSettings settings) {
        return List.of(
                new BackupMissing(settings),
                new RestoreTestMissing(settings),
                new MetricsMissing(settings),
                new LogAggregationMissing(settings),
                new UptimeMonitoringMissing(settings),
                new TlsAutomationMissing(settings),
                new SecretManagementMissing(settings),
                new AdmissionPolicyMissing(settings),
                new CiValidationMissing(settings));
    }
}
