package dev.plumb.load.helmfile;

import dev.plumb.load.InputFile;
import dev.plumb.load.LoadContext;
import dev.plumb.load.LoadOutput;
import dev.plumb.load.SourceLoader;
import dev.plumb.load.terraform.RepositoryFiles;
import dev.plumb.model.FileCoverage;
import dev.plumb.model.HelmRelease;
import dev.plumb.model.LoadProblem;
import dev.plumb.model.SourceKind;
import dev.plumb.model.SourceType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * helmfile: every helmfile of the repository loaded as {@code helmfile} would (the default environment,
 * bases, templates, values), its releases recorded for the Helm loader. A release's objects come from
 * its chart, which this loader does not render: a helmfile with installed releases is analysed in part,
 * and may define any kind in its releases' namespaces. A helmfile helmfile would refuse (an unknown
 * function, a template error, broken YAML) is a problem at its line, and not analysed.
 */
public final class HelmfileLoader implements SourceLoader {

    static final String NOT_USED = "not used by a helmfile";
    private static final int MAX_NESTING = 8;
    static final String USER_NOT_RENDERED = "its helmfile does not render";
    static final String NEEDS_ENVIRONMENT = HelmfileFailure.NEEDS_ENVIRONMENT;
    static final String NAMED_ENVIRONMENTS = HelmfileFailure.NAMED_ENVIRONMENTS;

    @Override
    public boolean claims(SourceKind kind, String path) {
        return kind == SourceKind.HELMFILE;
    }

    @Override
    public void load(List<InputFile> files, LoadContext context, LoadOutput output) {
        load(files, RepositoryFiles.under(context.root()), output);
    }

    /** The files given by their text (tests, fixtures) or read from disk, inside the root only. */
    public void load(List<InputFile> files, RepositoryFiles repository, LoadOutput output) {
        Map<String, String> texts = new LinkedHashMap<>();
        files.forEach(file -> texts.put(file.path(), file.text()));
        Map<String, HelmfileState> loaded = new LinkedHashMap<>();
        Map<String, HelmfileFailure> failed = new HashMap<>();
        for (InputFile file : files) {
            if (HelmfileNames.isHelmfile(file.path(), file.text())) {
                HelmfileState state = new HelmfileState(file.path());
                try {
                    StateLoader.load(state, file.path(), repository, texts::get);
                    loaded.put(file.path(), state);
                } catch (HelmfileFailure failure) {
                    failed.put(file.path(), judged(state, failure));
                }
            }
        }
        // A helmfile another one runs (helmfiles:) gets its values from it: it is read through its parent only.
        Set<String> children = new HashSet<>();
        loaded.values().forEach(state -> state.subHelmfiles.forEach(sub -> children.add(sub.path())));
        children.forEach(failed::remove);
        List<HelmRelease> releases = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<String> usedByRendered = new HashSet<>();
        Set<String> usedByFailed = new HashSet<>();
        failed.values().forEach(failure -> usedByFailed.add(failure.position().file()));
        for (Map.Entry<String, HelmfileState> entry : loaded.entrySet()) {
            if (children.contains(entry.getKey())) {
                continue;
            }
            List<HelmRelease> found = new ArrayList<>();
            Set<String> used = new HashSet<>();
            try {
                read(entry.getValue(), repository, texts, found, used, 0);
                for (HelmRelease release : found) {
                    // A base shared by two helmfiles declares its releases once.
                    if (seen.add(release.file() + ":" + release.position().line() + ":" + release.name())) {
                        releases.add(release);
                    }
                }
                usedByRendered.addAll(used);
            } catch (HelmfileFailure failure) {
                failed.put(entry.getKey(), judged(entry.getValue(), failure));
                usedByFailed.add(failure.position().file());
                usedByFailed.addAll(used);
            }
        }
        output.addHelmReleases(releases);
        // A helmfile that fails only for want of the environment is not broken: plumb just cannot read it.
        failed.values().stream().filter(failure -> !failure.unknowable())
                .forEach(failure -> output.addProblems(List.of(new LoadProblem(failure.position(), failure.getMessage()))));
        for (InputFile file : files) {
            FileCoverage coverage = coverage(file, releases, failed, usedByRendered, usedByFailed);
            // A broken helmfile is a parse-error finding; a file set aside for another reason is listed with the skips.
            if (coverage.status() == FileCoverage.Status.NOT_ANALYSED && !coverage.reason().equals(FileCoverage.PARSE_ERROR)) {
                output.setAside(file.path(), "helmfile: " + coverage.reason());
            }
            output.cover(coverage);
        }
    }

    /** The releases of a loaded helmfile and of the helmfiles it runs, with the values it passes them. */
    private static void read(HelmfileState state, RepositoryFiles repository, Map<String, String> texts,
                             List<HelmRelease> releases, Set<String> used, int depth) {
        try {
            releases.addAll(ReleaseReader.read(state, repository));
        } finally {
            used.addAll(state.used);
        }
        for (HelmfileState.SubHelmfile sub : state.subHelmfiles) {
            used.add(sub.path());
            if (depth >= MAX_NESTING) {
                throw new HelmfileFailure(sub.at(), "helmfiles nested more than " + MAX_NESTING + " deep");
            }
            HelmfileState child = new HelmfileState(sub.path());
            child.overrides.putAll(sub.values());
            child.layerEnvironment(Map.of());
            try {
                StateLoader.load(child, sub.path(), repository, texts::get);
            } catch (HelmfileFailure failure) {
                used.addAll(child.used);
                throw judged(child, failure);
            }
            read(child, repository, texts, releases, used, depth + 1);
        }
    }

    private static HelmfileFailure judged(HelmfileState state, HelmfileFailure failure) {
        return state.writtenForNamedEnvironments() && !failure.unknowable() ? failure.inNamedEnvironment() : failure;
    }

    private static FileCoverage coverage(InputFile file, List<HelmRelease> releases, Map<String, HelmfileFailure> failed,
                                         Set<String> usedByRendered, Set<String> usedByFailed) {
        String path = file.path();
        // The helmfile that failed, or the values file or template the failure is in.
        HelmfileFailure own = failed.containsKey(path) ? failed.get(path) : failed.values().stream()
                .filter(failure -> failure.position().file().equals(path)).findFirst().orElse(null);
        if (own != null || usedByFailed.contains(path) && !usedByRendered.contains(path)) {
            String reason = own == null ? USER_NOT_RENDERED : own.unknowable() ? own.unknowableBecause() : FileCoverage.PARSE_ERROR;
            boolean declaresReleases = HelmfileNames.mayDeclareReleases(file.text());
            FileCoverage coverage = FileCoverage.notAnalysed(path, SourceType.HELMFILE, reason,
                    declaresReleases ? Set.of(FileCoverage.ANY_KIND) : Set.of());
            Set<String> namespaces = HelmfileNames.writtenNamespaces(file.text());
            return namespaces.isEmpty() ? coverage : coverage.definingIn(namespaces);
        }
        boolean installs = releases.stream().anyMatch(release -> release.installed() && release.file().equals(path));
        if (installs) {
            return FileCoverage.partial(path, SourceType.HELMFILE, FileCoverage.RELEASE_NOT_RENDERED,
                    Set.of(FileCoverage.ANY_KIND)).definingIn(ReleaseReader.namespaces(releases, path));
        }
        if (usedByRendered.contains(path)) {
            return FileCoverage.analysed(path, SourceType.HELMFILE);
        }
        return FileCoverage.notAnalysed(path, SourceType.HELMFILE, NOT_USED, Set.of());
    }
}
