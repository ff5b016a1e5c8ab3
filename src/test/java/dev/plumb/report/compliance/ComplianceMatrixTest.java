package dev.plumb.report.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.rule.Category;
import dev.plumb.rule.Effort;
import dev.plumb.rule.Finding;
import dev.plumb.rule.PlatformFacts;
import dev.plumb.rule.RuleMeta;
import dev.plumb.rule.ScanResult;
import dev.plumb.rule.Severity;
import dev.plumb.rule.Subject;
import dev.plumb.rule.Suppression;
import dev.plumb.rule.UnitFacts;
import dev.plumb.rule.UnitKind;
import dev.plumb.rule.WorkloadFacts;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ComplianceMatrixTest {

    private static final RuleMeta LIVENESS = rule("liveness-probe-missing");
    private static final RuleMeta PROVIDER = rule("terraform-provider-unpinned");
    private static final RuleMeta NETPOL = rule("network-policy-missing");

    /** web: 3 replicas, own ServiceAccount, scraped; worker: 1 replica, default ServiceAccount, not scraped; a nightly job. */
    private static final UnitFacts SHOP = new UnitFacts("apps/shop", UnitKind.FOLDER, "apps/shop", List.of(
            workload("Deployment/shop/web", "apps/shop/web.yaml", true, 3, "web", true),
            workload("Deployment/shop/worker", "apps/shop/worker.yaml", true, 1, "default", false),
            workload("CronJob/shop/report", "apps/shop/report.yaml", false, -1, "reporter", false)),
            Set.of("apps/shop/web.yaml", "apps/shop/worker.yaml", "apps/shop/report.yaml"), List.of());
    private static final UnitFacts STACK = new UnitFacts("infra/dns", UnitKind.TERRAFORM_STACK, "infra/dns", List.of(),
            Set.of("infra/dns/main.tf"), List.of("infra/dns/tests/records.tftest.hcl"));
    private static final UnitFacts CHART = new UnitFacts("charts/blog", UnitKind.CHART, "blog", List.of(
            workload("Deployment/blog/blog", "charts/blog/templates/deployment.yaml", true, 2, "blog", true)),
            Set.of("charts/blog/templates/deployment.yaml"), List.of());

    @Test
    void cellsAreMissingWhereTheFindingsAreAndApplyOnlyWhereTheControlCan() {
        ComplianceMatrix matrix = ComplianceMatrix.of(scan(
                finding(LIVENESS, "apps/shop/worker.yaml", new Subject("Deployment", "shop", "worker", "app")),
                finding(PROVIDER, "infra/dns/main.tf", Subject.NONE)));
        Row shop = matrix.rows().get(0);
        assertThat(shop.cell(Control.PROBES).mark()).isEqualTo(Mark.MISSING);
        assertThat(shop.cell(Control.PROBES).gaps()).containsExactly(
                new Gap("Deployment/shop/worker", List.of("liveness-probe-missing")));
        assertThat(shop.cell(Control.NETWORK_POLICY).mark()).isEqualTo(Mark.HAVE);
        assertThat(shop.cell(Control.PDB).mark()).as("web's 3 replicas make a PDB apply").isEqualTo(Mark.HAVE);
        assertThat(shop.cell(Control.SERVICE_ACCOUNT).gaps()).containsExactly(
                new Gap("Deployment/shop/worker", List.of("runs as ServiceAccount default")));
        assertThat(shop.cell(Control.SERVICE_MONITOR).gaps()).extracting(Gap::subject)
                .as("a batch job is not expected to be scraped").containsExactly("Deployment/shop/worker");
        assertThat(shop.cell(Control.TESTS).mark()).isEqualTo(Mark.NOT_APPLICABLE);

        Row stack = matrix.rows().get(1);
        assertThat(stack.cell(Control.PINNED_IMAGES).mark()).isEqualTo(Mark.MISSING);
        assertThat(stack.cell(Control.PINNED_IMAGES).gaps()).containsExactly(
                new Gap("infra/dns/main.tf:4", List.of("terraform-provider-unpinned")));
        assertThat(stack.cell(Control.PROBES).mark()).isEqualTo(Mark.NOT_APPLICABLE);
        assertThat(stack.cell(Control.TESTS).mark()).isEqualTo(Mark.HAVE);

        Row chart = matrix.rows().get(2);
        assertThat(chart.cell(Control.TESTS).mark()).isEqualTo(Mark.MISSING);
        assertThat(chart.cell(Control.PDB).mark()).isEqualTo(Mark.HAVE);
    }

    @Test
    void aFindingUnderAnAcceptedExceptionDoesNotMakeACellMissing() {
        Finding accepted = finding(NETPOL, "apps/shop/web.yaml", new Subject("Deployment", "shop", "web", ""))
                .suppressed(new Suppression("config", "egress only", LocalDate.of(2027, 1, 1)));
        ComplianceMatrix matrix = ComplianceMatrix.of(scan(accepted));
        assertThat(matrix.rows().get(0).cell(Control.NETWORK_POLICY).mark()).isEqualTo(Mark.HAVE);
    }

    @Test
    void totalsCountApplicableUnitsOnly() {
        ComplianceMatrix matrix = ComplianceMatrix.of(scan(
                finding(LIVENESS, "apps/shop/worker.yaml", new Subject("Deployment", "shop", "worker", "app"))));
        assertThat(matrix.totals()).filteredOn(total -> total.control() == Control.PROBES).singleElement()
                .satisfies(total -> {
                    assertThat(total.have()).isEqualTo(1);
                    assertThat(total.missing()).isEqualTo(1);
                    assertThat(total.percent()).isEqualTo(50);
                });
        assertThat(matrix.totals()).filteredOn(total -> total.control() == Control.TESTS).singleElement()
                .satisfies(total -> assertThat(total.percent()).isEqualTo(50));
    }

    @Test
    void configuredControlsAreTheColumnsInTheirOrder() {
        ComplianceMatrix matrix = ComplianceMatrix.of(scan(
                finding(LIVENESS, "apps/shop/worker.yaml", new Subject("Deployment", "shop", "worker", "app"))),
                List.of(Control.TESTS, Control.PROBES));
        assertThat(matrix.controls()).containsExactly(Control.TESTS, Control.PROBES);
        assertThat(matrix.rows().get(0).cells()).extracting(Cell::control).containsExactly(Control.TESTS, Control.PROBES);
        String md = ComplianceMarkdown.render(matrix, LocalDate.of(2026, 3, 4));
        assertThat(md).contains("| Unit | Kind | Tests | Probes |\n|---|---|:-:|:-:|\n")
                .contains("| `apps/shop` | folder | – | ✘ |\n")
                .contains("| `blog` | Helm chart | ✘ | ✔ |\n")
                .contains("| Tests | 1 | 1 | 50% |\n")
                .contains("- **Tests** (1 of 2 units): `blog` — no templates/tests/ and no helm.sh/hook: test.\n")
                .contains("- **Probes** (1 of 2 units): `apps/shop` — Deployment/shop/worker (`liveness-probe-missing` in CONCERNS.md).")
                .endsWith("Compliance matrix: 2026-03-04\n");
    }

    private static ScanResult scan(Finding... findings) {
        return new ScanResult("test", "/srv/infra", Instant.parse("2026-03-04T10:00:00Z"), Duration.ZERO, 5, 5,
                List.of(findings), List.of(), List.of(LIVENESS, PROVIDER, NETPOL),
                new PlatformFacts(4, 3, 4, 4, List.of(SHOP, STACK, CHART)));
    }

    private static WorkloadFacts workload(String subject, String file, boolean longRunning, int replicas,
                                          String serviceAccount, boolean scraped) {
        return new WorkloadFacts(subject, subject.substring(0, subject.indexOf('/')), file, 1, longRunning, replicas,
                serviceAccount, true, false, scraped);
    }

    private static RuleMeta rule(String id) {
        return new RuleMeta(id, id, Category.RELIABILITY, Severity.MEDIUM, Effort.S, "why", "fix", List.of());
    }

    private static Finding finding(RuleMeta rule, String file, Subject subject) {
        return new Finding(rule, rule.severity(), "message", file, 4, 4, subject, rule.id() + file, null, null);
    }
}
