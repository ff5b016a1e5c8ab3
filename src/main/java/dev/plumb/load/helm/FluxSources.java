package dev.plumb.load.helm;

import dev.plumb.model.Node;
import dev.plumb.model.Resource;
import java.util.List;
import java.util.Optional;

/**
 * The chart a Flux HelmRelease takes from outside the repository, by name and pinned version: a chart of
 * a HelmRepository ({@code spec.chart.spec}), or an OCIRepository it names ({@code spec.chartRef}), whose
 * URL ends with the chart's name and whose tag is its version.
 */
final class FluxSources {

    private FluxSources() {}

    record RemoteChart(String name, String version) {}

    static Optional<RemoteChart> remoteChart(Resource release, List<Resource> resources) {
        Node spec = release.spec();
        Node chartSpec = spec.path("chart", "spec");
        if (chartSpec.path("sourceRef", "kind").textOr("").equals("HelmRepository")) {
            String name = chartSpec.get("chart").text();
            return name == null ? Optional.empty() : Optional.of(new RemoteChart(name, chartSpec.get("version").text()));
        }
        Node reference = spec.get("chartRef");
        if (!reference.get("kind").textOr("").equals("OCIRepository")) {
            return Optional.empty();
        }
        String name = reference.get("name").textOr("");
        String namespace = reference.get("namespace").textOr(release.namespace());
        for (Resource repository : resources) {
            if (repository.kind().equals("OCIRepository") && repository.name().equals(name)
                    && repository.namespace().equals(namespace)) {
                String url = repository.spec().get("url").text();
                String tag = repository.spec().path("ref", "tag").text();
                return url == null ? Optional.empty() : Optional.of(new RemoteChart(LocalReleases.lastSegment(url), tag));
            }
        }
        return Optional.empty();
    }
}
