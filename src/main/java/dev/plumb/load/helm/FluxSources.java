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

    /**
     * @param repository where {@code plumb charts pull} fetches it: the HelmRepository's URL, or the
     *                   OCIRepository's registry path without the chart's name; null when the repository
     *                   object is not in the repository
     */
    record RemoteChart(String repository, String name, String version) {}

    static Optional<RemoteChart> remoteChart(Resource release, List<Resource> resources) {
        Node spec = release.spec();
        Node chartSpec = spec.path("chart", "spec");
        if (chartSpec.path("sourceRef", "kind").textOr("").equals("HelmRepository")) {
            String name = chartSpec.get("chart").text();
            if (name == null) {
                return Optional.empty();
            }
            String url = source(resources, "HelmRepository", chartSpec.get("sourceRef"), release)
                    .map(repository -> repository.spec().get("url").text()).orElse(null);
            return Optional.of(new RemoteChart(url, name, chartSpec.get("version").text()));
        }
        Node reference = spec.get("chartRef");
        if (!reference.get("kind").textOr("").equals("OCIRepository")) {
            return Optional.empty();
        }
        return source(resources, "OCIRepository", reference, release).flatMap(repository -> {
            String url = repository.spec().get("url").text();
            if (url == null) {
                return Optional.empty();
            }
            String trimmed = url.replaceAll("/+$", "");
            return Optional.of(new RemoteChart(trimmed.substring(0, trimmed.lastIndexOf('/')),
                    LocalReleases.lastSegment(trimmed), repository.spec().path("ref", "tag").text()));
        });
    }

    /** The source object a reference names ({@code name}, {@code namespace} defaulting to the release's). */
    private static Optional<Resource> source(List<Resource> resources, String kind, Node reference, Resource release) {
        String name = reference.get("name").textOr("");
        String namespace = reference.get("namespace").textOr(release.namespace());
        return resources.stream().filter(resource -> resource.kind().equals(kind) && resource.name().equals(name)
                && resource.namespace().equals(namespace)).findFirst();
    }
}
