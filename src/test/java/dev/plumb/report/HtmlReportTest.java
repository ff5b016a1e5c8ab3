package dev.plumb.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.rule.Category;
import dev.plumb.rule.Effort;
import dev.plumb.result.Finding;
import dev.plumb.rule.RuleMeta;
import dev.plumb.result.ScanResult;
import dev.plumb.rule.Severity;
import dev.plumb.rule.Subject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

    private final String html = new HtmlReport().render(SampleScan.result());

    @Test
    void oneRowPerActiveFindingAndTheSuppressedOnesWithTheirReason() {
        assertThat(occurrences(html, "<tr class=\"finding\"")).isEqualTo(6);
        assertThat(occurrences(html, "<tr class=\"suppressed\"")).isEqualTo(2);
        assertThat(html).contains("batch job, nothing to probe").contains("probes come from the mesh");
        assertThat(html).contains("<code>vendor/<wbr>big blob.bin</code> — binary file");
        assertThat(html).contains("data-card-severity=\"high\"><span class=\"count\">4</span>");
        assertThat(html).contains("data-card-category=\"security\"><span class=\"count\">4</span>");
        assertThat(html).contains("<li data-fact=\"accepted\"><strong>2</strong> accepted</li>");
        assertThat(html).contains("1 critical and 4 high to fix first");
    }

    @Test
    void repositoryTextIsEscapedEverywhere() {
        assertThat(html).contains("image `my_app:*` | tag &lt;latest&gt; is mutable").doesNotContain("<latest>");
        RuleMeta rule = new RuleMeta("debt-marker", "Debt <b>marker</b>", Category.TECH_DEBT, Severity.LOW, Effort.S,
                "r", "f", List.of());
        Finding hostile = SampleScan.finding(rule, "<script>alert(1)</script> & 'quoted'", "x\"><img src=y>/a.yaml", 3, 3,
                new Subject("Deployment", "ns", "<svg onload=z>", ""), null, "<i>note</i>");
        String page = new HtmlReport().render(SampleScan.with(List.of(hostile)));
        assertThat(page).doesNotContain("<script>alert").doesNotContain("<img").doesNotContain("<svg onload")
                .doesNotContain("<b>marker").doesNotContain("<i>note")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#39;quoted&#39;")
                .contains("data-file=\"x&quot;&gt;&lt;img src=y&gt;/a.yaml\"");
        // The first folder of that path is a unit: its name reaches the chart, the select and the rows escaped.
        assertThat(page).contains("<option value=\"x&quot;&gt;&lt;img src=y&gt;\">");
    }

    @Test
    void thePolicyAllowsExactlyTheInlineScriptAndStyleAndNothingRemote() throws Exception {
        Matcher policy = Pattern.compile("<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]+)\">").matcher(html);
        assertThat(policy.find()).isTrue();
        assertThat(policy.group(1)).startsWith("default-src 'none'; ")
                .contains("script-src " + sha256(between(html, "<script>", "</script>")) + ";")
                .contains("style-src " + sha256(between(html, "<style>", "</style>")) + ";")
                .contains("base-uri 'none'").contains("form-action 'none'")
                .doesNotContain("unsafe-inline").doesNotContain("http");
        assertThat(occurrences(html, "<script")).isEqualTo(1);
        assertThat(occurrences(html, "<style")).isEqualTo(1);
        assertThat(html).doesNotContainPattern("(?i)\\s(src|style)\\s*=").doesNotContainPattern("(?i)https?://")
                .doesNotContainPattern("(?i)<link\\b");
    }

    @Test
    void twoRendersAreIdenticalAndAnotherDateChangesOnlyTheDatedLine() {
        assertThat(new HtmlReport().render(SampleScan.result())).isEqualTo(html);
        ScanResult sample = SampleScan.result();
        ScanResult later = new ScanResult(sample.toolVersion(), sample.root(), Instant.parse("2026-03-04T05:06:07Z"),
                sample.elapsed().multipliedBy(3), sample.files(), sample.resources(), sample.findings(), sample.skipped(),
                sample.rules());
        String other = new HtmlReport().render(later);
        String dated = "(?m)^<p class=\"dated\">.*$";
        assertThat(html).contains("<p class=\"dated\">Scanned 2026-02-01 10:15 UTC</p>");
        assertThat(other).contains("<p class=\"dated\">Scanned 2026-03-04 05:06 UTC</p>");
        assertThat(other.replaceAll(dated, "")).isEqualTo(html.replaceAll(dated, ""));
    }

    @Test
    void chartsCountFindingsByCategoryAndTopLevelFolder() {
        String unitChart = between(html, "<figcaption>Findings by unit</figcaption>", "</figure>");
        assertThat(unitChart).contains("<title>apps: 3 findings (2 high, 1 medium)</title>")
                .doesNotContain("(root files)") // no file of the sample sits at the root
                .contains("<a href=\"#unit=rbac\"");
        String categoryChart = between(html, "<figcaption>Findings by category</figcaption>", "</figure>");
        assertThat(categoryChart).contains("<title>Security: 4 findings (1 critical, 3 high)</title>")
                .contains("<title>Performance: 0 findings</title>");
        assertThat(html).doesNotContainPattern("(?:x|width)=\"[^\"]*(?:E|NaN|Infinity)");
    }

    @Test
    void theConcernsAuditShowsOneCardPerConcernAndTheMatrixSaysWhenThereIsNoUnit() {
        int concerns = dev.plumb.report.concerns.Concerns.of(SampleScan.result()).concerns().size();
        assertThat(concerns).isPositive();
        assertThat(occurrences(html, "<article class=\"concern")).isEqualTo(concerns);
        assertThat(html).contains("<a href=\"#concerns\">Concerns</a>").contains("<a href=\"#compliance\">Compliance</a>")
                .contains("<h3 id=\"concerns-security\">Security Considerations</h3>")
                .contains("<dt>Fix approach</dt><dd><p>Fix privileged-container.</p></dd>")
                .contains("No chart, Terraform stack or folder of workloads was found");
    }

    @Test
    void ruleReferencesAreLinksToFollowAndOnlyHttpAddressesBecomeLinks() {
        RuleMeta rule = new RuleMeta("debt-marker", "Debt marker", Category.TECH_DEBT, Severity.LOW, Effort.S, "r", "f",
                List.of("https://kubernetes.io/docs/concepts/?a=1&b=<2>", "javascript:alert(1)"));
        String page = new HtmlReport().render(SampleScan.with(List.of(SampleScan.finding(rule, "TODO in a comment",
                "apps/a.yaml", 3, 3, Subject.NONE, null, null))));
        assertThat(page).contains("<dt>References</dt><dd><ul class=\"references\"><li><a href=\"https://kubernetes.io/docs/"
                + "concepts/?a=1&amp;b=&lt;2&gt;\" rel=\"noopener noreferrer\" target=\"_blank\">kubernetes.io/docs/concepts/"
                + "?a=1&amp;b=&lt;2&gt;</a></li><li>javascript:alert(1)</li></ul></dd>")
                .doesNotContain("href=\"javascript");
        assertThat(Pattern.compile("(?<!href=\")https?://").matcher(page).find()).as("a URL only inside href").isFalse();
    }

    @Test
    void aCleanScanSaysSoInsteadOfAnEmptyTable() {
        String clean = new HtmlReport().render(SampleScan.clean());
        assertThat(clean).contains("<p class=\"verdict good\">No findings</p>")
                .contains("<p class=\"no-match\" id=\"no-match\">No findings: nothing to report.</p>")
                .doesNotContain("id=\"accepted\"").doesNotContain("id=\"skipped\"");
    }

    private static String sha256(String text) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start) + start.length();
        return text.substring(from, text.indexOf(end, from));
    }

    private static int occurrences(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
