package dev.plumb.rules.meta;

import dev.plumb.model.HelmRelease;
import dev.plumb.model.Platform;
import dev.plumb.model.TextFile;
import dev.plumb.rule.Category;
import dev.plumb.rule.Effort;
import dev.plumb.rule.Findings;
import dev.plumb.rule.PlatformRule;
import dev.plumb.rule.RuleInfo;
import dev.plumb.rule.Severity;
import dev.plumb.rule.Subject;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.Set;

@RuleInfo(
        id = "helmfile-chart-missing",
        title = "Helmfile release points at a missing chart",
        category = Category.RELIABILITY,
        severity = Severity.HIGH,
        effort = Effort.S,
        knownBug = true,
        rationale = "A helmfile release whose `chart:` is a path in the repository (`./charts/app`) installs the "
                + "chart in that folder. When the folder is not there — renamed, moved, never committed or ignored by "
                + "git — `helmfile apply` stops at this release, and every release that `needs` it is not installed "
                + "either. The bootstrap the helmfile was written for fails on the next fresh cluster.",
        fix = "Point `chart:` at the folder that holds the chart's `Chart.yaml`, relative to the helmfile (or "
                + "commit the chart), then check with `helmfile template`.",
        references = {"https://helmfile.readthedocs.io/en/latest/#configuration"})
public final class HelmfileChartMissing implements PlatformRule {

    @Override
    public void check(Platform platform, Findings findings) {
        Set<String> folders = new HashSet<>();
        for (TextFile file : platform.textFiles()) {
            for (String folder = parent(file.path()); !folder.isEmpty(); folder = parent(folder)) {
                if (!folders.add(folder)) {
                    break;
                }
            }
        }
        for (HelmRelease release : platform.helmReleases()) {
            String chart = release.chart();
            // Only a chart written as a path is local for sure: "repo/chart" may name a repository added by hand.
            if (!release.deployer().equals(HelmRelease.HELMFILE) || !release.installed() || release.localChart()
                    || release.repository() != null || chart == null
                    || !(chart.startsWith("./") || chart.startsWith("../"))) {
                continue;
            }
            String folder = resolve(parent(release.file()), chart);
            if (folder == null || folder.isEmpty() || folders.contains(folder)) {
                continue;
            }
            findings.report(new Subject("HelmfileRelease", release.namespace() == null ? "" : release.namespace(),
                            release.name(), ""), release.position(), release.position().line(),
                    "Release " + release.name() + " installs chart " + chart + ", but " + folder
                            + " is not in the repository: helmfile stops at this release");
        }
    }

    private static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    /** {@code relative} against {@code directory}; null when it leaves the repository. */
    private static String resolve(String directory, String relative) {
        try {
            String joined = directory.isEmpty() ? relative : directory + "/" + relative;
            String normal = new URI(null, null, joined, null).normalize().getPath();
            return normal.startsWith("..") || normal.startsWith("/") ? null : normal.replaceAll("/+$", "");
        } catch (URISyntaxException unreadable) {
            return null;
        }
    }
}
