package dev.plumb.rules.images;

import dev.plumb.model.Container;
import dev.plumb.model.ImageReference;
import dev.plumb.model.Workload;
import dev.plumb.rule.Category;
import dev.plumb.rule.ContainerRule;
import dev.plumb.rule.Effort;
import dev.plumb.rule.Findings;
import dev.plumb.rule.RuleInfo;
import dev.plumb.rule.RuleSettings;
import dev.plumb.rule.Severity;
import dev.plumb.rules.Subjects;
import java.util.List;

@RuleInfo(
        id = "image-registry-not-allowed",
        title = "Image registry is not on the allowed list",
        category = Category.SECURITY,
        severity = Severity.MEDIUM,
        effort = Effort.M,
        rationale = "An allowed-registries list is how you decide whose code may run on your nodes: your own "
                + "registry, a mirror you scan, a few trusted publishers. An image from anywhere else bypasses "
                + "that decision, and with it the mirror that keeps the platform running when Docker Hub "
                + "rate-limits you or an upstream project deletes its images. This rule only runs when "
                + "`.plumb.yaml` lists `images.allowedRegistries`.",
        fix = """
                Copy the image into an allowed registry (or serve it through an allowed pull-through cache) \
                and point the manifest there, or add its registry to the list if you trust it:
                ```yaml
                # .plumb.yaml
                images:
                  allowedRegistries:
                    - registry.lan:5000
                    - ghcr.io/acme        # a path prefix: ghcr.io/acme/*, not ghcr.io/acme-other
                    - docker.io/library   # Docker official images (nginx, postgres, …)
                ```
                Enforce the same list in the cluster with an admission policy (Kyverno, Gatekeeper, or a \
                ValidatingAdmissionPolicy).""",
        references = {
            "https://kubernetes.io/docs/concepts/containers/images/#image-names",
            "https://kyverno.io/policies/best-practices/restrict-image-registries/restrict-image-registries/"
        })
public final class ImageRegistryNotAllowed implements ContainerRule {

    private final List<String> allowed;

    public ImageRegistryNotAllowed(RuleSettings settings) {
        this.allowed = settings.allowedRegistries().stream()
                .filter(entry -> !entry.isBlank())
                .map(RegistryPaths::ofEntry)
                .toList();
    }

    @Override
    public void check(Workload workload, Container container, Findings findings) {
        if (allowed.isEmpty()) {
            return;
        }
        // Init and ephemeral containers pull images too, and run with the pod's access.
        String image = container.image();
        // The registry of a value still to be substituted is unknown until it is rendered.
        if (image == null || image.isBlank() || image.contains("$") || image.contains("{{")) {
            return;
        }
        String location = RegistryPaths.ofImage(ImageReference.parse(image).repository());
        if (allowed.stream().anyMatch(prefix -> RegistryPaths.isUnder(location, prefix))) {
            return;
        }
        findings.report(workload, container, container.imageNode(), Subjects.container(workload, container)
                + ": image \"" + image + "\" is pulled from " + location
                + ", which no entry of images.allowedRegistries covers");
    }
}
