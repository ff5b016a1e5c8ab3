package dev.plumb.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything loaded from the repository, indexed for rules: resources by kind and namespace,
 * workload views, and the relations between objects (selectors, routes, bindings).
 */
public final class Platform {

    private final List<Resource> resources;
    private final List<LoadProblem> loadProblems;
    private final List<IgnoreDirective> ignoreDirectives;
    private final Map<String, List<Resource>> byKind;
    private final Map<String, List<Workload>> workloadsByNamespace;
    private final Map<String, List<Resource>> byNamespace;
    private final List<Workload> workloads;
    private final Map<Resource, Workload> workloadViews;
    private final Map<String, List<Workload>> workloadsByLabel = new HashMap<>();
    private final Map<String, List<Resource>> byId;
    private final List<TextFile> textFiles;
    private final List<TerraformBlock> terraformBlocks;
    private final List<HelmRelease> helmReleases;
    private final Map<String, List<Resource>> byKindAndNamespace;
    private final Map<Object, Object> derived = new ConcurrentHashMap<>();
    private final Coverage coverage;
    private final RenderedCharts charts;

    public Platform(List<Resource> resources, List<LoadProblem> loadProblems, List<IgnoreDirective> ignoreDirectives) {
        this(resources, loadProblems, ignoreDirectives, List.of());
    }

    public Platform(List<Resource> resources, List<LoadProblem> loadProblems, List<IgnoreDirective> ignoreDirectives,
                    List<TextFile> textFiles) {
        this(resources, loadProblems, ignoreDirectives, textFiles, List.of());
    }

    public Platform(List<Resource> resources, List<LoadProblem> loadProblems, List<IgnoreDirective> ignoreDirectives,
                    List<TextFile> textFiles, List<TerraformBlock> terraformBlocks) {
        this(resources, loadProblems, ignoreDirectives, textFiles, terraformBlocks, List.of());
    }

    public Platform(List<Resource> resources, List<LoadProblem> loadProblems, List<IgnoreDirective> ignoreDirectives,
                    List<TextFile> textFiles, List<TerraformBlock> terraformBlocks, List<HelmRelease> helmReleases) {
        this(resources, loadProblems, ignoreDirectives, textFiles, terraformBlocks, helmReleases, Coverage.NONE);
    }

    /** @param coverage what the loaders analysed of the live repository: rules about absence ask it before they speak */
    public Platform(List<Resource> resources, List<LoadProblem> loadProblems, List<IgnoreDirective> ignoreDirectives,
                    List<TextFile> textFiles, List<TerraformBlock> terraformBlocks, List<HelmRelease> helmReleases,
                    Coverage coverage) {
        this(resources, loadProblems, ignoreDirectives, textFiles, terraformBlocks, helmReleases, coverage, RenderedCharts.NONE);
    }

