package dev.plumb.engine;

import dev.plumb.rule.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What configuration changes about a run: rules switched off, severities overridden, accepted risks. */
public record EngineSettings(Set<String> disabledRules, Map<String, Severity> severityOverrides,
                             List<ConfigException> exceptions, LocalDate today) {

    public static EngineSettings defaults() {
        return new EngineSettings(Set.of(), Map.of(), List.of(), LocalDate.now());
    }
}
