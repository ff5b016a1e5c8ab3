package dev.plumb.load;

import dev.plumb.model.FileCoverage;
import dev.plumb.model.HelmRelease;
import dev.plumb.model.IgnoreDirective;
import dev.plumb.model.LoadProblem;
import dev.plumb.model.Position;
import dev.plumb.model.RenderedChart;
import dev.plumb.model.RenderedCharts;
import dev.plumb.model.Resource;
import dev.plumb.model.SkippedFile;
import dev.plumb.model.TerraformBlock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Everything the loaders of one scan produced, gathered in loader order. Not shared between threads. */
public final class LoadOutput {

    private final List<Resource> resources = new ArrayList<>();
    private final List<LoadProblem> problems = new ArrayList<>();
    private final List<IgnoreDirective> ignores = new ArrayList<>();
    private final List<TerraformBlock> terraformBlocks = new ArrayList<>();
    private final List<HelmRelease> helmReleases = new ArrayList<>();
    private final List<FileCoverage> coverage = new ArrayList<>();
    private final List<SkippedFile> setAside = new ArrayList<>();
    private final List<SkippedFile> notScanned = new ArrayList<>();
    private final Set<String> manifests = new HashSet<>();
    private final List<RenderedChart> renders = new ArrayList<>();
    private final Map<String, Position> usedAt = new HashMap<>();
    private final List<RenderedCharts.UnrenderedRelease> unrendered = new ArrayList<>();

    public void addResources(Collection<Resource> loaded) {
        resources.addAll(loaded);
    }

    public void addProblems(Collection<LoadProblem> found) {
        problems.addAll(found);
    }

    public void addIgnores(Collection<IgnoreDirective> found) {
        ignores.addAll(found);
    }

    public void addTerraformBlocks(Collection<TerraformBlock> blocks) {
        terraformBlocks.addAll(blocks);
    }

    public void addHelmReleases(Collection<HelmRelease> releases) {
        helmReleases.addAll(releases);
    }

    /** One render of a repository chart, and which template lines used which values lines. */
    public void rendered(RenderedChart render, Map<String, Position> valuesUsedAt) {
        renders.add(render);
        valuesUsedAt.forEach(usedAt::putIfAbsent);
    }

    /** A release whose chart is neither in the repository nor in the chart cache: its values are all there is. */
    public void unrendered(RenderedCharts.UnrenderedRelease release) {
        unrendered.add(release);
    }

    public RenderedCharts charts() {
        return new RenderedCharts(renders, usedAt, unrendered);
    }

    /** A later loader's better knowledge of a file an earlier one covered (a release whose chart it rendered). */
    public void recover(FileCoverage file) {
        coverage.replaceAll(existing -> existing.path().equals(file.path()) ? file : existing);
    }

    public void cover(FileCoverage file) {
        coverage.add(file);
    }

    /** A file waiting for a loader plumb does not have yet: listed with the skips, so the operator sees it. */
    public void setAside(String path, String reason) {
        setAside.add(new SkippedFile(path, reason));
    }

    /** Something a loader found referenced but could not follow (a remote module). */
    public void notScanned(Collection<SkippedFile> skipped) {
        notScanned.addAll(skipped);
    }

    /**
     * Files an earlier loader reported on that a later one owns after all (the templates a Terraform stack
     * renders with {@code templatefile()}, which the YAML loader could not parse): their problems, set-aside
     * entries and coverage give way to {@code coverage}.
     */
    public void reclaim(Set<String> paths, Function<String, FileCoverage> coverage) {
        if (paths.isEmpty()) {
            return;
        }
        problems.removeIf(problem -> paths.contains(problem.position().file()));
        setAside.removeIf(skipped -> paths.contains(skipped.path()));
        // Only files another loader counted change hands: a .tpl template was never infrastructure of its own.
        List<String> counted = this.coverage.stream().map(FileCoverage::path).filter(paths::contains).sorted().toList();
        this.coverage.removeIf(file -> paths.contains(file.path()));
        counted.stream().map(coverage).forEach(this.coverage::add);
    }

    /**
     * The objects a build tool made from {@code files} (a Kustomize overlay), in place of the objects an
     * earlier loader read from those files as written.
     */
    public void replaceResources(Set<String> files, Collection<Resource> built) {
        if (!files.isEmpty()) {
            resources.removeIf(resource -> files.contains(resource.origin().file()));
        }
        resources.addAll(built);
    }

    /** A file read as Kubernetes manifests: a later loader decoding the same file knows its objects are checked. */
    public void manifest(String path) {
        manifests.add(path);
    }

    public List<Resource> resources() {
        return resources;
    }

    public List<LoadProblem> problems() {
        return problems;
    }

    public List<IgnoreDirective> ignores() {
        return ignores;
    }

    public List<TerraformBlock> terraformBlocks() {
        return terraformBlocks;
    }

    public List<HelmRelease> helmReleases() {
        return helmReleases;
    }

    public List<FileCoverage> coverage() {
        return coverage;
    }

    public List<SkippedFile> setAsideFiles() {
        return setAside;
    }

    public List<SkippedFile> notScannedFiles() {
        return notScanned;
    }

    public Set<String> manifests() {
        return manifests;
    }
}
