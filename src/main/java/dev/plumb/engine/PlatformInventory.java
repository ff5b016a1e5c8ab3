package dev.plumb.engine;

import dev.plumb.model.BindingSubject;
import dev.plumb.model.Container;
import dev.plumb.model.LabelSelector;
import dev.plumb.model.LiveScopes;
import dev.plumb.model.Node;
import dev.plumb.model.Platform;
import dev.plumb.model.RenderedChart;
import dev.plumb.model.Resource;
import dev.plumb.model.TextFile;
import dev.plumb.model.Workload;
import dev.plumb.result.PlatformFacts;
import dev.plumb.rule.Subject;
import dev.plumb.result.UnitFacts;
import dev.plumb.result.UnitKind;
import dev.plumb.result.WorkloadFacts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Counts what the platform holds and groups it into units, once per scan, so the concerns audit can
 * give "N of M" and the compliance matrix can judge each unit without reading files itself.
 */
final class PlatformInventory {

    private static final String SCRAPE_ANNOTATION = "prometheus.io/scrape";
    /** Prometheus-operator and VictoriaMetrics objects that select Services, and those that select pods. */
    private static final Set<String> SERVICE_MONITORS = Set.of("ServiceMonitor", "VMServiceScrape");
    private static final Set<String> POD_MONITORS = Set.of("PodMonitor", "VMPodScrape");
    private static final Set<String> AUTOSCALERS = Set.of("HorizontalPodAutoscaler");
    private static final Set<String> BINDINGS = Set.of("RoleBinding", "ClusterRoleBinding");

    private final Platform platform;
    private final Units units;
    private final Set<String> boundServiceAccounts = new HashSet<>();
    private final Map<String, Integer> autoscalerMinimum = new HashMap<>();
    private final Map<Resource, List<Resource>> servicesByWorkload = new IdentityHashMap<>();

    private PlatformInventory(Platform platform, List<String> configuredUnits) {
        this.platform = platform;
        this.units = new Units(configuredUnits, platform.textFiles().stream().map(TextFile::path).toList(),
                ModuleCallers.of(platform));
        for (String kind : BINDINGS) {
            for (Resource binding : platform.ofKind(kind)) {
                for (BindingSubject subject : BindingSubject.of(binding)) {
                    if (subject.kind().equals("ServiceAccount")) {
                        boundServiceAccounts.add(subject.namespace() + "/" + subject.name());
                    }
                }
            }
        }
        // Index Services by the workloads they select once: asking per workload re-reads every selector of its namespace.
        for (Resource service : platform.ofKind("Service")) {
            for (Workload workload : platform.workloadsOf(service)) {
                servicesByWorkload.computeIfAbsent(workload.resource(), w -> new ArrayList<>()).add(service);
            }
        }
        for (String kind : AUTOSCALERS) {
            for (Resource hpa : platform.ofKind(kind)) {
                Node target = hpa.spec().get("scaleTargetRef");
                int minimum = hpa.spec().get("minReplicas").asLong().map(Long::intValue).orElse(1);
                autoscalerMinimum.put(hpa.namespace() + "/" + target.get("kind").textOr("") + "/"
                        + target.get("name").textOr(""), minimum);
            }
        }
    }

    static PlatformFacts of(Platform platform, List<String> configuredUnits) {
        return of(platform, configuredUnits, LiveScopes.ALL_LIVE);
    }

    /** Units and counts of live workloads: those of retired folders and of modules no stack calls have no row. */
    static PlatformFacts of(Platform platform, List<String> configuredUnits, LiveScopes live) {
        return new PlatformInventory(platform, configuredUnits).facts(live);
    }

    private PlatformFacts facts(LiveScopes live) {
        int longRunning = 0;
        int containers = 0;
        int images = 0;
        Map<String, List<WorkloadFacts>> workloadsByUnit = new TreeMap<>();
        Map<String, UnitKind> kinds = new HashMap<>();
        List<Workload> liveWorkloads = platform.workloads().stream()
                .filter(workload -> live.isLive(workload.resource().origin().file())).toList();
        for (Workload workload : liveWorkloads) {
            if (!workload.isBatch()) {
                longRunning++;
            }
            for (Container container : workload.podSpec().allContainers()) {
                containers++;
                String image = container.image();
                if (image != null && !image.isBlank() && !image.contains("$") && !image.contains("{{")) {
                    images++;
                }
            }
            Units.Placement placement = units.of(workload.resource().origin().file());
            kinds.put(placement.path(), placement.kind());
            workloadsByUnit.computeIfAbsent(placement.path(), p -> new ArrayList<>()).add(factsOf(workload));
        }
        Map<String, Set<String>> filesByUnit = new TreeMap<>();
        // Files of test folders stay: a chart's or a stack's tests are what the Tests column looks for.
        for (TextFile file : platform.textFiles()) {
            Units.Placement placement = units.of(file.path());
            filesByUnit.computeIfAbsent(placement.path(), p -> new TreeSet<>()).add(file.path());
            if (placement.kind() != UnitKind.FOLDER) {
                kinds.putIfAbsent(placement.path(), placement.kind());
            }
        }
        List<UnitFacts> result = new ArrayList<>();
        for (Map.Entry<String, UnitKind> unit : new TreeMap<>(kinds).entrySet()) {
            String path = unit.getKey();
            List<WorkloadFacts> workloads = workloadsByUnit.getOrDefault(path, List.of());
            if (workloads.isEmpty() && unit.getValue() == UnitKind.FOLDER) {
                // A folder of policies or namespaces is not a service: it has no row to fill.
                continue;
            }
            Set<String> files = filesByUnit.getOrDefault(path, Set.of());
            result.add(new UnitFacts(path, unit.getValue(), nameOf(path, unit.getValue()), workloads, files,
                    tests(path, unit.getValue(), files), switchedOff(platform, path)));
        }
        return new PlatformFacts(liveWorkloads.size(), longRunning, containers, images, result);
    }

