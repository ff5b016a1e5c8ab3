package dev.plumb.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReportsTest {

    @Test
    void eachFormatNameGivesItsReport() {
        assertThat(Reports.forFormat("console", false, false)).isInstanceOf(ConsoleReport.class);
        assertThat(Reports.forFormat("json", false, false)).isInstanceOf(JsonReport.class);
        assertThat(Reports.forFormat("sarif", false, false)).isInstanceOf(SarifReport.class);
        assertThat(Reports.forFormat("markdown", false, false)).isInstanceOf(MarkdownReport.class);
        assertThat(Reports.forFormat("JSON", false, false)).isInstanceOf(JsonReport.class);
    }

    @Test
    void anUnknownFormatNamesTheValidOnes() {
        assertThatThrownBy(() -> Reports.forFormat("html", false, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown format 'html'; valid formats: console, json, sarif, markdown");
    }

    @Test
    void theConsoleReportHonoursTheColourChoice() {
        String coloured = SampleScan.render(Reports.forFormat("console", true, false), SampleScan.result());
        String plain = SampleScan.render(Reports.forFormat("console", false, false), SampleScan.result());
        assertThat(coloured).contains("\u001b[");
        assertThat(plain).doesNotContain("\u001b[");
    }
}