    /** @param charts what rendering the repository's charts gave besides objects */
    public Platform(List<Resource> resources, List<LoadProblem> loadProblems, List<IgnoreDirective> ignoreDirectives,
                    List<TextFile> textFiles, List<TerraformBlock> terraformBlocks, List<HelmRelease> helmReleases,
                    Coverage coverage, RenderedCharts charts) {
        this.coverage = coverage;
        this.charts = charts;
        this.textFiles = List.copyOf(textFiles);
        this.terraformBlocks = List.copyOf(terraformBlocks);
        this.helmReleases = List.copyOf(helmReleases);
        this.resources = List.copyOf(resources);
        this.loadProblems = List.copyOf(loadProblems);
        this.ignoreDirectives = List.copyOf(ignoreDirectives);
        this.byKind = Collections.unmodifiableMap(this.resources.stream()
                .collect(Collectors.groupingBy(Resource::kind, LinkedHashMap::new, Collectors.toUnmodifiableList())));
        this.byKindAndNamespace = this.resources.stream().collect(Collectors.groupingBy(
                r -> r.kind() + '\u0000' + r.namespace(), HashMap::new, Collectors.toUnmodifiableList()));
        this.byNamespace = Collections.unmodifiableMap(this.resources.stream()
                .collect(Collectors.groupingBy(Resource::namespace, HashMap::new, Collectors.toUnmodifiableList())));
        List<Workload> views = new ArrayList<>();
        for (Resource resource : this.resources) {
            Workload.of(resource).ifPresent(views::add);
        }
        this.workloads = List.copyOf(views);
        this.workloadViews = new IdentityHashMap<>(views.size() * 2);
        for (Workload view : views) {
            workloadViews.put(view.resource(), view);
            view.templateLabels().forEach((key, value) -> workloadsByLabel
                    .computeIfAbsent(labelKey(view.namespace(), key, value), k -> new ArrayList<>(2)).add(view));
        }
        this.workloadsByNamespace = workloads.stream()
                .collect(Collectors.groupingBy(Workload::namespace, HashMap::new, Collectors.toUnmodifiableList()));
        Map<String, List<Resource>> ids = new HashMap<>();
        for (Resource resource : this.resources) {
            ids.computeIfAbsent(resource.id(), id -> new ArrayList<>(1)).add(resource);
        }
        this.byId = ids;
    }

    public List<Resource> resources() {
        return resources;
    }

    public List<Resource> ofKind(String kind) {
        return byKind.getOrDefault(kind, List.of());
    }

    /** Rules call this once per workload or reference: indexed, so a large repository stays linear. */
    public List<Resource> ofKind(String kind, String namespace) {
        return byKindAndNamespace.getOrDefault(kind + '\u0000' + namespace, List.of());
    }

    /** Objects of a namespace; "" holds the cluster-scoped ones. */
    public List<Resource> inNamespace(String namespace) {
        return byNamespace.getOrDefault(namespace, List.of());
    }

    /** The object with this kind, namespace and name; the first loaded when several files define it. */
    public Optional<Resource> find(String kind, String namespace, String name) {
        return definitions(kind, namespace, name).stream().findFirst();
    }

    /**
     * Like {@link #find}, but when several files define the object (environments, overlays, copies)
     * prefers the definition in {@code file}: a reference usually means its neighbour.
     */
    public Optional<Resource> findNear(String kind, String namespace, String name, String file) {
        List<Resource> candidates = definitions(kind, namespace, name);
        return candidates.stream().filter(r -> r.origin().file().equals(file)).findFirst()
                .or(() -> candidates.stream().findFirst());
    }

    private List<Resource> definitions(String kind, String namespace, String name) {
        String id = namespace == null || namespace.isEmpty() ? kind + "/" + name : kind + "/" + namespace + "/" + name;
        return byId.getOrDefault(id, List.of());
    }

    public List<Workload> workloads() {
        return workloads;
    }

    private static String labelKey(String namespace, String key, String value) {
        return namespace + '\u0000' + key + '\u0000' + value;
    }

    /** The workload view of one of this platform's resources, built once with the platform. */
    public Optional<Workload> workloadOf(Resource resource) {
        return Optional.ofNullable(workloadViews.get(resource));
    }

    public List<Workload> workloadsIn(String namespace) {
        return workloadsByNamespace.getOrDefault(namespace, List.of());
    }

    /** Workloads of {@code namespace} whose pod template labels satisfy {@code selector}. */
    public List<Workload> workloadsSelectedBy(String namespace, LabelSelector selector) {
        if (selector.matchesNothing() || selector.isUnreadable()) {
            return List.of();
        }
        // Services, policies and budgets each select among a namespace's workloads: start from those
        // carrying one required label instead of testing all of them.
        List<Workload> candidates = selector.someRequiredLabel()
                .map(label -> workloadsByLabel.getOrDefault(labelKey(namespace, label.getKey(), label.getValue()), List.of()))
                .orElseGet(() -> workloadsIn(namespace));
        return candidates.stream().filter(w -> selector.matches(w.templateLabels())).toList();
    }

