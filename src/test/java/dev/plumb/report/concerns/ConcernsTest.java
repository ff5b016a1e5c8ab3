package dev.plumb.report.concerns;

import static dev.plumb.report.concerns.Scans.accepted;
import static dev.plumb.report.concerns.Scans.container;
import static dev.plumb.report.concerns.Scans.finding;
import static dev.plumb.report.concerns.Scans.result;
import static dev.plumb.report.concerns.Scans.rule;
import static dev.plumb.report.concerns.Scans.withFacet;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.rule.Category;
import dev.plumb.result.Finding;
import dev.plumb.result.PlatformFacts;
import dev.plumb.rule.RuleMeta;
import dev.plumb.rule.Severity;
import dev.plumb.rule.Subject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConcernsTest {

    private static final PlatformFacts FACTS = new PlatformFacts(5, 4, 8, 10, List.of());
    private static final RuleMeta MUTABLE = rule("image-tag-mutable", Category.DEPENDENCIES, Severity.MEDIUM);
    private static final RuleMeta LIVENESS = rule("liveness-probe-missing", Category.RELIABILITY, Severity.MEDIUM);
    private static final RuleMeta READINESS = rule("readiness-probe-missing", Category.RELIABILITY, Severity.MEDIUM);
    private static final RuleMeta ORPHAN = rule("service-selector-orphan", Category.RELIABILITY, Severity.HIGH);
    private static final RuleMeta SINGLE = rule("critical-workload-single-replica", Category.RELIABILITY, Severity.MEDIUM);
    private static final RuleMeta DEBT = rule("debt-marker", Category.TECH_DEBT, Severity.LOW);
    private static final RuleMeta HOST = rule("host-namespace", Category.SECURITY, Severity.HIGH);

    @Test
    void sectionsFollowTheAuditOrderAndKnownBugsAreSetApartFromFragileAreas() {
        Concerns concerns = Concerns.of(result(FACTS,
                finding(ORPHAN, "svc.yaml", 3, new Subject("Service", "shop", "redis", ""), "selects nothing"),
                finding(SINGLE, "db.yaml", 5, container("shop", "db", ""), "one replica"),
                finding(DEBT, "notes.yaml", 1, Subject.NONE, "TODO in a comment")));
        assertThat(concerns.sections()).containsExactly(Section.TECH_DEBT, Section.KNOWN_BUGS, Section.FRAGILE_AREAS);
        assertThat(concerns.in(Section.KNOWN_BUGS)).extracting(Concern::id).containsExactly("service-selector-orphan");
        assertThat(concerns.in(Section.FRAGILE_AREAS)).extracting(Concern::id)
                .containsExactly("critical-workload-single-replica");
    }

    @Test
    void mutableTagsAreCountedAgainstEveryImageReferenceWithTheTagsBrokenDown() {
        Concern concern = Concerns.of(result(FACTS,
                withFacet(finding(MUTABLE, "a.yaml", 7, container("web", "a", "app"), "tag latest"), "latest"),
                withFacet(finding(MUTABLE, "b.yaml", 9, container("web", "b", "app"), "tag latest"), "latest"),
                withFacet(finding(MUTABLE, "b.yaml", 30, container("web", "c", "app"), "no tag"), "none"),
                withFacet(finding(MUTABLE, "c.yaml", 4, container("web", "d", "app"), "tag main"), "main")))
                .concerns().get(0);
        assertThat(concern.issue())
                .isEqualTo("4 of 10 image references use a mutable tag (`latest` 2, `main` 1, no tag 1) across 3 files.");
        assertThat(concern.findings()).isEqualTo(4);
        assertThat(concern.files()).isEqualTo(3);
    }

    @Test
    void probeRulesTellOneStoryWithTheShareOfWorkloadsThatHaveBoth() {
        Concerns concerns = Concerns.of(result(FACTS,
                finding(LIVENESS, "a.yaml", 10, container("web", "a", "app"), "no liveness"),
                finding(READINESS, "a.yaml", 10, container("web", "a", "app"), "no readiness"),
                finding(LIVENESS, "b.yaml", 12, container("web", "b", "app"), "no liveness"),
                finding(READINESS, "c.yaml", 12, container("jobs", "c", "app"), "no readiness")));
        assertThat(concerns.concerns()).hasSize(1);
        Concern probes = concerns.concerns().get(0);
        assertThat(probes.id()).isEqualTo("health-probes");
        assertThat(probes.rules()).containsExactly("liveness-probe-missing", "readiness-probe-missing");
        assertThat(probes.issue()).isEqualTo("4 gaps across 3 files (no livenessProbe 2, no readinessProbe 2). "
                + "Only 1 of 4 long-running workloads define both probes.");
        assertThat(probes.locations()).extracting(Location::where, Location::detail).containsExactly(
                org.assertj.core.groups.Tuple.tuple("a.yaml:10", "no livenessProbe, no readinessProbe"),
                org.assertj.core.groups.Tuple.tuple("b.yaml:12", "no livenessProbe"),
                org.assertj.core.groups.Tuple.tuple("c.yaml:12", "no readinessProbe"));
        assertThat(probes.impact()).endsWith("Here it affects 3 workloads in namespaces `jobs`, `web`.");
    }

    @Test
    void aSingleFindingIsToldByItsOwnMessage() {
        Concern concern = Concerns.of(result(FACTS,
                finding(ORPHAN, "svc.yaml", 3, new Subject("Service", "shop", "redis", ""), "Service/shop/redis selects app=reddis")))
                .concerns().get(0);
        assertThat(concern.issue()).isEqualTo("Service/shop/redis selects app=reddis.");
        assertThat(concern.impact()).isEqualTo("Why service-selector-orphan matters. Here it affects 1 Service in namespace `shop`.");
        assertThat(concern.fix()).isEqualTo("Fix service-selector-orphan.");
    }

    @Test
    void acceptedFindingsLeaveTheConcernsAndAreListedWithReasonAndExpiry() {
        Finding first = finding(HOST, "ne.yaml", 30, new Subject("DaemonSet", "monitoring", "node-exporter", ""), "hostPID");
        Finding second = finding(HOST, "ne.yaml", 31, new Subject("DaemonSet", "monitoring", "node-exporter", ""), "hostNetwork");
        Concerns concerns = Concerns.of(result(FACTS,
                accepted(first, "reads host metrics by design", LocalDate.of(2027, 6, 30)),
                accepted(second, "reads host metrics by design", LocalDate.of(2027, 6, 30))));
        assertThat(concerns.concerns()).isEmpty();
        assertThat(concerns.accepted()).singleElement().satisfies(gap -> {
            assertThat(gap.rule()).isEqualTo("host-namespace");
            assertThat(gap.subject()).isEqualTo("DaemonSet/monitoring/node-exporter");
            assertThat(gap.locations()).extracting(Location::where).containsExactly("ne.yaml:30", "ne.yaml:31");
            assertThat(gap.expires()).isEqualTo(LocalDate.of(2027, 6, 30));
        });
        String md = ConcernsMarkdown.render(concerns, result(FACTS));
        assertThat(md).contains("## Accepted Gaps")
                .contains("`ne.yaml:30`, `ne.yaml:31` — DaemonSet/monitoring/node-exporter: reads host metrics by design. "
                        + "Accepted in `.plumb.yaml` until 2027-06-30.")
                .endsWith("\n---\n\nConcerns audit: 2026-03-04\n");
    }

    @Test
    void markdownListsFiveLocationsThenHowManyMore() {
        List<Finding> findings = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            findings.add(finding(SINGLE, "apps/w" + i + ".yaml", i, container("web", "w" + i, ""), "one replica"));
        }
        String md = ConcernsMarkdown.render(Concerns.of(result(FACTS, findings.toArray(Finding[]::new))), result(FACTS));
        assertThat(md).contains("- `apps/w5.yaml:5` — Deployment/web/w5\n- +3 more\n").doesNotContain("w6.yaml");
        assertThat(md).contains("**Issue:** Title of critical-workload-single-replica: 8 workloads across 8 files.");
    }

    @Test
    void repositoryValuesCannotStartMarkupInTheAudit() {
        String md = ConcernsMarkdown.render(Concerns.of(result(FACTS,
                finding(ORPHAN, "svc.yaml", 3, new Subject("Service", "shop", "a_b", ""), "selects *app* `x` <b>"))),
                result(FACTS));
        assertThat(md).contains("**Issue:** selects \\*app\\* 'x' \\<b\\>.");
    }

    @Test
    void aFindingAboutAWholeFileIsListedByItsPath() {
        Concern concern = Concerns.of(result(FACTS, finding(DEBT, "notes/big.yaml", 0, Subject.NONE, "1200 lines")))
                .concerns().get(0);
        assertThat(concern.locations()).extracting(Location::where).containsExactly("notes/big.yaml");
    }

    @Test
    void anEmptyScanStillSaysSoAndCloses() {
        String md = ConcernsMarkdown.render(Concerns.of(result(FACTS)), result(FACTS));
        assertThat(md).startsWith("# Concerns\n\nAudit of `infra` from its code: no open concern in 10 files.")
                .doesNotContain("## ").endsWith("Concerns audit: 2026-03-04\n");
    }
}
