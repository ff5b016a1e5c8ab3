package dev.plumb.rule;

/**
 * A check. Implement exactly one hook shape: {@link ResourceRule}, {@link WorkloadRule},
 * {@link ContainerRule} or {@link PlatformRule}, and describe it with {@link RuleInfo}.
 */
public sealed interface Rule permits ResourceRule, WorkloadRule, ContainerRule, PlatformRule {

    default RuleMeta meta() {
        return RuleMeta.of(this);
    }
}