    /** The workloads a Service sends traffic to (its equality selector against pod template labels). */
    public List<Workload> workloadsOf(Resource service) {
        return workloadsSelectedBy(service.namespace(), LabelSelector.ofEquality(service.spec().get("selector")));
    }

    /** The Services of the workload's namespace whose selector matches its pod template. */
    public List<Resource> servicesSelecting(Workload workload) {
        return ofKind("Service", workload.namespace()).stream()
                .filter(service -> LabelSelector.ofEquality(service.spec().get("selector")).matches(workload.templateLabels()))
                .toList();
    }

    /** The Services an Ingress routes to: the default backend and every rule path (networking.k8s.io/v1 and the older serviceName form). */
    public List<BackendRef> backendsOf(Resource ingress) {
        List<BackendRef> refs = new ArrayList<>();
        addBackend(refs, ingress.spec().get("defaultBackend"));
        addBackend(refs, ingress.spec().get("backend"));
        for (Node rule : ingress.spec().get("rules").elements()) {
            for (Node path : rule.path("http", "paths").elements()) {
                addBackend(refs, path.get("backend"));
            }
        }
        return refs;
    }

    private static void addBackend(List<BackendRef> refs, Node backend) {
        if (!backend.isMap()) {
            return;
        }
        Node service = backend.get("service");
        if (service.isMap()) {
            Node port = service.get("port");
            String portText = port.get("name").optText().orElseGet(() -> port.get("number").textOr(""));
            service.get("name").optText().ifPresent(name -> refs.add(new BackendRef(name, portText, service.get("name"))));
        } else {
            backend.get("serviceName").optText()
                    .ifPresent(name -> refs.add(new BackendRef(name, backend.get("servicePort").textOr(""), backend.get("serviceName"))));
        }
    }

    /** The Role or ClusterRole a binding refers to, when the repository defines it. */
    public Optional<Resource> roleOf(Resource binding) {
        Node roleRef = binding.body().get("roleRef");
        String kind = roleRef.get("kind").text();
        String name = roleRef.get("name").text();
        if (kind == null || name == null) {
            return Optional.empty();
        }
        return findNear(kind, kind.equals("Role") ? binding.namespace() : "", name, binding.origin().file());
    }

    /** Subjects of a binding; a ServiceAccount without a namespace belongs to the binding's namespace. */
    public List<BindingSubject> subjectsOf(Resource binding) {
        return BindingSubject.of(binding);
    }

    /**
     * An index several rules share (the objects a namespace defines, the tools a repository runs),
     * built on first use and kept as long as this platform: rules stay stateless, and the work is
     * done once per scan rather than once per rule.
     *
     * @param key identifies the index; by convention its class
     */
    @SuppressWarnings("unchecked")
    public <T> T derived(Class<T> key, Function<Platform, T> build) {
        Object existing = derived.get(key);
        if (existing == null) {
            existing = build.apply(this);
            Object raced = derived.putIfAbsent(key, existing);
            existing = raced == null ? existing : raced;
        }
        return (T) existing;
    }

    /** Every top-level block of every Terraform file, in file order: providers, modules, releases, resources. */
    public List<TerraformBlock> terraformBlocks() {
        return terraformBlocks;
    }

    /** Every {@code helm_release} of the Terraform stacks, once per module instance, for the Helm loader. */
    public List<HelmRelease> helmReleases() {
        return helmReleases;
    }

    /** Every file read, in scan order: manifests, chart files, scripts, notes. */
    public List<TextFile> textFiles() {
        return textFiles;
    }

    /** What was analysed of the live repository, and what not. */
    public RenderedCharts charts() {
        return charts;
    }

    public Coverage coverage() {
        return coverage;
    }

    public List<LoadProblem> loadProblems() {
        return loadProblems;
    }

    public List<IgnoreDirective> ignoreDirectives() {
        return ignoreDirectives;
    }
}
