package dev.plumb.model;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/** A resource that runs pods, seen through its pod template. */
public final class Workload {

    private static final Set<String> KINDS = Set.of(
            "Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "CronJob");
    private static final Set<String> SCALABLE = Set.of("Deployment", "StatefulSet", "ReplicaSet", "ReplicationController");

    private final Resource resource;
    private final Node template;
    private final PodSpec podSpec;
    private final Map<String, String> templateLabels;
    private final Map<String, String> templateAnnotations;

    private Workload(Resource resource, Node template) {
        this.resource = resource;
        this.template = template;
        this.podSpec = new PodSpec(template.get("spec"));
        // Selectors match against these once per policy, budget and Service: build them once.
        this.templateLabels = template.path("metadata", "labels").stringMap();
        this.templateAnnotations = template.path("metadata", "annotations").stringMap();
    }

    /** The workload view of {@code resource}, when it is a pod or a pod controller with a template. */
    public static Optional<Workload> of(Resource resource) {
        if (!KINDS.contains(resource.kind())) {
            return Optional.empty();
        }
        Node template = podTemplateOf(resource);
        // Without a containers list it is a fragment (a patch, a partial base), not something that runs.
        if (!template.isMap() || !template.path("spec", "containers").isList()) {
            return Optional.empty();
        }
        return Optional.of(new Workload(resource, template));
    }

    /**
     * Where the pod template of a pod or pod controller sits (for a Pod, the Pod itself), even in a fragment
     * without containers that is no workload: pod-level fields can be judged there. Missing for other kinds.
     */
    public static Node podTemplateOf(Resource resource) {
        if (!KINDS.contains(resource.kind())) {
            return MissingNode.INSTANCE;
        }
        return switch (resource.kind()) {
            case "Pod" -> resource.body();
            case "CronJob" -> resource.spec().path("jobTemplate", "spec", "template");
            default -> resource.spec().get("template");
        };
    }

    public Resource resource() {
        return resource;
    }

    public String kind() {
        return resource.kind();
    }

    public String name() {
        return resource.name();
    }

    public String namespace() {
        return resource.namespace();
    }

    /** The pod template (metadata + spec); for a Pod, the Pod itself. */
    public Node template() {
        return template;
    }

    public PodSpec podSpec() {
        return podSpec;
    }

    public Map<String, String> templateLabels() {
        return templateLabels;
    }

    public Map<String, String> templateAnnotations() {
        return templateAnnotations;
    }

    /** The controller's pod selector; a bare Pod, Job or CronJob has none that other objects depend on. */
    public LabelSelector selector() {
        return SCALABLE.contains(kind()) || kind().equals("DaemonSet")
                ? LabelSelector.of(resource.spec().get("selector"))
                : LabelSelector.NOTHING;
    }

    /**
     * Desired replicas for controllers that have them (default 1 when unwritten); empty for kinds
     * without replicas and when the value is templated.
     */
    public OptionalLong replicas() {
        if (!SCALABLE.contains(kind())) {
            return OptionalLong.empty();
        }
        Node replicas = resource.spec().get("replicas");
        if (replicas.isMissing() || replicas.isNull()) {
            return OptionalLong.of(1);
        }
        return replicas.asLong().map(OptionalLong::of).orElse(OptionalLong.empty());
    }

    /** Runs to completion rather than serving (Job, CronJob, a Pod with restartPolicy Never/OnFailure). */
    public boolean isBatch() {
        if (kind().equals("Job") || kind().equals("CronJob")) {
            return true;
        }
        String restart = podSpec.node().get("restartPolicy").text();
        return kind().equals("Pod") && ("Never".equals(restart) || "OnFailure".equals(restart));
    }

    @Override
    public String toString() {
        return resource.id();
    }
}
