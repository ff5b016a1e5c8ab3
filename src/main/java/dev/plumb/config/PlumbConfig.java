package dev.plumb.config;

import dev.plumb.engine.ConfigException;
import dev.plumb.engine.EngineSettings;
import dev.plumb.report.compliance.Control;
import dev.plumb.rule.RuleSettings;
import dev.plumb.rule.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The contents of {@code .plumb.yaml}. {@code complianceUnits} are the folder globs that make
 * compliance-matrix rows (empty: the defaults), {@code complianceControls} its columns in order
 * (empty: every control).
 *
 * @param terraformVarFiles stack directory → the var files (root-relative) Terraform is run with there
 * @param retired           folder globs that are retired whatever their name says ({@code retired:})
 * @param live              folder globs that are live whatever their name or README says ({@code live:})
 */
public record PlumbConfig(Set<String> disabledRules, Map<String, Severity> severityOverrides,
                          List<String> excludes, List<ConfigException> exceptions, RuleSettings ruleSettings,
                          List<String> complianceUnits, List<Control> complianceControls,
                          Map<String, List<String>> terraformVarFiles, List<String> retired, List<String> live) {

    public PlumbConfig(Set<String> disabledRules, Map<String, Severity> severityOverrides,
                       List<String> excludes, List<ConfigException> exceptions, RuleSettings ruleSettings,
                       List<String> complianceUnits, List<Control> complianceControls,
                       Map<String, List<String>> terraformVarFiles) {
        this(disabledRules, severityOverrides, excludes, exceptions, ruleSettings, complianceUnits, complianceControls,
                terraformVarFiles, List.of(), List.of());
    }

    public static final String FILE_NAME = ".plumb.yaml";

    public PlumbConfig(Set<String> disabledRules, Map<String, Severity> severityOverrides,
                       List<String> excludes, List<ConfigException> exceptions, RuleSettings ruleSettings) {
        this(disabledRules, severityOverrides, excludes, exceptions, ruleSettings, List.of(), List.of(), Map.of());
    }

    public static PlumbConfig empty() {
        return new PlumbConfig(Set.of(), Map.of(), List.of(), List.of(), RuleSettings.defaults());
    }

    /** The matrix's columns: as configured, or every control. */
    public List<Control> controls() {
        return complianceControls.isEmpty() ? Control.all() : complianceControls;
    }

    public EngineSettings engineSettings(LocalDate today) {
        return new EngineSettings(disabledRules, severityOverrides, exceptions, today);
    }
}
