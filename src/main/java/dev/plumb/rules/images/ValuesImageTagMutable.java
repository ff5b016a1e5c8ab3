package dev.plumb.rules.images;

import dev.plumb.model.ImageReference;
import dev.plumb.model.Node;
import dev.plumb.model.Platform;
import dev.plumb.model.RenderedCharts.UnrenderedRelease;
import dev.plumb.rule.Category;
import dev.plumb.rule.Effort;
import dev.plumb.rule.Findings;
import dev.plumb.rule.PlatformRule;
import dev.plumb.rule.RuleInfo;
import dev.plumb.rule.Severity;
import java.util.Map;

@RuleInfo(
        id = "values-image-tag-mutable",
        title = "Release values set a mutable image tag",
        category = Category.DEPENDENCIES,
        severity = Severity.MEDIUM,
        effort = Effort.S,
        controls = "pinned-images",
        rationale = "The release deploys a chart plumb could not render (it comes from outside the repository and "
                + "is not in the chart cache), but its own values name an image with a tag such as `latest` or "
                + "`main`: whatever the chart does with it, the tag points at whatever was pushed last, so a restart "
                + "can start a build nobody tested. Tags are read as `image-tag-mutable` reads them (a date, a "
                + "commit hash or a digest pins a build).",
        fix = "Pin the tag in the release's values to a release version, ideally with its digest "
                + "(`tag: 2.8.1@sha256:<digest>`), and let Renovate or Dependabot propose upgrades. "
                + "`plumb charts pull` fetches the chart so the whole release is checked.",
        references = {"https://kubernetes.io/docs/concepts/containers/images/#image-names"})
public final class ValuesImageTagMutable implements PlatformRule {

    private static final int MAX_DEPTH = 16;

    @Override
    public void check(Platform platform, Findings findings) {
        for (UnrenderedRelease release : platform.charts().unrendered()) {
            for (Node values : release.values()) {
                walk(values, release, findings, 0);
            }
        }
    }

    private static void walk(Node node, UnrenderedRelease release, Findings findings, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        if (node.isMap()) {
            check(node, release, findings);
            for (Map.Entry<String, Node> field : node.fields().entrySet()) {
                walk(field.getValue(), release, findings, depth + 1);
            }
        }
        for (Node element : node.elements()) {
            walk(element, release, findings, depth + 1);
        }
    }

    /** The common shape of image values: {@code repository} with a {@code tag} (and maybe a {@code registry}). */
    private static void check(Node map, UnrenderedRelease release, Findings findings) {
        String repository = map.get("repository").text();
        Node tagNode = map.get("tag");
        String tag = tagNode.text();
        if (repository == null || tag == null || tag.isBlank() || !tagNode.isScalar() || !map.get("digest").isMissing()
                || repository.contains("{{") || tag.contains("$") || tag.contains("{{") || !looksLikeImage(repository)) {
            return;
        }
        String registry = map.get("registry").text();
        String image = (registry == null || registry.isBlank() ? "" : registry + "/") + repository + ":" + tag;
        ImageReference reference = ImageReference.parse(image);
        if (reference.hasDigest()) {
            return;
        }
        ChannelTags.channel(reference).ifPresent(channel -> findings.report(tagNode.position(),
                "Release " + release.name() + (release.chart().isEmpty() ? "" : " (chart " + release.chart() + ")")
                        + " sets image \"" + image + "\" with mutable tag \"" + reference.tag() + "\""));
    }

    private static boolean looksLikeImage(String repository) {
        return repository.matches("[a-z0-9][a-z0-9._/:-]*") && !repository.startsWith("http");
    }
}
