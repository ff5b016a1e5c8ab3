package dev.plumb.engine;

import dev.plumb.load.helmfile.HelmfileLoader;
import dev.plumb.load.SetAside;
import dev.plumb.load.SourceLoader;
import dev.plumb.load.helm.HelmCharts;
import dev.plumb.load.kustomize.KustomizeOverlays;
import dev.plumb.load.terraform.TerraformSources;
import dev.plumb.load.yaml.KubernetesManifests;
import dev.plumb.model.FileCoverage;
import dev.plumb.model.SourceKind;
import dev.plumb.model.SourceType;
import java.util.List;
import java.util.Set;

/**
 * Every source kind's loader, in the order they run: manifests first (Terraform asks which files
 * they were), then Terraform, Kustomize and helmfile, then Helm charts (rendered with the values of every
 * release the earlier loaders found), then the kinds plumb only counts so far. A new loader replaces its
 * kind's {@link SetAside} here.
 */
final class SourceLoaders {

    private SourceLoaders() {}

    static List<SourceLoader> all() {
        return List.of(
                new KubernetesManifests(),
                new TerraformSources(),
                new KustomizeOverlays(),
                new HelmfileLoader(),
                new HelmCharts(),
                new SetAside(Set.of(SourceKind.ANSIBLE), SourceType.ANSIBLE, FileCoverage.NOT_SUPPORTED,
                        "Ansible: not read yet", SetAside.definesNothing()),
                new SetAside(Set.of(SourceKind.COMPOSE), SourceType.COMPOSE, FileCoverage.NOT_SUPPORTED,
                        "Docker Compose: not read yet", SetAside.definesNothing()));
    }
}
