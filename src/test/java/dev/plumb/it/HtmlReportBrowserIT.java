package dev.plumb.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * report.html for the bundled example, opened in a real headless Chromium: what it shows must agree
 * with the JSON report, the filter and the sort must work when clicked and typed into, and the page
 * must load nothing but itself. Screenshots land in target/artifacts/ for a human to look at.
 */
class HtmlReportBrowserIT {

    private static final Path ARTIFACTS = Path.of("target", "artifacts").toAbsolutePath();
    private static final Path REPORT = ARTIFACTS.resolve("report.html");

    private static JsonNode json;
    private static String html;
    private static String concernsMd;
    private static String complianceMd;
    private static Chromium chromium;
    private static DevTools page;

    @BeforeAll
    static void openTheReport() throws Exception {
        Path binary = Chromium.requireBinary();
        PlumbProcess.Result scan = PlumbProcess.run("scan", "examples/homelab", "--format", "json", "--fail-on", "none");
        assertThat(scan.exitCode()).as(scan.err()).isZero();
        json = new ObjectMapper().readTree(scan.out());
        Files.createDirectories(ARTIFACTS);
        PlumbProcess.Result report = PlumbProcess.run("report", "examples/homelab", "--out", ARTIFACTS.toString(),
                "--format", "concerns,compliance,html", "--fail-on", "none");
        assertThat(report.exitCode()).as(report.err()).isZero();
        html = Files.readString(REPORT, StandardCharsets.UTF_8);
        concernsMd = Files.readString(ARTIFACTS.resolve("CONCERNS.md"), StandardCharsets.UTF_8);
        complianceMd = Files.readString(ARTIFACTS.resolve("COMPLIANCE.md"), StandardCharsets.UTF_8);

        chromium = Chromium.launch(binary);
        page = DevTools.attach(chromium.port());
        page.send("Network.enable");
        page.send("Runtime.enable");
        page.send("Log.enable");
        page.send("Page.enable");
        viewport(1366, 768);
    }

