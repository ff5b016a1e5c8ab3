package dev.plumb.rules.availability;

import dev.plumb.model.Node;
import dev.plumb.model.Platform;
import dev.plumb.model.Resource;
import java.util.HashSet;
import java.util.Set;

/**
 * Namespaces a Helm chart installs into from the repository (Flux HelmRelease, k3s HelmChart, an Argo CD
 * Application with a chart source). The chart's own objects are not in the repository, so a reference into
 * such a namespace may well point at something that exists: cross-resource rules stay silent there.
 */
final class ChartNamespaces {

    private ChartNamespaces() {
    }

    static Set<String> of(Platform platform) {
        Set<String> namespaces = new HashSet<>();
        for (Resource release : platform.ofKind("HelmRelease")) {
            if (release.group().equals("helm.toolkit.fluxcd.io")) {
                namespaces.add(release.spec().get("targetNamespace").textOr(release.namespace()));
            }
        }
        for (Resource chart : platform.ofKind("HelmChart")) {
            if (chart.group().equals("helm.cattle.io")) {
                namespaces.add(chart.spec().get("targetNamespace").textOr(chart.namespace()));
            }
        }
        for (Resource application : platform.ofKind("Application")) {
            Node spec = application.spec();
            boolean fromChart = spec.path("source", "chart").text() != null
                    || spec.get("sources").elements().stream().anyMatch(source -> source.get("chart").text() != null);
            String destination = spec.path("destination", "namespace").text();
            if (application.group().equals("argoproj.io") && fromChart && destination != null) {
                namespaces.add(destination);
            }
        }
        return namespaces;
    }
}
