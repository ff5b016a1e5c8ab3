package dev.plumb.engine;

import dev.plumb.load.GitOpsPaths;
import dev.plumb.model.FileCoverage;
import dev.plumb.model.HelmRelease;
import dev.plumb.model.Node;
import dev.plumb.model.Resource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The repository's own charts that a release of the repository deploys into a known namespace
 * (Terraform's {@code helm_release}, a Flux HelmRelease from a GitRepository path, an Argo CD
 * Application's {@code path}). What such a chart makes lands in that namespace, which the release
 * already hides; only a chart deployed nowhere (installed by hand, anywhere) can hide objects in
 * every namespace.
 */
final class DeployedCharts {

    private DeployedCharts() {}

    static List<FileCoverage> narrow(List<FileCoverage> coverage, List<Resource> resources, List<HelmRelease> releases) {
        Set<String> deployed = of(resources, releases);
        if (deployed.isEmpty()) {
            return coverage;
        }
        List<FileCoverage> narrowed = new ArrayList<>(coverage.size());
        for (FileCoverage file : coverage) {
            boolean placed = file.reason().equals(FileCoverage.CHART_NOT_RENDERED) && deployed.contains(file.unit());
            narrowed.add(placed ? new FileCoverage(file.path(), file.type(), file.status(), file.reason(), file.unit(), Set.of())
                    : file);
        }
        return narrowed;
    }

    static Set<String> of(List<Resource> resources, List<HelmRelease> releases) {
        Set<String> charts = new HashSet<>();
        for (HelmRelease release : releases) {
            if (release.chartPath() != null && release.namespace() != null) {
                charts.add(release.chartPath());
            }
        }
        for (Resource release : resources) {
            if (release.kind().equals("HelmRelease") && !release.namespace().isEmpty()) {
                addPath(charts, release.spec().path("chart", "spec", "chart"));
            }
        }
        for (Resource application : resources) {
            if (application.kind().equals("Application")
                    && application.spec().path("destination", "namespace").text() != null) {
                addPath(charts, application.spec().path("source", "path"));
                application.spec().get("sources").elements().forEach(source -> addPath(charts, source.get("path")));
            }
        }
        return charts;
    }

    private static void addPath(Set<String> charts, Node path) {
        GitOpsPaths.of(path).ifPresent(charts::add);
    }
}
