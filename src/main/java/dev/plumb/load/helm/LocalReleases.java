package dev.plumb.load.helm;

import dev.plumb.load.GitOpsPaths;
import dev.plumb.load.gotemplate.Unresolved;
import dev.plumb.load.terraform.RepoPaths;
import dev.plumb.model.HelmRelease;
import dev.plumb.model.Node;
import dev.plumb.model.Position;
import dev.plumb.model.RenderedCharts.UnrenderedRelease;
import dev.plumb.model.Resource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The releases of the repository that deploy a chart, with their values: a Flux HelmRelease (a chart of
 * a Git path, or of a HelmRepository or OCIRepository), an Argo CD Application (a chart {@code path} of
 * the repository, or a chart source), and the releases other loaders recorded (Terraform's
 * {@code helm_release}, helmfile, Kustomize {@code helmCharts}). Values come in Helm's order: Flux's
 * {@code valuesFrom} ConfigMaps and Secrets of the repository then {@code values}; Argo CD's
 * {@code valueFiles}, {@code values}, {@code valuesObject}, {@code parameters}. A chart from outside the
 * repository is kept only when the chart cache holds it at the version the release pins.
 */
final class LocalReleases {

    private LocalReleases() {}

    /**
     * The releases found: by chart directory for the repository's charts in {@code charts}, and those of
     * charts from outside the repository that the cache holds (at the version the release pins).
     */
    record Found(Map<String, List<ChartRelease>> local, List<ChartRelease> cached, List<UnrenderedRelease> uncached) {}

    static Found of(Set<String> charts, List<Resource> resources, List<HelmRelease> recorded, Map<String, String> filesText,
                    ChartCache cache) {
        Map<String, List<ChartRelease>> releases = new LinkedHashMap<>();
        List<ChartRelease> cached = new ArrayList<>();
        List<UnrenderedRelease> uncached = new ArrayList<>();
        for (HelmRelease release : recorded) {
            if (!release.installed()) {
                continue;
            }
            if (release.chartPath() != null && charts.contains(release.chartPath())) {
                releases.computeIfAbsent(release.chartPath(), chart -> new ArrayList<>()).add(recordedRelease(release));
            } else if (release.chartPath() == null) {
                ChartRelease read = recordedRelease(release);
                cache.find(lastSegment(release.chart()), release.version()).ifPresentOrElse(chart -> cached.add(read.from(chart)),
                        () -> uncached.add(new UnrenderedRelease(read.name(), release.chart(), release.position(), read.values())));
            }
        }
        for (Resource resource : resources) {
            if (resource.kind().equals("HelmRelease") && resource.group().equals("helm.toolkit.fluxcd.io")) {
                String chart = fluxLocalChart(resource, charts);
                if (chart != null) {
                    releases.computeIfAbsent(chart, key -> new ArrayList<>()).add(flux(resource, chart, resources));
                } else {
                    ChartRelease read = flux(resource, null, resources);
                    Optional<FluxSources.RemoteChart> remote = FluxSources.remoteChart(resource, resources);
                    Optional<Path> archive = remote.flatMap(pinned -> cache.find(pinned.name(), pinned.version()));
                    if (archive.isPresent()) {
                        cached.add(read.from(archive.get()));
                    } else {
                        uncached.add(new UnrenderedRelease(read.name(), remote.map(FluxSources.RemoteChart::name).orElse(""),
                                read.declaredAt(), read.values()));
                    }
                }
            } else if (resource.kind().equals("Application") && resource.group().equals("argoproj.io")) {
                for (ChartRelease release : argo(resource, charts, filesText, cache, uncached)) {
                    if (release.cached() != null) {
                        cached.add(release);
                    } else {
                        releases.computeIfAbsent(release.chartPath(), chart -> new ArrayList<>()).add(release);
                    }
                }
            }
        }
        return new Found(releases, cached, uncached);
    }

    /** The last part of a chart reference: {@code bitnami/redis}, {@code oci://ghcr.io/org/charts/redis} → redis. */
    static String lastSegment(String chart) {
        if (chart == null) {
            return null;
        }
        String trimmed = chart.replaceAll("/+$", "");
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }

