package dev.plumb.load.helm;

import dev.plumb.model.HelmRelease;
import dev.plumb.model.Node;
import dev.plumb.model.Position;
import dev.plumb.model.Resource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The charts from outside the repository that its releases pin: where each comes from (an HTTP chart
 * repository or an OCI registry), its name and version, and the release that names it. {@code plumb
 * charts pull} fetches them into the chart cache; a scan renders them from there.
 */
public final class RemoteCharts {

    private RemoteCharts() {}

    /**
     * @param repository an {@code https://} chart repository, or an {@code oci://} registry path without the name
     */
    public record RemoteChart(String repository, String name, String version, Position declaredAt) {

        public String describe() {
            return (repository.startsWith("oci://") ? repository + "/" : repository.replaceAll("/+$", "") + " ") + name + " "
                    + version;
        }
    }

    /** Each chart once (the first release naming it), in the order releases appear. */
    public static List<RemoteChart> in(List<Resource> resources, List<HelmRelease> recorded) {
        Map<String, RemoteChart> charts = new LinkedHashMap<>();
        for (HelmRelease release : recorded) {
            if (release.chartPath() == null && release.chart() != null && release.version() != null) {
                String chart = release.chart();
                if (chart.startsWith("oci://")) {
                    add(charts, parentOf(chart), LocalReleases.lastSegment(chart), release.version(), release.position());
                } else if (release.repository() != null) {
                    add(charts, release.repository(), LocalReleases.lastSegment(chart), release.version(), release.position());
                }
            }
        }
        for (Resource resource : resources) {
            if (resource.kind().equals("HelmRelease") && resource.group().equals("helm.toolkit.fluxcd.io")) {
                flux(resource, resources, charts);
            } else if (resource.kind().equals("Application") && resource.group().equals("argoproj.io")) {
                List<Node> sources = new ArrayList<>(resource.spec().get("sources").elements());
                sources.add(resource.spec().get("source"));
                for (Node source : sources) {
                    String chart = source.get("chart").text();
                    String url = source.get("repoURL").text();
                    if (chart != null && url != null) {
                        // Argo CD names an OCI registry without its scheme (ghcr.io/org/charts).
                        String repository = url.contains("://") ? url : "oci://" + url;
                        add(charts, repository, chart, source.get("targetRevision").text(), resource.body().position());
                    }
                }
            }
        }
        return List.copyOf(charts.values());
    }

    private static void flux(Resource release, List<Resource> resources, Map<String, RemoteChart> charts) {
        FluxSources.remoteChart(release, resources).ifPresent(remote ->
                add(charts, remote.repository(), remote.name(), remote.version(), release.body().position()));
    }

    private static void add(Map<String, RemoteChart> charts, String repository, String name, String version, Position at) {
        if (repository == null || name == null || version == null || repository.contains("${") || version.contains("${")
                || name.contains("${") || version.isBlank()) {
            return;
        }
        charts.putIfAbsent(name + "@" + version, new RemoteChart(repository, name, version, at));
    }

    private static String parentOf(String url) {
        String trimmed = url.replaceAll("/+$", "");
        return trimmed.substring(0, trimmed.lastIndexOf('/'));
    }
}
