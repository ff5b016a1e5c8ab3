package dev.plumb.rules.capabilities;

import dev.plumb.model.Container;
import dev.plumb.model.ImageReference;
import dev.plumb.model.Node;
import dev.plumb.model.Platform;
import dev.plumb.model.Resource;
import dev.plumb.model.TextFile;
import dev.plumb.model.Workload;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Everything the capability rules search, gathered in one pass over the platform and shared by
 * all of them: images parsed once, command lines joined once, text held by objects and loose files
 * concatenated once, so that nine rules asking "is X anywhere?" cost one walk of a large repository
 * instead of nine. Kept per platform, weakly: a scan holds one platform, tests hold many.
 */
final class Inventory {

    record Image(Resource resource, Node node, String raw, String repository, String name) {}

    record Command(Resource resource, List<Node> words, String text) {}

    /**
     * A piece of searchable text: a ConfigMap value, a HelmChart's {@code valuesContent}, a
     * HelmRelease's values flattened to lines, or a file no object came from.
     */
    record Chunk(Resource resource, Node node, TextFile file, String text) {}

    /** Notes, not configuration: a README that says "we should add restic" is not a backup. */
    private static final Set<String> DOCUMENTS = Set.of("md", "markdown", "txt", "rst", "adoc", "html", "htm", "org");

    final Map<String, Resource> firstOfGroup = new LinkedHashMap<>();
    final Map<String, Anchor> annotationKeys = new LinkedHashMap<>();
    final List<Resource> batchWorkloads = new ArrayList<>();
    final List<Image> images = new ArrayList<>();
    final List<Command> commands = new ArrayList<>();
    final List<Chunk> chunks = new ArrayList<>();
    final List<TextFile> looseFiles = new ArrayList<>();
    /** Every chunk's text, newline-separated: one indexOf per searched word instead of one per chunk. */
    final String allText;
    private final int[] chunkStarts;

    static Inventory of(Platform platform) {
        return platform.derived(Inventory.class, Inventory::new);
    }

    private Inventory(Platform platform) {
        for (Resource resource : platform.resources()) {
            String group = resource.group();
            if (!group.isEmpty()) {
                firstOfGroup.putIfAbsent(group, resource);
            }
            for (String key : resource.annotations().keySet()) {
                annotationKeys.computeIfAbsent(key, k -> Anchor.at(resource, resource.metadata().path("annotations", k),
                        "annotation " + k + " on " + resource.id()));
            }
        }
        for (Workload workload : platform.workloads()) {
            addWorkload(workload);
        }
        for (Resource configMap : platform.ofKind("ConfigMap")) {
            for (Node value : configMap.body().get("data").fields().values()) {
                addChunk(new Chunk(configMap, value, null, value.textOr("")));
            }
        }
        for (String kind : List.of("HelmChartConfig", "HelmChart")) {
            for (Resource object : platform.ofKind(kind)) {
                Node values = object.spec().get("valuesContent");
                addChunk(new Chunk(object, values, null, values.textOr("")));
            }
        }
        for (Resource release : platform.ofKind("HelmRelease")) {
            StringBuilder flat = new StringBuilder();
            flatten(release.spec().get("values"), flat);
            addChunk(new Chunk(release, release.spec().get("values"), null, flat.toString()));
        }
        Set<String> manifests = new HashSet<>();
        for (Resource resource : platform.resources()) {
            // A Terraform file holds more than its Kubernetes objects (helm_release charts, modules):
            // its text stays searchable.
            if (!resource.origin().fromTerraform()) {
                manifests.add(resource.origin().file());
            }
        }
        for (TextFile file : platform.textFiles()) {
            if (!manifests.contains(file.path()) && isEvidence(file) && platform.coverage().isLive(file.path())) {
                looseFiles.add(file);
                addChunk(new Chunk(null, null, file, file.text()));
            }
        }
        StringBuilder all = new StringBuilder();
        int[] starts = new int[chunks.size()];
        for (int i = 0; i < chunks.size(); i++) {
            starts[i] = all.length();
            all.append(chunks.get(i).text()).append('\n');
        }
        this.allText = all.toString();
        this.chunkStarts = starts;
    }

