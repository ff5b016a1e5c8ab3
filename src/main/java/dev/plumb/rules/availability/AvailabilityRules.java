package dev.plumb.rules.availability;

import dev.plumb.rule.Rule;
import dev.plumb.rule.RuleSettings;
import java.util.List;

/** The availability theme of the catalogue; the registry gathers every theme's list. */
public final class AvailabilityRules {

    private AvailabilityRules() {
    }

    public static List<Rule> all(RuleSettings settings) {
        return List.of(
                new PdbMissing(),
                new PdbBlocksEviction(),
                new CriticalWorkloadSingleReplica(settings),
                new ReplicasWithoutSpread(),
                new HpaTargetMissing(),
                new HpaReplicasConflict(),
                new StatefulSetServiceMissing(),
                new SelectorTemplateMismatch(),
                new GpuWorkloadSingleNode(),
                new WorkloadDisabled());
    }
}
