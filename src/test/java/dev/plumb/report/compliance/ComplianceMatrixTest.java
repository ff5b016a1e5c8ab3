package dev.plumb.report.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.model.Coverage;
import dev.plumb.model.FileCoverage;
import dev.plumb.model.LiveScopes;
import dev.plumb.model.NotLive;
import dev.plumb.model.SourceType;
import dev.plumb.report.CatalogueReporting;
import dev.plumb.rule.Category;
import dev.plumb.rule.Effort;
import dev.plumb.result.Finding;
import dev.plumb.result.PlatformFacts;
import dev.plumb.rule.RuleMeta;
import dev.plumb.result.ScanResult;
import dev.plumb.rule.Severity;
import dev.plumb.rule.Subject;
import dev.plumb.result.Suppression;
import dev.plumb.result.UnitFacts;
import dev.plumb.result.UnitKind;
import dev.plumb.result.WorkloadFacts;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
                .contains("| Tests | 1 | 1 | 50% | 0 |\n")
                .contains("- **Tests** (1 of 2 units): `blog` — no templates/tests/ and no helm.sh/hook: test.\n")
                .contains("- **Probes** (1 of 2 units): `apps/shop` — Deployment/shop/worker (`liveness-probe-missing` in CONCERNS.md).")
                .endsWith("Compliance matrix: 2026-03-04\n");
    }

    @Test
    void aUnitWithAFileNotAnalysedIsNotCheckedWhereItWouldPassAndKeepsItsFindings() {
        Coverage coverage = new Coverage(List.of(
                FileCoverage.analysed("apps/shop/web.yaml", SourceType.KUBERNETES),
                FileCoverage.partial("apps/shop/worker.yaml", SourceType.KUBERNETES, FileCoverage.PARSE_ERROR, Set.of("*")),
                FileCoverage.analysed("apps/shop/report.yaml", SourceType.KUBERNETES)));
        ComplianceMatrix matrix = ComplianceMatrix.of(scan(coverage,
                finding(LIVENESS, "apps/shop/worker.yaml", new Subject("Deployment", "shop", "worker", "app"))));

        Row shop = matrix.rows().get(0);
        assertThat(shop.cell(Control.PROBES).mark()).as("a finding is real").isEqualTo(Mark.MISSING);
        assertThat(shop.cell(Control.NETWORK_POLICY).mark()).isEqualTo(Mark.NOT_CHECKED);
        assertThat(shop.cell(Control.NETWORK_POLICY).gaps()).containsExactly(
                new Gap("apps/shop", List.of("1 Kubernetes manifest of this folder has a parse error")));
        assertThat(shop.cell(Control.PDB).mark()).isEqualTo(Mark.NOT_CHECKED);
        assertThat(shop.cell(Control.TESTS).mark()).as("a folder has no tests to look for").isEqualTo(Mark.NOT_APPLICABLE);
        assertThat(matrix.rows().get(1).cells()).as("the stack was analysed in full")
                .extracting(Cell::mark).doesNotContain(Mark.NOT_CHECKED);
    }

    @Test
    void anUnrenderedChartIsNotCheckedExceptForItsTestsWhichItsFileNamesDecide() {
        UnitFacts unrendered = new UnitFacts("charts/wiki", UnitKind.CHART, "wiki", List.of(),
                Set.of("charts/wiki/Chart.yaml", "charts/wiki/templates/deployment.yaml"), List.of());
        Coverage coverage = new Coverage(List.of(
                FileCoverage.notAnalysed("charts/wiki/Chart.yaml", SourceType.HELM, FileCoverage.CHART_NOT_RENDERED, Set.of()),
                FileCoverage.notAnalysed("charts/wiki/templates/deployment.yaml", SourceType.HELM,
                        FileCoverage.CHART_NOT_RENDERED, Set.of("Deployment"))));

        ComplianceMatrix matrix = ComplianceMatrix.of(scan(coverage, List.of(unrendered)));

        Row wiki = matrix.rows().get(0);
        assertThat(wiki.cells()).filteredOn(cell -> cell.control() != Control.TESTS).extracting(Cell::mark)
                .containsOnly(Mark.NOT_CHECKED);
        assertThat(wiki.cell(Control.PROBES).gaps()).containsExactly(
                new Gap("wiki", List.of("2 files of this Helm chart are not rendered yet")));
        assertThat(wiki.cell(Control.TESTS).mark()).isEqualTo(Mark.MISSING);
        assertThat(matrix.notChecked()).singleElement().satisfies(unit -> {
            assertThat(unit.controls()).hasSize(Control.all().size() - 1).doesNotContain(Control.TESTS);
            assertThat(unit.reason()).isEqualTo("2 files of this Helm chart are not rendered yet");
        });
    }

    @Test
    void retiredAndTestContentIsNoPartOfTheUnitPlumbFailedToSee() {
        UnitFacts chart = new UnitFacts("charts/blog", UnitKind.CHART, "blog", CHART.workloads(),
                Set.of("charts/blog/templates/deployment.yaml", "charts/blog/templates/tests/smoke.yaml"),
                List.of("charts/blog/templates/tests/smoke.yaml"));
        Coverage coverage = new Coverage(List.of(
                FileCoverage.analysed("charts/blog/templates/deployment.yaml", SourceType.HELM),
                FileCoverage.notAnalysed("charts/blog/templates/tests/smoke.yaml", SourceType.HELM,
                        FileCoverage.CHART_NOT_RENDERED, Set.of()).notLive(FileCoverage.TEST)),
                new LiveScopes(Map.of("charts/blog/templates/tests", new NotLive("charts/blog/templates/tests", "test"))));

        ComplianceMatrix matrix = ComplianceMatrix.of(scan(coverage, List.of(chart)));

        assertThat(matrix.rows().get(0).cells()).extracting(Cell::mark).doesNotContain(Mark.NOT_CHECKED);
        assertThat(matrix.notChecked()).isEmpty();
    }

    @Test
    void totalsCountJudgedCellsAndSayHowManyWereNotChecked() {
        UnitFacts unrendered = new UnitFacts("charts/wiki", UnitKind.CHART, "wiki", List.of(),
                Set.of("charts/wiki/templates/deployment.yaml"), List.of());
        Coverage coverage = new Coverage(List.of(FileCoverage.notAnalysed("charts/wiki/templates/deployment.yaml",
                SourceType.HELM, FileCoverage.CHART_NOT_RENDERED, Set.of("Deployment"))));
        ComplianceMatrix matrix = ComplianceMatrix.of(scan(coverage, List.of(SHOP, unrendered),
                finding(LIVENESS, "apps/shop/worker.yaml", new Subject("Deployment", "shop", "worker", "app"))));

        assertThat(matrix.totals()).filteredOn(total -> total.control() == Control.NETWORK_POLICY).singleElement()
                .isEqualTo(new Total(Control.NETWORK_POLICY, 1, 0, 1))
                .satisfies(total -> assertThat(total.percent()).as("of the judged unit").isEqualTo(100));
        assertThat(matrix.totals()).filteredOn(total -> total.control() == Control.TESTS).singleElement()
                .isEqualTo(new Total(Control.TESTS, 0, 1, 0));

        String md = ComplianceMarkdown.render(matrix, LocalDate.of(2026, 3, 4));
        assertThat(md).contains("✔ has it, ✘ misses it, – does not apply, ? not checked")
                .contains("| `wiki` | Helm chart | ? | ? | ? | ? | ? | ? | ? | ? | ? | ✘ |\n")
                .contains("| Control | Have | Missing | % | Not checked |\n")
                .contains("| NetworkPolicy | 1 | 0 | 100% | 1 |\n")
                .contains("\n## Not checked\n")
                .contains("- `wiki` — ServiceAccount, RBAC, NetworkPolicy, ServiceMonitor, PDB, Probes, Resources, "
                        + "Pinned images, securityContext: 1 file of this Helm chart is not rendered yet.\n");
    }

    @Test
    void aFullyAnalysedScanSaysNothingOfUncheckedCells() {
        String md = ComplianceMarkdown.render(ComplianceMatrix.of(scan()), LocalDate.of(2026, 3, 4));
        assertThat(md).doesNotContain("## Not checked").doesNotContain("| ? |");
    }

    private static ScanResult scan(Finding... findings) {
        return scan(Coverage.NONE, findings);
    }

    private static ScanResult scan(Coverage coverage, Finding... findings) {
        return scan(coverage, List.of(SHOP, STACK, CHART), findings);
    }

    private static ScanResult scan(Coverage coverage, List<UnitFacts> units, Finding... findings) {
        return new ScanResult("test", "/srv/infra", Instant.parse("2026-03-04T10:00:00Z"), Duration.ZERO, 5, 5,
                List.of(findings), List.of(), List.of(LIVENESS, PROVIDER, NETPOL),
                new PlatformFacts(4, 3, 4, 4, units), coverage, false);
    }

    private static WorkloadFacts workload(String subject, String file, boolean longRunning, int replicas,
                                          String serviceAccount, boolean scraped) {
        return new WorkloadFacts(subject, subject.substring(0, subject.indexOf('/')), file, 1, longRunning, replicas,
                serviceAccount, true, false, scraped);
    }

    /** A rule backing the controls the catalogue's rule of that id backs. */
    private static RuleMeta rule(String id) {
        return new RuleMeta(id, id, Category.RELIABILITY, Severity.MEDIUM, Effort.S, "why", "fix", List.of())
                .withReporting(CatalogueReporting.of(id));
    }

    private static Finding finding(RuleMeta rule, String file, Subject subject) {
        return new Finding(rule, rule.severity(), "message", file, 4, 4, subject, rule.id() + file, null, null);
    }
}
