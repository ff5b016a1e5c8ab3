package dev.plumb.load.kustomize;

import dev.plumb.load.InputFile;
import dev.plumb.load.LoadContext;
import dev.plumb.load.LoadOutput;
import dev.plumb.load.SourceLoader;
import dev.plumb.model.FileCoverage;
import dev.plumb.model.HelmRelease;
import dev.plumb.model.LoadProblem;
import dev.plumb.model.Node;
import dev.plumb.model.Position;
import dev.plumb.model.Resource;
import dev.plumb.model.SkippedFile;
import dev.plumb.model.SourceKind;
import dev.plumb.model.SourceType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Kustomize overlays, built: every kustomization no other one lists (a root) is built as
 * {@code kustomize build} would, and its objects replace those of the files it read, which the YAML
 * loader loaded as written. A root that fails to build is a problem on the line that broke it, and
 * its files stay as written. Coverage says, per kustomization, which fields plumb did not build.
 */
public final class KustomizeOverlays implements SourceLoader {

    @Override
    public boolean claims(SourceKind kind, String path) {
        return kind == SourceKind.KUSTOMIZATION || kind == SourceKind.KUSTOMIZE_PATCH;
    }

    @Override
    public void load(List<InputFile> files, LoadContext context, LoadOutput output) {
        Map<String, String> texts = new HashMap<>(context.texts());
        files.forEach(file -> texts.put(file.path(), file.text()));
        RepoFiles repo = new RepoFiles(context.root(), texts);
        Set<String> built = new HashSet<>();
        Set<String> sources = new HashSet<>();
        Set<String> failedSources = new HashSet<>();
        Map<String, Set<String>> notBuilt = new HashMap<>();
        Map<String, SkippedFile> unresolved = new LinkedHashMap<>();
        Map<String, HelmRelease> releases = new LinkedHashMap<>();
        Map<String, Resource> resources = new LinkedHashMap<>();
        for (String root : roots(files, repo)) {
            Map<String, Set<String>> rootNotBuilt = new HashMap<>();
            Map<String, SkippedFile> rootUnresolved = new LinkedHashMap<>();
            List<HelmRelease> rootReleases = new ArrayList<>();
            OverlayBuilder builder = new OverlayBuilder(repo, rootNotBuilt, rootUnresolved, rootReleases);
            try {
                OverlayBuilder.Build build = builder.build(root);
                for (BuiltObject object : build.objects()) {
                    Resource resource = new Resource(object.body, object.origin);
                    // Two overlays building a base into the same place alike make the object once; built differently
                    // (another patch), it is there twice, each finding on its own line.
                    resources.putIfAbsent(resource.id() + "@" + object.origin.file() + ":" + object.origin.line() + "#"
                            + Trees.signature(object.body), resource);
                }
                built.addAll(build.kustomizations());
                built.addAll(build.patches());
                sources.addAll(build.sources());
                rootNotBuilt.forEach((path, reasons) -> notBuilt.computeIfAbsent(path, p -> new TreeSet<>()).addAll(reasons));
                unresolved.putAll(rootUnresolved);
                // A base with charts that two overlays build declares each release once.
                rootReleases.forEach(release -> releases.putIfAbsent(release.position() + "@" + release.namespace(), release));
            } catch (BuildFailure failure) {
                failedSources.addAll(builder.sourcesRead());
                output.addProblems(List.of(new LoadProblem(failure.position(),
                        "kustomize build of " + directoryName(root) + " failed: " + failure.getMessage())));
            } catch (RuntimeException bug) {
                failedSources.addAll(builder.sourcesRead());
                // plumb's own failure, not the repository's: the files stay as written and the scan goes on. Only the
                // exception's type is said: a message could quote a value of the files.
                output.addProblems(List.of(new LoadProblem(new Position(root, 1, 1), "kustomize build of "
                        + directoryName(root) + " failed inside plumb (" + bug.getClass().getSimpleName()
                        + "); its files are checked as written")));
            }
        }
        // A file another overlay failed to build keeps its objects as written too: nothing of a failed build is lost.
        sources.removeAll(failedSources);
        output.replaceResources(sources, resources.values());
        output.notScanned(unresolved.values());
        output.addHelmReleases(releases.values());
        for (InputFile file : files) {
            if (built.contains(file.path())) {
                output.cover(coverage(file, notBuilt.getOrDefault(file.path(), Set.of())));
            } else {
                AsWritten.cover(file, output);
            }
        }
    }

    private static String directoryName(String kustomization) {
        String directory = RepoFiles.parent(kustomization);
        return directory.isEmpty() ? "." : directory;
    }

    private static FileCoverage coverage(InputFile file, Set<String> notBuilt) {
        if (notBuilt.isEmpty()) {
            return FileCoverage.analysed(file.path(), SourceType.KUSTOMIZE);
        }
        // Charts, generator plugins and remote resources make objects plumb does not see; other unbuilt fields
        // change objects it does.
        boolean making = notBuilt.stream().anyMatch(reason -> OverlayBuilder.MAKING.contains(reason)
                || reason.equals(OverlayBuilder.NOT_RESOLVED));
        FileCoverage partial = FileCoverage.partial(file.path(), SourceType.KUSTOMIZE, String.join("; ", notBuilt),
                making ? Set.of(FileCoverage.ANY_KIND) : Set.of());
        Set<String> namespaces = AsWritten.namespaces(file.text());
        return namespaces.isEmpty() ? partial : partial.definingIn(namespaces);
    }

    /** The kustomizations no other lists as a resource or component; components are never built alone. */
    private static List<String> roots(List<InputFile> files, RepoFiles repo) {
        Set<String> listed = new HashSet<>();
        List<String> candidates = new ArrayList<>();
        for (InputFile file : files) {
            if (file.kind() != SourceKind.KUSTOMIZATION) {
                continue;
            }
            Node fields;
            try {
                List<Node> documents = repo.documents(file.path(), null);
                fields = documents.isEmpty() ? null : documents.get(0);
            } catch (BuildFailure unreadable) {
                fields = null;
            }
            if (fields != null && "Component".equals(fields.get("kind").text())) {
                continue;
            }
            candidates.add(file.path());
            if (fields == null) {
                continue;
            }
            String directory = RepoFiles.parent(file.path());
            for (String field : List.of("resources", "bases", "components")) {
                for (Node entry : fields.get(field).elements()) {
                    String reference = entry.text();
                    if (reference != null && !OverlayBuilder.isRemote(reference)) {
                        RepoFiles.resolve(directory, reference.strip()).ifPresent(listed::add);
                    }
                }
            }
        }
        return candidates.stream().filter(path -> !listed.contains(RepoFiles.parent(path))).toList();
    }
}
