package dev.plumb.load.kustomize;

import dev.plumb.model.HelmRelease;
import dev.plumb.model.ListNode;
import dev.plumb.model.MapNode;
import dev.plumb.model.Node;
import dev.plumb.model.Origin;
import dev.plumb.model.Position;
import dev.plumb.model.SkippedFile;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds one overlay as {@code kustomize build} does, for the fields real repositories use: resources
 * (files and kustomization folders), components, generators, patches, then the transformers in
 * kustomize's order; at the end the generated names get their hash and references follow renames.
 * What it does not build is listed per kustomization, so coverage can say the overlay is partial.
 */
final class OverlayBuilder {

    /** Fields read but not built, and why each stays partial: kustomize applies them, plumb does not yet. */
    private static final Set<String> BUILT = Set.of("apiVersion", "kind", "metadata", "resources", "bases", "components",
            "namespace", "namePrefix", "nameSuffix", "commonLabels", "labels", "commonAnnotations", "images", "replicas",
            "patches", "patchesStrategicMerge", "patchesJson6902", "configMapGenerator", "secretGenerator",
            "generatorOptions", "sortOptions", "helmGlobals");
    static final String NOT_BUILT = "kustomize field not built: ";
    /** The unbuilt fields that make objects of their own, of any kind. */
    static final Set<String> MAKING = Set.of(NOT_BUILT + "helmCharts", NOT_BUILT + "generators",
            NOT_BUILT + "helmChartInflationGenerator");
    static final String NOT_RESOLVED = "kustomize resource not read: remote, outside the scanned directory or left out of the scan";

    /** What one root's build made and read. */
    record Build(List<BuiltObject> objects, Set<String> sources, Set<String> kustomizations, Set<String> patches) {}

    private final RepoFiles files;
    private final Map<String, Set<String>> notBuilt;
    private final Map<String, SkippedFile> unresolved;
    private final List<HelmRelease> releases;

    private final Set<String> sources = new LinkedHashSet<>();
    private final Set<String> kustomizations = new LinkedHashSet<>();
    private final Set<String> patches = new LinkedHashSet<>();
    /** Objects the build has but plumb does not see: remote resources, inflated charts, generator plugins. */
    private boolean unseen;

    OverlayBuilder(RepoFiles files, Map<String, Set<String>> notBuilt, Map<String, SkippedFile> unresolved,
                   List<HelmRelease> releases) {
        this.files = files;
        this.notBuilt = notBuilt;
        this.unresolved = unresolved;
        this.releases = releases;
    }

    Build build(String kustomization) {
        List<BuiltObject> objects = new ArrayList<>();
        accumulate(kustomization, objects, new ArrayList<>(), false);
        for (BuiltObject object : objects) {
            if (object.hashed) {
                String hash = NameHash.of(object.body);
                Node name = object.body.path("metadata", "name");
                object.body = Trees.edit(object.body, List.of("metadata", "name"), name.position(),
                        old -> Trees.retext(old, old.textOr("") + "-" + hash));
            }
        }
        NameReferences.fix(objects);
        return new Build(objects, sources, kustomizations, patches);
    }

    /** The resource files read so far: after a failure, those the failed build had reached. */
    Set<String> sourcesRead() {
        return sources;
    }

    private void accumulate(String path, List<BuiltObject> objects, List<String> chain, boolean component) {
        if (chain.contains(path)) {
            throw new BuildFailure(new Position(path, 1, 1), "kustomization cycle through " + String.join(" → ", chain));
        }
        chain.add(path);
        kustomizations.add(path);
        MapNode fields = fields(path);
        String kind = fields.get("kind").textOr("Kustomization");
        if (component != kind.equals("Component")) {
            throw new BuildFailure(fields.keyPosition("kind"), component ? path + " is listed as a component but is a " + kind
                    : path + " is a Component: list it under components");
        }
        for (String field : fields.fields().keySet()) {
            if (!BUILT.contains(field)) {
                notBuilt(path, field);
                unseen |= MAKING.contains(NOT_BUILT + field);
            }
        }
        String directory = RepoFiles.parent(path);
        for (String field : List.of("resources", "bases")) {
            for (Node entry : fields.get(field).elements()) {
                resource(path, directory, entry, objects, chain);
            }
        }
        for (Node entry : fields.get("components").elements()) {
            String target = local(path, directory, entry, "component");
            if (target != null) {
                if (!files.isDirectory(target)) {
                    throw new BuildFailure(entry.position(), "component not found: " + entry.textOr(""));
                }
                accumulate(kustomizationIn(target, entry), objects, chain, true);
            }
        }
        new Generators(fields, path, files).run(objects);
        Patches patcher = new Patches(path, fields, files, patches, unseen,
                entry -> unresolve(path, entry, "remote patch " + entry.textOr("").strip() + " is not fetched"));
        patcher.strategicMerges(fields.get("patchesStrategicMerge"), objects);
        patcher.patches(fields.get("patches"), objects);
        if (fields.get("namespace").textOr("").contains("${")) {
            // Flux substitutes it after the build: the namespace is not known here, and not guessed.
            notBuilt.computeIfAbsent(path, p -> new TreeSet<>()).add(NOT_BUILT + "namespace (substituted after the build)");
        } else {
            MetadataTransforms.namespace(fields.get("namespace"), objects);
        }
        MetadataTransforms.names(fields.get("namePrefix"), fields.get("nameSuffix"), objects);
        MetadataTransforms.labels(fields.get("commonLabels"), true, true, objects);
        for (Node labels : fields.get("labels").elements()) {
            MetadataTransforms.labels(labels.get("pairs"), labels.get("includeSelectors").isTrue(),
                    labels.get("includeTemplates").isTrue(), objects);
        }
        MetadataTransforms.annotations(fields.get("commonAnnotations"), objects);
        patcher.json6902(fields.get("patchesJson6902"), objects);
        ImagesAndReplicas.replicas(fields.get("replicas"), objects);
        ImagesAndReplicas.images(fields.get("images"), objects);
        if (!fields.get("helmCharts").elements().isEmpty()) {
            releases.addAll(HelmChartReleases.of(path, fields, files));
        }
        chain.remove(chain.size() - 1);
    }

