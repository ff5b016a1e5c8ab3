package dev.plumb.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plumb.report.compliance.Control;
import dev.plumb.rule.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConfigReaderTest {

    private final ConfigReader reader = new ConfigReader(Set.of("image-tag-mutable", "host-namespace"));

    @Test
    void readsRulesExcludesAndExceptions() {
        PlumbConfig config = reader.parse(".plumb.yaml", """
                rules:
                  image-tag-mutable: {severity: low}
                  host-namespace:
                    enabled: false
                exclude: ["vendor/**", "*.bak"]
                exceptions:
                  - rule: host-namespace
                    subject: DaemonSet/monitoring/node-exporter
                    reason: reads host metrics by design
                    expires: 2027-06-30
                """);
        assertThat(config.severityOverrides()).containsEntry("image-tag-mutable", Severity.LOW);
        assertThat(config.disabledRules()).containsExactly("host-namespace");
        assertThat(config.excludes()).containsExactly("vendor/**", "*.bak");
        assertThat(config.exceptions()).singleElement().satisfies(exception -> {
            assertThat(exception.expires()).isEqualTo(LocalDate.of(2027, 6, 30));
            assertThat(exception.subject()).isEqualTo("DaemonSet/monitoring/node-exporter");
        });
    }

    @Test
    void terraformVarFilesApplyToTheirStack() {
        PlumbConfig config = reader.parse(".plumb.yaml", """
                terraform:
                  varFiles:
                    - stacks/shop/prod.tfvars
                    - ./stacks/shop/extra.tfvars
                    - {stack: stacks/blog, file: envs/blog.tfvars}
                    - root.tfvars
                """);
        assertThat(config.terraformVarFiles())
                .containsEntry("stacks/shop", List.of("stacks/shop/prod.tfvars", "stacks/shop/extra.tfvars"))
                .containsEntry("stacks/blog", List.of("envs/blog.tfvars"))
                .containsEntry("", List.of("root.tfvars"));
        assertThatThrownBy(() -> reader.parse(".plumb.yaml", "terraform:\n  varFiles: [../outside.tfvars]\n"))
                .hasMessageContaining(":2: terraform.varFiles entry must stay inside the scanned directory");
        assertThatThrownBy(() -> reader.parse(".plumb.yaml", "terraform:\n  varfiles: [a.tfvars]\n"))
                .hasMessageContaining(":2: unknown key under terraform \"varfiles\"");
        assertThatThrownBy(() -> reader.parse(".plumb.yaml", "terraform:\n  varFiles:\n    - {stack: a, path: b}\n"))
                .hasMessageContaining("unknown key in a terraform.varFiles entry \"path\"");
    }

    @Test
    void unknownKeysAreErrorsWithTheirLine() {
        assertThatThrownBy(() -> reader.parse(".plumb.yaml", "rules: {}\nexlcude: [x]\n"))
                .isInstanceOf(ConfigError.class)
                .hasMessageStartingWith(".plumb.yaml:2: unknown top-level key \"exlcude\"");
        assertThatThrownBy(() -> reader.parse(".plumb.yaml", "exceptions:\n  - rule: host-namespace\n    subject: x\n    reason: y\n    until: 2027-01-01\n"))
                .hasMessageContaining(":5: unknown key in an exception \"until\"");
    }

    @Test
    void unknownRulesBadSeveritiesAndDatesAreErrors() {
        assertThatThrownBy(() -> reader.parse(".plumb.yaml", "rules:\n  image-tag-mutible: {enabled: false}\n"))
                .hasMessageContaining(":2: unknown rule \"image-tag-mutible\"");
        assertThatThrownBy(() -> reader.parse(".plumb.yaml", "rules:\n  image-tag-mutable: {severity: urgent}\n"))
                .hasMessageContaining("must be one of critical, high, medium, low, info");
        assertThatThrownBy(() -> reader.parse(".plumb.yaml", "exceptions:\n  - {rule: host-namespace, path: a, reason: b, expires: soon}\n"))
                .hasMessageContaining("expires must be a date");
    }

    @Test
    void exceptionsNeedAReasonAndAScope() {
        assertThatThrownBy(() -> reader.parse(".plumb.yaml", "exceptions:\n  - {rule: host-namespace, path: a}\n"))
                .hasMessageContaining("needs \"reason\"");
        assertThatThrownBy(() -> reader.parse(".plumb.yaml", "exceptions:\n  - {rule: host-namespace, reason: b}\n"))
                .hasMessageContaining("needs a path or a subject");
    }

    @Test
    void brokenYamlIsAConfigErrorWithItsLine() {
        assertThatThrownBy(() -> reader.parse(".plumb.yaml", "rules:\n\t- x\n"))
                .isInstanceOf(ConfigError.class).hasMessageStartingWith(".plumb.yaml:2:");
    }

    @Test
    void anEmptyFileIsAnEmptyConfig() {
        assertThat(reader.parse(".plumb.yaml", "# nothing yet\n")).isEqualTo(PlumbConfig.empty());
    }

    @Test
    void readsWhatRulesAreToldAboutThePlatform() {
        PlumbConfig config = reader.parse(".plumb.yaml", """
                images:
                  allowedRegistries: [ghcr.io/acme, registry.k8s.io]
                criticalImages: [authentik]
                techDebt: {maxFileLines: 800}
                capabilities:
                  backup: Borg on the NAS, nightly
                """);
        assertThat(config.ruleSettings().allowedRegistries()).containsExactly("ghcr.io/acme", "registry.k8s.io");
        assertThat(config.ruleSettings().criticalImages()).containsExactly("authentik");
        assertThat(config.ruleSettings().maxFileLines()).isEqualTo(800);
        assertThat(config.ruleSettings().declared("backup")).isEqualTo("Borg on the NAS, nightly");
        assertThat(reader.parse(".plumb.yaml", "rules: {}\n").ruleSettings().maxFileLines()).isEqualTo(500);
    }

    @Test
    void unknownCapabilitiesAndBadLimitsAreErrorsWithTheirLine() {
        assertThatThrownBy(() -> reader.parse(".plumb.yaml", "capabilities:\n  backups: restic\n"))
                .isInstanceOf(ConfigError.class).hasMessageContaining(".plumb.yaml:2").hasMessageContaining("\"backups\"");
        assertThatThrownBy(() -> reader.parse(".plumb.yaml", "capabilities:\n  backup: \"\"\n"))
                .isInstanceOf(ConfigError.class).hasMessageContaining("needs a note");
        assertThatThrownBy(() -> reader.parse(".plumb.yaml", "techDebt:\n  maxFileLines: lots\n"))
                .isInstanceOf(ConfigError.class).hasMessageContaining(".plumb.yaml:2").hasMessageContaining("positive whole number");
    }

    @Test
    void complianceUnitsAndControlsAreReadInTheirOrder() {
        PlumbConfig config = reader.parse(".plumb.yaml", """
                compliance:
                  units: ["apps/*", top-level]
                  controls: [probes, network-policy, tests]
                """);
        assertThat(config.complianceUnits()).containsExactly("apps/*", "top-level");
        assertThat(config.controls()).containsExactly(Control.PROBES, Control.NETWORK_POLICY, Control.TESTS);
        assertThat(reader.parse(".plumb.yaml", "rules: {}\n").controls()).containsExactlyElementsOf(Control.all());
    }

    @Test
    void unknownComplianceKeysAndControlsAreErrorsWithTheirLine() {
        assertThatThrownBy(() -> reader.parse(".plumb.yaml", "compliance:\n  columns: [probes]\n"))
                .isInstanceOf(ConfigError.class).hasMessageStartingWith(".plumb.yaml:2: unknown key under compliance \"columns\"");
        assertThatThrownBy(() -> reader.parse(".plumb.yaml", "compliance:\n  controls:\n    - probes\n    - pdbs\n"))
                .isInstanceOf(ConfigError.class).hasMessageStartingWith(".plumb.yaml:4: unknown control \"pdbs\"")
                .hasMessageContaining("service-account, rbac, network-policy");
        assertThatThrownBy(() -> reader.parse(".plumb.yaml", "compliance:\n  controls: [probes, probes]\n"))
                .isInstanceOf(ConfigError.class).hasMessageContaining("listed twice");
    }
}