    private static ChartRelease recordedRelease(HelmRelease release) {
        List<Node> values = new ArrayList<>();
        boolean complete = true;
        for (HelmRelease.Values entry : release.values()) {
            // A value a helmfile reads from the environment or a secret store is a stand-in here, not the value.
            complete &= entry.yaml() != null && !entry.yaml().contains(Unresolved.PREFIX);
            if (entry.tree() != null && entry.tree().isMap()) {
                values.add(entry.tree());
            } else if (entry.yaml() != null) {
                values.add(entry.position().line() == 1 && !entry.position().file().endsWith(".tf")
                        ? ValuesTrees.parse(entry.position().file(), 1, entry.yaml())
                        : ValuesTrees.evaluated(entry.position(), entry.yaml()));
            }
        }
        List<ValuesTrees.Setting> settings = new ArrayList<>();
        for (HelmRelease.Setting setting : release.settings()) {
            complete &= setting.value() != null;
            if (setting.kind() == HelmRelease.Setting.Kind.SET && setting.value() != null) {
                settings.add(new ValuesTrees.Setting(setting.name(), setting.value(), setting.position()));
            }
        }
        if (!settings.isEmpty()) {
            values.add(ValuesTrees.settings(settings, release.position()));
        }
        String name = release.name() == null ? chartName(release.chartPath()) : release.name();
        return new ChartRelease(release.chartPath(), name, release.namespace(), values, release.position(), complete);
    }

    /** The repository chart a Flux HelmRelease deploys from a Git path, or null. */
    private static String fluxLocalChart(Resource release, Set<String> charts) {
        Node chartSpec = release.spec().path("chart", "spec");
        String sourceKind = chartSpec.path("sourceRef", "kind").textOr("");
        if (!sourceKind.equals("GitRepository") && !sourceKind.equals("Bucket")) {
            return null;
        }
        String chart = GitOpsPaths.of(chartSpec.get("chart")).orElse(null);
        return chart != null && charts.contains(chart) ? chart : null;
    }

    private static ChartRelease flux(Resource release, String chart, List<Resource> resources) {
        Node spec = release.spec();
        String namespace = spec.get("targetNamespace").textOr(release.namespace());
        List<Node> values = new ArrayList<>();
        boolean complete = true;
        for (Node from : spec.get("valuesFrom").elements()) {
            Node tree = valuesFrom(from, release.namespace(), resources);
            if (tree != null) {
                values.add(tree);
            } else {
                complete &= from.get("optional").isTrue();
            }
        }
        if (spec.get("values").isMap()) {
            values.add(spec.get("values"));
        }
        String name = spec.get("releaseName").textOr(release.name());
        Map<String, String> variables = FluxSubstitutions.forFile(release.origin().file(), resources);
        complete &= values.stream().noneMatch(tree -> FluxVariables.unknown(tree, variables));
        return new ChartRelease(chart, name, namespace, values, release.body().position(), complete).substituting(variables);
    }

    /** A values document held by a ConfigMap or Secret of the repository; a Secret's lines are used, never printed. */
    private static Node valuesFrom(Node from, String namespace, List<Resource> resources) {
        String kind = from.get("kind").textOr("");
        String name = from.get("name").textOr("");
        String key = from.get("valuesKey").textOr("values.yaml");
        if (!from.get("targetPath").isMissing()) {
            return null;
        }
        for (Resource resource : resources) {
            if (!resource.kind().equals(kind) || !resource.name().equals(name) || !resource.namespace().equals(namespace)) {
                continue;
            }
            Node text = resource.body().path("data", key);
            String yaml = text.text();
            if (kind.equals("Secret")) {
                Node plain = resource.body().path("stringData", key);
                yaml = plain.text() != null ? plain.text() : decode(yaml);
                text = plain.text() != null ? plain : text;
            }
            if (yaml != null) {
                // A block scalar's text starts on the line after its key.
                return ValuesTrees.parse(text.file(), text.line() + 1, yaml);
            }
        }
        return null;
    }

