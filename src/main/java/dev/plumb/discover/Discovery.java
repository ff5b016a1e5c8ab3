package dev.plumb.discover;

import dev.plumb.model.LiveScopes;
import dev.plumb.model.SkippedFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The first stage of a scan: finds the files under the user's paths, reads them and says what each
 * is. Whatever it does not read is listed with the reason, and no bad file makes it fail.
 */
public final class Discovery {

    private static final Comparator<SourceFile> BY_FILE_PATH = Comparator.comparing(SourceFile::path);
    private static final Comparator<SkippedFile> BY_SKIPPED_PATH = Comparator.comparing(SkippedFile::path);

    private final DiscoveryOptions options;

    public Discovery(DiscoveryOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /** @throws NoSuchPathException when a given path does not exist or cannot be resolved */
    public DiscoveryResult discover(List<Path> paths) {
        ScanTargets targets = ScanTargets.resolve(paths);
        TreeWalk walk = new TreeWalk(targets.root(), options.excludeGlobs());
        for (Path start : targets.starts()) {
            walk.collect(start);
        }
        Map<String, SkippedFile> skipped = new LinkedHashMap<>();
        walk.skipped().forEach(skip -> skipped.putIfAbsent(skip.path(), skip));
        List<Candidate> unique = new ArrayList<>();
        for (Candidate candidate : onePerFile(walk.candidates(), targets.root(), skipped)) {
            if (options.ownOutputs().contains(candidate.absolutePath().toAbsolutePath().normalize())) {
                skipped.putIfAbsent(candidate.path(), new SkippedFile(candidate.path(), SkipReasons.OWN_OUTPUT));
            } else {
                unique.add(candidate);
            }
        }

        SourceReader reader = new SourceReader(options.maxFileBytes());
        List<ReadOutcome> outcomes = unique.parallelStream().map(reader::read).toList();

        SourceClassifier classifier = new SourceClassifier();
        List<Kustomization> kustomizations = new ArrayList<>();
        Set<String> reports = new HashSet<>();
        for (ReadOutcome outcome : outcomes) {
            if (!outcome.wasRead()) {
                String path = outcome.candidate().path();
                skipped.putIfAbsent(path, new SkippedFile(path, outcome.skipReason()));
                continue;
            }
            String path = outcome.candidate().path();
            if (PlumbOutput.isReport(path, outcome.text().text())) {
                reports.add(path);
                skipped.put(path, new SkippedFile(path, SkipReasons.OWN_OUTPUT));
                continue;
            }
            classifier.addFile(path);
            if (Kustomization.isKustomization(path)) {
                Kustomization.parse(path, outcome.text().text()).ifPresent(kustomization -> {
                    classifier.addKustomization(kustomization);
                    kustomizations.add(kustomization);
                });
            }
        }

        List<SourceFile> files = new ArrayList<>(outcomes.size());
        for (ReadOutcome outcome : outcomes) {
            if (outcome.wasRead() && !reports.contains(outcome.candidate().path())) {
                Candidate candidate = outcome.candidate();
                files.add(
                        new SourceFile(
                                candidate.absolutePath(),
                                candidate.path(),
                                classifier.classify(candidate.path(), candidate.absolutePath(), outcome.text().text()),
                                outcome.text().text(),
                                outcome.text().invalidUtf8Line()));
                // A path the user named directly is read even when another of their paths skipped it.
                skipped.remove(candidate.path());
            }
        }
        files.sort(BY_FILE_PATH);
        List<SkippedFile> skips = new ArrayList<>(skipped.values());
        skips.sort(BY_SKIPPED_PATH);
        Set<String> readPaths = new HashSet<>();
        files.forEach(file -> readPaths.add(file.path()));
        return new DiscoveryResult(targets.root(), files, skips, KustomizeNamespaces.resolve(kustomizations, readPaths),
                liveScopes(files, kustomizations));
    }

    private LiveScopes liveScopes(List<SourceFile> files, List<Kustomization> kustomizations) {
        Set<String> deployed = new HashSet<>(DeployedPaths.of(files));
        for (Kustomization kustomization : kustomizations) {
            for (String resource : kustomization.resources()) {
                // A folder's own kustomization listing its files says nothing about whether the folder is deployed.
                if (!resource.startsWith(kustomization.directory() + "/") || kustomization.directory().isEmpty()) {
                    deployed.add(resource);
                }
            }
        }
        Map<String, String> readmes = new HashMap<>();
        Set<String> charts = new HashSet<>();
        List<String> paths = new ArrayList<>(files.size());
        for (SourceFile file : files) {
            paths.add(file.path());
            if (RetiredFolders.isReadme(file.path())) {
                readmes.put(file.path(), file.text());
            }
            if (RelativePaths.name(file.path()).equals("Chart.yaml")) {
                charts.add(RelativePaths.parent(file.path()));
            }
        }
        return RetiredFolders.find(paths, readmes, charts, deployed, options.retiredGlobs(), options.liveGlobs());
    }

    /**
     * Drops repeats: the same path reached from two of the user's paths, and the same file reached
     * through a symlink (which would otherwise double every finding in it). Symlinked copies are listed
     * as skipped, naming the path that was read.
     */
    private static List<Candidate> onePerFile(List<Candidate> found, Path root, Map<String, SkippedFile> skipped) {
        Map<String, Candidate> byPath = new LinkedHashMap<>();
        found.forEach(candidate -> byPath.putIfAbsent(candidate.path(), candidate));
        Map<Object, List<Candidate>> byIdentity = new LinkedHashMap<>();
        for (Candidate candidate : byPath.values()) {
            byIdentity.computeIfAbsent(candidate.identity(), key -> new ArrayList<>(1)).add(candidate);
        }
        List<Candidate> unique = new ArrayList<>(byIdentity.size());
        for (List<Candidate> same : byIdentity.values()) {
            Candidate kept = same.size() == 1 ? same.get(0) : preferredCopy(same, root);
            unique.add(kept);
            for (Candidate copy : same) {
                if (copy != kept) {
                    skipped.putIfAbsent(copy.path(), new SkippedFile(copy.path(), SkipReasons.sameFileAs(kept.path())));
                }
            }
        }
        return unique;
    }

    /** The copy at the file's real location, so reports point where an edit should be made. */
    private static Candidate preferredCopy(List<Candidate> same, Path root) {
        Map<String, Candidate> byPath = new HashMap<>();
        same.forEach(candidate -> byPath.put(candidate.path(), candidate));
        try {
            Path real = same.get(0).absolutePath().toRealPath();
            if (real.startsWith(root)) {
                Candidate atRealLocation = byPath.get(root.relativize(real).toString().replace('\\', '/'));
                if (atRealLocation != null) {
                    return atRealLocation;
                }
            }
        } catch (IOException e) {
            // Fall back to a stable choice below.
        }
        return same.stream().min(Comparator.comparing(Candidate::path)).orElseThrow();
    }
}