    private MapNode fields(String path) {
        List<Node> documents = files.documents(path, null);
        if (documents.isEmpty() || documents.get(0).isNull()) {
            return MapNode.empty(new Position(path, 1, 1));
        }
        if (documents.size() > 1 || !(documents.get(0) instanceof MapNode map)) {
            throw new BuildFailure(documents.get(0).position(), "a kustomization is one YAML mapping");
        }
        for (String list : List.of("resources", "bases", "components", "patches", "patchesStrategicMerge",
                "patchesJson6902", "images", "replicas", "labels", "configMapGenerator", "secretGenerator", "helmCharts")) {
            Node value = map.get(list);
            if (!value.isMissing() && !value.isNull() && !value.isList()) {
                throw new BuildFailure(map.keyPosition(list), list + " must be a list");
            }
        }
        return map;
    }

    private void notBuilt(String path, String field) {
        notBuilt.computeIfAbsent(path, p -> new TreeSet<>()).add(NOT_BUILT + field);
    }

    private void resource(String path, String directory, Node entry, List<BuiltObject> objects, List<String> chain) {
        String target = local(path, directory, entry, "resource");
        if (target == null) {
            return;
        }
        if (files.isDirectory(target)) {
            List<BuiltObject> built = new ArrayList<>();
            accumulate(kustomizationIn(target, entry), built, chain, false);
            objects.addAll(built);
        } else if (files.isFile(target) && !files.scanned(target)) {
            unresolve(path, entry, "resource " + entry.textOr("").strip() + " is left out of the scan");
        } else if (files.isFile(target)) {
            sources.add(target);
            for (Node document : files.documents(target, entry.position())) {
                addObjects(target, document, objects);
            }
        } else {
            throw new BuildFailure(entry.position(), "resource not found: " + entry.textOr(""));
        }
    }

    /** The path an entry names inside the root; null (listed as not resolved) for a remote or outside one. */
    private String local(String path, String directory, Node entry, String what) {
        String reference = entry.text();
        if (reference == null || reference.isBlank()) {
            throw new BuildFailure(entry.position(), what + " entry is not a path");
        }
        reference = reference.strip();
        if (isRemote(reference)) {
            unresolve(path, entry, "remote " + what + " " + reference + " is not fetched");
            return null;
        }
        String target = RepoFiles.resolve(directory, reference).orElse(null);
        if (target == null) {
            unresolve(path, entry, what + " " + reference + " is outside the scanned directory");
        }
        return target;
    }

    private void unresolve(String path, Node entry, String reason) {
        String where = path + ":" + entry.line();
        unresolved.putIfAbsent(where, new SkippedFile(where, reason));
        notBuilt.computeIfAbsent(path, p -> new TreeSet<>()).add(NOT_RESOLVED);
        unseen = true;
    }

    static boolean isRemote(String reference) {
        return reference.contains("://") || reference.startsWith("git@") || reference.startsWith("github.com/")
                || reference.startsWith("gitlab.com/") || reference.startsWith("bitbucket.org/") || reference.contains("?ref=")
                || reference.contains(".git//");
    }

    private String kustomizationIn(String directory, Node entry) {
        return files.kustomizationIn(directory)
                .orElseThrow(() -> new BuildFailure(entry.position(), "no kustomization in " + entry.textOr("")));
    }

    private static void addObjects(String file, Node document, List<BuiltObject> objects) {
        if (!(document instanceof MapNode map) || map.get("apiVersion").text() == null || map.get("kind").text() == null) {
            return;
        }
        String kind = map.get("kind").text();
        if (kind.endsWith("List") && map.get("items") instanceof ListNode items) {
            for (Node item : items.elements()) {
                if (item instanceof MapNode object && object.get("kind").text() != null) {
                    objects.add(new BuiltObject(object, new Origin(file, item.line(), Origin.YAML), false));
                }
            }
            return;
        }
        objects.add(new BuiltObject(map, new Origin(file, map.line(), Origin.YAML), false));
    }
}