    /** The kinds every render of the chart at {@code path} left out: switched off unless a value turns them on. */
    private static Set<String> switchedOff(Platform platform, String path) {
        Set<String> off = null;
        for (RenderedChart render : platform.charts().renders()) {
            if (render.chart().equals(path) && render.rendered()) {
                if (off == null) {
                    off = new TreeSet<>(render.switchedOff());
                } else {
                    off.retainAll(render.switchedOff());
                }
            }
        }
        return off == null ? Set.of() : off;
    }

    private WorkloadFacts factsOf(Workload workload) {
        Resource resource = workload.resource();
        String serviceAccount = workload.podSpec().serviceAccountName();
        boolean tokenMounted = !workload.podSpec().node().get("automountServiceAccountToken").isFalse();
        String key = workload.namespace() + "/" + workload.kind() + "/" + workload.name();
        Integer autoscaled = autoscalerMinimum.get(key);
        int replicas = autoscaled != null ? autoscaled
                : workload.replicas().isPresent() ? (int) workload.replicas().getAsLong() : -1;
        return new WorkloadFacts(Subject.of(resource).id(), workload.kind(), resource.origin().file(),
                resource.origin().line(), !workload.isBatch(), replicas, serviceAccount, tokenMounted,
                boundServiceAccounts.contains(workload.namespace() + "/" + serviceAccount), scraped(workload));
    }

    private boolean scraped(Workload workload) {
        if ("true".equals(workload.templateAnnotations().get(SCRAPE_ANNOTATION))) {
            return true;
        }
        List<Resource> services = servicesByWorkload.getOrDefault(workload.resource(), List.of());
        if (services.stream().anyMatch(service -> "true".equals(service.annotations().get(SCRAPE_ANNOTATION)))) {
            return true;
        }
        for (String kind : SERVICE_MONITORS) {
            for (Resource monitor : platform.ofKind(kind)) {
                LabelSelector selector = LabelSelector.of(monitor.spec().get("selector"));
                if (watches(monitor, workload.namespace())
                        && services.stream().anyMatch(service -> selector.matches(service.labels()))) {
                    return true;
                }
            }
        }
        for (String kind : POD_MONITORS) {
            for (Resource monitor : platform.ofKind(kind)) {
                if (watches(monitor, workload.namespace())
                        && LabelSelector.of(monitor.spec().get("selector")).matches(workload.templateLabels())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A monitor looks in its own namespace unless its namespaceSelector names others or any. */
    private static boolean watches(Resource monitor, String namespace) {
        Node selector = monitor.spec().get("namespaceSelector");
        if (selector.get("any").isTrue()) {
            return true;
        }
        List<Node> names = selector.get("matchNames").elements();
        if (!names.isEmpty()) {
            return names.stream().anyMatch(name -> namespace.equals(name.text()));
        }
        return namespace.equals(monitor.namespace());
    }

    /** A chart's {@code templates/tests/} or a template with a Helm test hook; a stack's {@code *.tftest.hcl}. */
    private List<String> tests(String path, UnitKind kind, Set<String> files) {
        String prefix = path.equals(Units.ROOT) ? "" : path + "/";
        List<String> found = new ArrayList<>();
        if (kind == UnitKind.CHART) {
            for (TextFile file : platform.textFiles()) {
                if (!files.contains(file.path()) || !file.path().startsWith(prefix + "templates/")) {
                    continue;
                }
                if (file.path().startsWith(prefix + "templates/tests/") || hasHelmTestHook(file.text())) {
                    found.add(file.path());
                }
            }
        } else if (kind == UnitKind.TERRAFORM_STACK) {
            for (TextFile file : platform.textFiles()) {
                String candidate = file.path();
                boolean here = candidate.startsWith(prefix) && (candidate.indexOf('/', prefix.length()) < 0
                        || candidate.startsWith(prefix + "tests/"));
                if (here && isTerraformTest(candidate)) {
                    found.add(candidate);
                }
            }
        }
        return found.stream().sorted().toList();
    }

    /** {@code terraform test} files, and OpenTofu's own name for them. */
    private static boolean isTerraformTest(String path) {
        return path.endsWith(".tftest.hcl") || path.endsWith(".tftest.json")
                || path.endsWith(".tofutest.hcl") || path.endsWith(".tofutest.json");
    }

    /** {@code "helm.sh/hook": test} (or {@code test-success}, or a list naming test) on one line of a template. */
    private static boolean hasHelmTestHook(String text) {
        return text.lines().anyMatch(line -> {
            int hook = line.indexOf("helm.sh/hook\"");
            int plain = line.indexOf("helm.sh/hook:");
            int at = Math.max(hook, plain);
            return at >= 0 && line.indexOf("test", at) >= 0;
        });
    }

    private static String nameOf(String path, UnitKind kind) {
        if (path.equals(Units.ROOT)) {
            return "(root)";
        }
        return kind == UnitKind.CHART ? path.substring(path.lastIndexOf('/') + 1) : path;
    }
}
