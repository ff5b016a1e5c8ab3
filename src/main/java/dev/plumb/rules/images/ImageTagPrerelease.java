package dev.plumb.rules.images;

import dev.plumb.model.Container;
import dev.plumb.model.ImageReference;
import dev.plumb.model.Workload;
import dev.plumb.rule.Category;
import dev.plumb.rule.ContainerRule;
import dev.plumb.rule.Effort;
import dev.plumb.rule.Findings;
import dev.plumb.rule.RuleInfo;
import dev.plumb.rule.Severity;
import dev.plumb.rules.Subjects;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

@RuleInfo(
        id = "image-tag-prerelease",
        title = "Container image is a pre-release build",
        category = Category.DEPENDENCIES,
        severity = Severity.LOW,
        effort = Effort.S,
        rationale = "Release candidates, betas and nightly builds are published for testing: they carry known bugs, "
                + "may change their data format before the release, and stop receiving fixes once the stable "
                + "version is out. A pre-release that was tried once and never replaced quietly becomes the "
                + "oldest, least supported software on the platform.",
        fix = """
                Move to the stable release the pre-release led up to (or the last stable one before it), and \
                let Renovate or Dependabot propose stable upgrades only:
                ```yaml
                image: ghcr.io/acme/api:2.0.0   # was 2.0.0-rc.1
                ```
                If you need a fix that only the pre-release has, note why next to the image and plan the \
                move to the release.""",
        references = {
            "https://kubernetes.io/docs/concepts/containers/images/#image-names",
            "https://semver.org/#spec-item-9"
        })
public final class ImageTagPrerelease implements ContainerRule {

    /**
     * Registries of hardened images whose "-dev" variant is a release with a shell and package
     * manager added, not a development build.
     */
    private static final Set<String> DEV_VARIANT_REGISTRIES = Set.of("cgr.dev", "dhi.io");

    /** Channel tags image-tag-mutable already reports when no digest pins them. */
    private static final Set<String> CHANNEL_TAGS = Set.of("nightly", "dev");

    @Override
    public void check(Workload workload, Container container, Findings findings) {
        // Every container counts, init ones included: a pre-release migration job runs the same untested code.
        String image = container.image();
        // A value still to be substituted says nothing about the tag that will run.
        if (image == null || image.isBlank() || image.contains("$") || image.contains("{{")) {
            return;
        }
        ImageReference reference = ImageReference.parse(image);
        // A digest pins one build, but a pinned release candidate is still a release candidate.
        if (!reference.hasTag() || (!reference.hasDigest() && CHANNEL_TAGS.contains(reference.tag().toLowerCase(Locale.ROOT)))) {
            return;
        }
        Optional<String> marker = PrereleaseTags.marker(reference.tag());
        if (marker.isEmpty() || (marker.get().equals("dev") && DEV_VARIANT_REGISTRIES.contains(
                RegistryPaths.registryOf(RegistryPaths.ofImage(reference.repository()))))) {
            return;
        }
        findings.report(workload, container, container.imageNode(), Subjects.container(workload, container)
                + ": image \"" + image + "\" is a pre-release (\"" + marker.get() + "\" in tag \"" + reference.tag() + "\")");
    }
}