    private static String decode(String base64) {
        if (base64 == null) {
            return null;
        }
        try {
            return new String(Base64.getMimeDecoder().decode(base64), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    private static List<ChartRelease> argo(Resource application, Set<String> charts, Map<String, String> filesText,
                                           ChartCache cache, List<UnrenderedRelease> uncached) {
        List<Node> sources = new ArrayList<>();
        if (application.spec().get("source").isMap()) {
            sources.add(application.spec().get("source"));
        }
        sources.addAll(application.spec().get("sources").elements());
        List<ChartRelease> releases = new ArrayList<>();
        for (Node source : sources) {
            String chart = GitOpsPaths.of(source.get("path")).orElse(null);
            Path archive = null;
            boolean outside = false;
            if (chart == null || !charts.contains(chart)) {
                if (source.get("chart").text() == null) {
                    continue;
                }
                archive = cache.find(source.get("chart").text(), source.get("targetRevision").text()).orElse(null);
                outside = archive == null;
                chart = null;
            }
            Node helm = source.get("helm");
            List<Node> values = new ArrayList<>();
            boolean complete = true;
            for (Node file : helm.get("valueFiles").elements()) {
                String resolved = valueFile(file.text(), chart, sources);
                String text = resolved == null ? null : filesText.get(resolved);
                if (text != null) {
                    values.add(ValuesTrees.parse(resolved, 1, text));
                } else {
                    complete = false;
                }
            }
            Node inline = helm.get("values");
            if (inline.text() != null) {
                values.add(ValuesTrees.parse(inline.file(), inline.line() + 1, inline.text()));
            } else if (inline.isMap()) {
                values.add(inline);
            }
            if (helm.get("valuesObject").isMap()) {
                values.add(helm.get("valuesObject"));
            }
            List<ValuesTrees.Setting> parameters = new ArrayList<>();
            for (Node parameter : helm.get("parameters").elements()) {
                String name = parameter.get("name").text();
                if (name != null && parameter.get("value").text() != null) {
                    parameters.add(new ValuesTrees.Setting(name, parameter.get("value").text(), parameter.position()));
                }
            }
            if (!parameters.isEmpty()) {
                values.add(ValuesTrees.settings(parameters, helm.position()));
            }
            String namespace = application.spec().path("destination", "namespace").textOr(null);
            String name = helm.get("releaseName").textOr(application.name());
            ChartRelease release = new ChartRelease(chart, name, namespace, values, application.body().position(), complete);
            if (outside) {
                uncached.add(new UnrenderedRelease(name, source.get("chart").textOr(""), release.declaredAt(), values));
            } else {
                releases.add(archive == null ? release : release.from(archive));
            }
        }
        return releases;
    }

    /**
     * The repository file a {@code valueFiles} entry names: relative to the chart's path, or, written
     * {@code $values/apps/x.yaml}, relative to the root of the source whose {@code ref} is {@code values}
     * (read here when the file is in the repository). Null for a URL or a source plumb cannot place.
     */
    private static String valueFile(String path, String chart, List<Node> sources) {
        if (path == null || path.contains("://")) {
            return null;
        }
        if (path.startsWith("$")) {
            int slash = path.indexOf('/');
            String ref = slash < 0 ? path.substring(1) : path.substring(1, slash);
            boolean named = sources.stream().anyMatch(other -> ref.equals(other.get("ref").text()));
            return named && slash > 0 ? resolve(GitOpsPaths.ROOT, path.substring(slash + 1)) : null;
        }
        return chart == null ? null : resolve(chart, path);
    }

    /** {@code path} against the folder {@code chart}; null when it leaves the repository. */
    private static String resolve(String chart, String path) {
        return RepoPaths.resolve(chart.equals(GitOpsPaths.ROOT) ? "" : chart, path);
    }

    static String chartName(String chartPath) {
        int slash = chartPath.lastIndexOf('/');
        String name = slash < 0 ? chartPath : chartPath.substring(slash + 1);
        return name.isEmpty() || name.equals(".") ? "release" : name;
    }
}