    @AfterAll
    static void closeTheBrowser() throws Exception {
        if (page != null) {
            page.close();
        }
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void cardsShowTheCountsOfTheJsonReport() {
        open("");
        JsonNode summary = json.get("summary");
        summary.get("bySeverity").fields().forEachRemaining(count -> assertThat(
                text("[data-card-severity=" + count.getKey() + "] .count")).as(count.getKey()).isEqualTo(count.getValue().asText()));
        summary.get("byCategory").fields().forEachRemaining(count -> assertThat(
                text("[data-card-category=" + count.getKey() + "] .count")).as(count.getKey()).isEqualTo(count.getValue().asText()));
        assertThat(text("[data-fact=findings] strong")).isEqualTo(summary.get("findings").asText());
        assertThat(text("[data-fact=accepted] strong")).isEqualTo(summary.get("suppressed").asText());
        assertThat(text("[data-fact=files] strong")).isEqualTo(summary.get("files").asText());
    }

    @Test
    void theTableHasOneRowPerActiveFindingAndTheAcceptedOnesApart() {
        open("");
        int active = json.get("summary").get("findings").asInt();
        assertThat(page.evaluate("document.querySelectorAll('#findings-table tbody tr').length").asInt()).isEqualTo(active);
        assertThat(visibleRows()).isEqualTo(active);
        assertThat(text("#shown")).isEqualTo(active + " findings");
        assertThat(page.evaluate("document.querySelectorAll('#accepted tbody tr').length").asInt())
                .isEqualTo(json.get("summary").get("suppressed").asInt());
        assertThat(text("#accepted tbody tr:first-child")).contains("host-namespace").contains("config");
    }

    @Test
    void concernsAndTheMatrixShowWhatTheMarkdownFilesSay() {
        open("");
        List<String> titles = new ArrayList<>();
        concernsMd.lines().filter(line -> line.startsWith("### ")).forEach(line -> titles.add(line.substring(4)
                .replace("\\", "")));
        assertThat(titles).isNotEmpty();
        assertThat(page.evaluate("[...document.querySelectorAll('#concerns article.concern h4')].map(h => h.textContent)"))
                .extracting(JsonNode::asText).containsExactlyElementsOf(titles);

        List<String> markdownRows = new ArrayList<>();
        // The page shows a unit's kind under its name, where the Markdown gives it a column of its own.
        boolean kindColumn = complianceMd.contains("| Unit | Kind |");
        complianceMd.lines().filter(line -> line.startsWith("| `")).forEach(line -> {
            String row = line.replace("`", "").replaceAll("\\s*\\|\\s*", "|").replaceAll("^\\||\\|$", "");
            markdownRows.add(kindColumn ? row.replaceFirst("^([^|]*)\\|[^|]*", "$1") : row);
        });
        assertThat(markdownRows).isNotEmpty();
        JsonNode pageRows = page.evaluate("[...document.querySelectorAll('#compliance table.matrix tbody tr')]"
                + ".map(r => [r.querySelector('th code').textContent, ...[...r.querySelectorAll('td')].map(td => td.textContent)]"
                + ".join('|'))");
        assertThat(pageRows).extracting(JsonNode::asText).containsExactlyElementsOf(markdownRows);
        assertThat(page.evaluate("document.querySelector('#compliance td.mark.missing').title").asText())
                .as("a ✘ says why").isNotBlank();
    }

    @Test
    void typingARuleIdShowsOnlyThatRulesFindings() {
        open("");
        page.evaluate("document.getElementById('q').focus()");
        page.send("Input.insertText", Map.of("text", "image-tag-mutable"));
        int expected = count(f -> f.get("rule").asText().equals("image-tag-mutable"));
        assertThat(expected).isGreaterThan(1);
        assertThat(visibleRows()).isEqualTo(expected);
        assertThat(page.evaluate(visible() + ".every(r => r.dataset.rule === 'image-tag-mutable')").asBoolean()).isTrue();
        assertThat(text("#shown")).isEqualTo("Showing " + expected + " of " + activeCount() + " findings");
        assertThat(page.evaluate("location.hash").asText()).isEqualTo("#q=image-tag-mutable");

        page.evaluate("document.getElementById('q').select()");
        page.send("Input.insertText", Map.of("text", "no rule is called this"));
        assertThat(visibleRows()).isZero();
        assertThat(page.evaluate("document.getElementById('no-match').hidden").asBoolean()).isFalse();
    }

    @Test
    void clickingSeverityChipsNarrowsTheTableToThoseSeverities() throws Exception {
        open("");
        click(".chip[data-sev=critical]");
        assertThat(visibleRows()).isEqualTo(count(f -> f.get("severity").asText().equals("critical")));
        click(".chip[data-sev=high]");
        int urgent = count(f -> List.of("critical", "high").contains(f.get("severity").asText()));
        assertThat(visibleRows()).isEqualTo(urgent);
        assertThat(page.evaluate(visible() + ".every(r => ['critical','high'].includes(r.dataset.sev))").asBoolean()).isTrue();
        assertThat(page.evaluate("location.hash").asText()).isEqualTo("#sev=critical,high");
        screenshot("report-filtered.png", "#findings");
        click("#clear");
        assertThat(visibleRows()).isEqualTo(activeCount());
    }

    @Test
    void aLinkedFilterOpensTheTableFilteredByCategoryAndSeverity() {
        open("#cat=security&sev=high,low");
        int expected = count(f -> f.get("category").asText().equals("security")
                && List.of("high", "low").contains(f.get("severity").asText()));
        assertThat(expected).isPositive();
        assertThat(visibleRows()).isEqualTo(expected);
        assertThat(page.evaluate("document.getElementById('cat').value").asText()).isEqualTo("security");
        assertThat(page.evaluate("document.querySelector('.chip[data-sev=low]').getAttribute('aria-pressed')").asText()).isEqualTo("true");

        open("");
        click("[data-card-category=security]");
        assertThat(visibleRows()).isEqualTo(count(f -> f.get("category").asText().equals("security")));
    }

    @Test
    void clickingTheLocationHeaderSortsByFileBothWays() {
        open("");
        List<String> files = new ArrayList<>();
        json.get("findings").forEach(f -> {
            if (!f.has("suppressed")) {
                files.add(f.get("file").asText());
            }
        });
        files.sort(null);
        click("th[data-sort=loc] button");
        assertThat(text("#findings-table tbody tr:first-child")).contains(files.get(0));
        assertThat(page.evaluate("document.querySelector('th[data-sort=loc]').getAttribute('aria-sort')").asText())
                .isEqualTo("ascending");
        click("th[data-sort=loc] button");
        assertThat(text("#findings-table tbody tr:first-child")).contains(files.get(files.size() - 1));
        assertThat(visibleRows()).isEqualTo(activeCount());
    }

    @Test
    void thePageLoadsNothingButItselfAndRaisesNoErrors() {
        open("");
        click(".chip[data-sev=medium]");
        for (JsonNode request : page.events("Network.requestWillBeSent")) {
            assertThat(request.get("request").get("url").asText()).matches("(file|data|about):.*");
        }
        assertThat(page.events("Network.requestWillBeSent")).isNotEmpty();
        assertThat(page.events("Runtime.exceptionThrown")).isEmpty();
        assertThat(page.events("Log.entryAdded")).noneMatch(e -> e.get("entry").get("level").asText().equals("error"));
        assertThat(page.events("Runtime.consoleAPICalled")).noneMatch(e -> e.get("type").asText().equals("error"));
        assertThat(html).contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';")
                .doesNotContainPattern("(?i)\\ssrc\\s*=")
                .doesNotContainPattern("(?i)<link\\b")
                .doesNotContainPattern("(?i)url\\(\\s*['\"]?https?:")
                .doesNotContainPattern("(?i)@import")
                .doesNotContainPattern("(?<!href=\")https?://") // rule references are links to follow, never loads
                .contains("<a href=\"https://");
    }

    @Test
    void screenshotsAtLaptopWidths() throws Exception {
        open("");
        Path viewport = screenshot("report.png");
        assertThat(Files.size(viewport)).isGreaterThan(20_000);
        viewport(1280, 900);
        screenshot("report-concerns.png", "#concerns");
        screenshot("report-compliance.png", "#compliance");
        int height = page.evaluate("Math.ceil(document.documentElement.scrollHeight)").asInt();
        int width = page.evaluate("document.documentElement.scrollWidth").asInt();
        assertThat(width).as("nothing overflows sideways at 1280 px").isLessThanOrEqualTo(1280);
        viewport(1280, height);
        screenshot("report-full.png");
        viewport(1366, 768);

        page.send("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertThat(page.evaluate("getComputedStyle(document.querySelector('.filters')).display").asText())
                    .as("print leaves out the controls").isEqualTo("none");
            assertThat(page.evaluate("getComputedStyle(document.querySelector('header.top')).display").asText()).isEqualTo("none");
            screenshot("report-print.png");
        } finally {
            page.send("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    @Test
    void twoRunsGiveTheSameBytesApartFromTheDatedLine() throws Exception {
        Path againDir = ARTIFACTS.resolve("again");
        PlumbProcess.Result again = PlumbProcess.run("report", "examples/homelab", "--out", againDir.toString(),
                "--format", "html", "--fail-on", "none");
        assertThat(again.exitCode()).isZero();
        Path second = againDir.resolve("report.html");
        String regex = "(?m)^<p class=\"dated\">.*$";
        assertThat(html).containsPattern(regex);
        assertThat(Files.readString(second).replaceAll(regex, "")).isEqualTo(html.replaceAll(regex, ""));
        Files.delete(second);
        Files.delete(againDir);
    }

    private static void open(String fragment) {
        String url = REPORT.toUri() + fragment;
        page.send("Page.navigate", Map.of("url", "about:blank"));
        page.send("Page.navigate", Map.of("url", url));
        for (int i = 0; i < 200; i++) {
            // The previous test's page must not pass for this one: same file, so compare the whole address.
            if (page.evaluate("location.href === " + quote(url) + " && document.readyState === 'complete'"
                    + " && !!document.getElementById('findings-table')").asBoolean()) {
                return;
            }
            sleep();
        }
        throw new AssertionError("report.html did not finish loading");
    }

    private static void click(String selector) {
        JsonNode at = page.evaluate("(() => { const e = document.querySelector(" + quote(selector) + ");"
                + " e.scrollIntoView({block: 'center'}); const r = e.getBoundingClientRect();"
                + " return {x: r.left + r.width / 2, y: r.top + r.height / 2}; })()");
        double x = at.get("x").asDouble();
        double y = at.get("y").asDouble();
        page.send("Input.dispatchMouseEvent", Map.of("type", "mouseMoved", "x", x, "y", y));
        page.send("Input.dispatchMouseEvent", Map.of("type", "mousePressed", "x", x, "y", y, "button", "left", "clickCount", 1));
        page.send("Input.dispatchMouseEvent", Map.of("type", "mouseReleased", "x", x, "y", y, "button", "left", "clickCount", 1));
    }

    private static Path screenshot(String name) throws Exception {
        return screenshot(name, "#overview");
    }

    /** Of the viewport, with the given element at its top. */
    private static Path screenshot(String name, String top) throws Exception {
        page.evaluate("document.querySelector(" + quote(top) + ").scrollIntoView()");
        String data = page.send("Page.captureScreenshot", Map.of("format", "png")).get("data").asText();
        Path file = ARTIFACTS.resolve(name);
        byte[] png = Base64.getDecoder().decode(data);
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        Files.write(file, png);
        return file;
    }

    private static void viewport(int width, int height) {
        page.send("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", false));
    }

    private static String visible() {
        return "[...document.querySelectorAll('#findings-table tbody tr')].filter(r => !r.hidden)";
    }

    private static int visibleRows() {
        return page.evaluate(visible() + ".length").asInt();
    }

    private static String text(String selector) {
        return page.evaluate("document.querySelector(" + quote(selector) + ").textContent.trim()").asText();
    }

    private static int activeCount() {
        return json.get("summary").get("findings").asInt();
    }

    private static int count(Predicate<JsonNode> active) {
        int n = 0;
        for (JsonNode finding : json.get("findings")) {
            if (!finding.has("suppressed") && active.test(finding)) {
                n++;
            }
        }
        return n;
    }

    private static String quote(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    private static void sleep() {
        try {
            Thread.sleep(25);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