    private void addWorkload(Workload workload) {
        Resource resource = workload.resource();
        if (workload.isBatch()) {
            batchWorkloads.add(resource);
        }
        for (String key : workload.templateAnnotations().keySet()) {
            annotationKeys.computeIfAbsent(key, k -> Anchor.at(resource, workload.template().path("metadata", "annotations", k),
                    "annotation " + k + " on the pods of " + resource.id()));
        }
        // Init containers count: a restore check or a dump run as an init container is still the mechanism.
        for (Container container : workload.podSpec().allContainers()) {
            String image = container.image();
            if (image != null) {
                ImageReference reference = ImageReference.parse(image);
                images.add(new Image(resource, container.imageNode(), image,
                        reference.repository().toLowerCase(Locale.ROOT), reference.shortName().toLowerCase(Locale.ROOT)));
            }
            List<Node> words = container.commandLine();
            if (!words.isEmpty()) {
                StringBuilder text = new StringBuilder();
                for (Node word : words) {
                    text.append(word.textOr("")).append(' ');
                }
                commands.add(new Command(resource, words, text.toString()));
            }
        }
    }

    private void addChunk(Chunk chunk) {
        if (!chunk.text().isEmpty()) {
            chunks.add(chunk);
        }
    }

    /** Keys and scalar values, one per line, so a mention of a key ("certificatesResolvers") is found too. */
    private static void flatten(Node node, StringBuilder out) {
        if (node.isScalar()) {
            out.append(node.textOr("")).append('\n');
            return;
        }
        for (Map.Entry<String, Node> field : node.fields().entrySet()) {
            out.append(field.getKey()).append('\n');
            flatten(field.getValue(), out);
        }
        for (Node element : node.elements()) {
            flatten(element, out);
        }
    }

    static boolean isDocument(TextFile file) {
        return DOCUMENTS.contains(file.extension());
    }

    /**
     * Configuration, scripts and pipelines can show a capability; notes cannot. Not a README, not an
     * ignore file ({@code /rclone.conf} in .gitignore backs nothing up), not an issue tracker's tasks,
     * not plumb's own configuration.
     */
    static boolean isEvidence(TextFile file) {
        String name = file.name();
        String lower = name.toLowerCase(Locale.ROOT);
        return !isDocument(file) && !name.equals(".plumb.yaml")
                && !(name.startsWith(".") && lower.endsWith("ignore"))
                && !NOTES.contains(lower.contains(".") ? lower.substring(0, lower.indexOf('.')) : lower)
                && !file.extension().equals("jsonl")
                && !TRACKERS.stream().anyMatch(folder -> ("/" + file.path()).contains(folder));
    }

    /** File names (before the extension) of notes rather than configuration. */
    private static final Set<String> NOTES = Set.of("todo", "changelog", "license", "licence", "notes", "roadmap",
            "issues", "tasks", "backlog", "codeowners");
    /** Folders of issue trackers and forge templates: tasks and wishes, not what runs. */
    private static final List<String> TRACKERS = List.of("/.beads/", "/.github/ISSUE_TEMPLATE/", "/.gitlab/issue_templates/",
            "/.github/PULL_REQUEST_TEMPLATE", "/.gitea/issue_template/", "/.forgejo/issue_template/");

    /** The chunk holding position {@code at} of {@link #allText}. */
    Chunk chunkAt(int at) {
        int index = Arrays.binarySearch(chunkStarts, at);
        return chunks.get(index >= 0 ? index : -index - 2);
    }

    int chunkStart(int at) {
        int index = Arrays.binarySearch(chunkStarts, at);
        return chunkStarts[index >= 0 ? index : -index - 2];
    }
}
