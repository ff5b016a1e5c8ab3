package dev.plumb.load.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A chart that renders for minutes costs its own render, not the scan. */
class HelmEngineTimeLimitTest {

    @TempDir
    Path chart;

    @Test
    void aRenderThatTakesTooLongIsAFailureAndTheNextChartStillRenders() throws IOException {
        Files.writeString(chart.resolve("Chart.yaml"), "apiVersion: v2\nname: slow\nversion: 0.1.0\n");
        Files.createDirectories(chart.resolve("templates"));
        Files.writeString(chart.resolve("templates/cm.yaml"),
                "{{- range until 60000000 }}{{- end }}\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: slow\n");
        long started = System.nanoTime();

        assertThatThrownBy(() -> HelmEngine.template(chart, "slow", "default", List.of(), 1))
                .isInstanceOf(HelmEngine.RenderFailure.class)
                .hasMessageContaining("did not finish rendering within 1 s");
        assertThat((System.nanoTime() - started) / 1_000_000_000.0).isLessThan(3.0);
        Files.writeString(chart.resolve("templates/cm.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: quick\n");
        assertThat(HelmEngine.template(chart, "quick", "default", List.of(), 10)).contains("name: quick");
        assertThat(HelmMessages.chartFault("Helm did not finish rendering within 30 s")).isTrue();
    }
}
