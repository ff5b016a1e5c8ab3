package dev.plumb.load.terraform;

import dev.plumb.model.HelmRelease;
import dev.plumb.model.LoadProblem;
import dev.plumb.model.MapNode;
import dev.plumb.model.Node;
import dev.plumb.model.Origin;
import dev.plumb.model.Position;
import dev.plumb.model.Resource;
import dev.plumb.model.SkippedFile;
import dev.plumb.model.TerraformBlock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Loads the Terraform of a repository: every {@code .tf} and {@code .tofu} file parsed once (except a
 * {@code .tf} file that a {@code .tofu} file of the same name replaces, as in OpenTofu), each directory
 * of them a stack, and each root stack evaluated with its var files, local modules instantiated once per call
 * with the call's arguments. A directory some other scanned stack calls as a local module is no root
 * of its own (evaluated with unknown inputs it would only repeat, or misstate, what its calls show);
 * a directory nobody calls is a root. Kubernetes resources become objects whose values point at the
 * line that uses them, whatever they were computed from.
 */
public final class TerraformStacks {

    /** Module calls nested deeper than this are not followed: a cycle, or generated code. */
    static final int MAX_MODULE_DEPTH = 8;

    private static final int PARALLEL_FROM = 64;
    private static final String MANIFEST_TYPE = "kubernetes_manifest";

    /** One {@code .tf} or {@code .tofu} file. */
    public record Source(String path, String text) {}

    /**
     * What the scan's Terraform contributed.
     *
     * @param notScanned    module calls plumb did not follow (remote sources, paths outside the root), as the operator sees skips
     * @param templateFiles root-relative paths the stacks read with {@code templatefile()}: templates of the
     *                      stack, which are YAML or JSON only once rendered, so no other loader's parse errors
     */
    public record Loaded(List<Resource> resources, List<LoadProblem> problems, List<TerraformBlock> blocks,
                         List<HelmRelease> helmReleases, List<SkippedFile> notScanned, Set<String> templateFiles) {}

    /**
     * What a scan tells the loader.
     *
     * @param varFiles     stack directory → var files (root-relative) applied after the automatic ones, in order
     * @param yamlManifests files the YAML loader reads as manifests: a {@code kubernetes_manifest} decoded
     *                      from one of them is that same object, already checked
     */
    public record Settings(Map<String, List<String>> varFiles, Set<String> yamlManifests) {

        public static Settings defaults() {
            return new Settings(Map.of(), Set.of());
        }
    }

    private final Map<String, Stack> stacks;
    private final RepositoryFiles files;
    private final Settings settings;
    private final Evaluation evaluation;
    private final List<Resource> resources = new ArrayList<>();
    private final List<LoadProblem> problems = new ArrayList<>();
    private final List<HelmRelease> releases = new ArrayList<>();
    private final Map<String, SkippedFile> notScanned = new LinkedHashMap<>();

    private TerraformStacks(Map<String, Stack> stacks, RepositoryFiles files, Settings settings) {
        this.stacks = stacks;
        this.files = files;
        this.settings = settings;
        this.evaluation = new Evaluation(files);
    }

    public static Loaded load(List<Source> written, RepositoryFiles files, Settings settings) {
        Map<String, String> replaced = TofuPrecedence.replaced(written.stream().map(Source::path).toList());
        List<Source> sources = written.stream().filter(source -> !replaced.containsKey(source.path())).toList();
        var stream = sources.size() >= PARALLEL_FROM ? sources.parallelStream() : sources.stream();
        List<HclFile> parsed = stream.map(source -> TerraformLoader.parse(source.path(), source.text())).toList();
        List<LoadProblem> parseProblems = new ArrayList<>();
        List<TerraformBlock> blocks = new ArrayList<>();
        Map<String, List<HclFile>> byDirectory = new TreeMap<>();
        for (HclFile file : parsed) {
            parseProblems.addAll(file.problems());
            for (HclBlock block : file.blocks()) {
                blocks.add(new TerraformBlock(file.path(), block.type(), block.labels(), block.body(), block.position()));
            }
            byDirectory.computeIfAbsent(RepoPaths.parent(file.path()), d -> new ArrayList<>()).add(file);
        }
        Map<String, Stack> stacks = new LinkedHashMap<>();
        byDirectory.forEach((directory, stackFiles) -> stacks.put(directory, new Stack(directory, stackFiles)));
        TerraformStacks loader = new TerraformStacks(stacks, files, settings);
        loader.problems.addAll(parseProblems);
        replaced.forEach((tf, tofu) -> loader.notScanned.put(tf, new SkippedFile(tf,
                "OpenTofu reads " + RepoPaths.name(tofu) + " in its place, so this file is not loaded")));
        for (String root : loader.roots()) {
            loader.evaluateRoot(stacks.get(root));
        }
        Set<String> templateFiles = new TreeSet<>(loader.evaluation.templateFiles());
        byDirectory.forEach((directory, stackFiles) -> TemplateFileCalls.collect(directory, stackFiles, templateFiles));
        Position exhausted = loader.evaluation.exhaustedAt();
        if (exhausted != null) {
            loader.problems.add(new LoadProblem(exhausted, "module calls past the first " + Evaluation.MAX_MODULE_INSTANCES
                    + " module instances are not evaluated (count or for_each nested inside modules?)"));
        }
        return new Loaded(List.copyOf(loader.resources), List.copyOf(loader.problems), List.copyOf(blocks),
                List.copyOf(loader.releases), List.copyOf(loader.notScanned.values()), Set.copyOf(templateFiles));
    }

    // ---- which stacks are roots

    private List<String> roots() {
        Map<String, Set<String>> calls = new HashMap<>();
        Set<String> called = new HashSet<>();
        for (Stack stack : stacks.values()) {
            for (HclBlock call : stack.modules()) {
                String target = localTarget(stack, call);
                if (target != null && stacks.containsKey(target) && !target.equals(stack.directory())) {
                    calls.computeIfAbsent(stack.directory(), d -> new LinkedHashSet<>()).add(target);
                    called.add(target);
                } else {
                    noteNotFollowed(stack, call, target);
                }
            }
        }
        List<String> roots = new ArrayList<>();
        Set<String> reached = new HashSet<>();
        for (String directory : stacks.keySet()) {
            if (!called.contains(directory)) {
                roots.add(directory);
                reach(directory, calls, reached);
            }
        }
        // Stacks that only call each other would otherwise never be read.
        for (String directory : stacks.keySet()) {
            if (!reached.contains(directory)) {
                roots.add(directory);
                reach(directory, calls, reached);
            }
        }
        return roots;
    }

    private static void reach(String directory, Map<String, Set<String>> calls, Set<String> reached) {
        if (reached.add(directory)) {
            for (String target : calls.getOrDefault(directory, Set.of())) {
                reach(target, calls, reached);
            }
        }
    }

    /** The directory a local module call names, root-relative; null for a remote or unreadable source. */
    private static String localTarget(Stack caller, HclBlock call) {
        String source = call.body().get("source").text();
        if (source == null || !Stack.isLocalSource(source)) {
            return null;
        }
        return RepoPaths.resolve(caller.directory(), source);
    }

    private void noteNotFollowed(Stack stack, HclBlock call, String target) {
        String source = call.body().get("source").text();
        String where = call.position().file() + ":" + call.position().line();
        String name = "module." + call.label(0);
        String reason;
        if (source == null) {
            reason = name + ": its source is not written literally, so the module is not scanned";
        } else if (!Stack.isLocalSource(source)) {
            reason = name + ": remote module " + source + " is not scanned";
        } else if (target == null) {
            reason = name + ": " + source + " is outside the scanned directory, so the module is not scanned";
        } else if (target.equals(stack.directory())) {
            reason = name + ": calls its own directory, so the module is not scanned";
        } else {
            reason = name + ": no Terraform files were scanned in " + source;
        }
        notScanned.putIfAbsent(where, new SkippedFile(where, reason));
    }

    // ---- evaluation

    private void evaluateRoot(Stack stack) {
        Map<String, Supplier<Node>> inputs = new HashMap<>();
        VarFiles.read(stack.directory(), files, settings.varFiles().getOrDefault(stack.directory(), List.of()), problems)
                .forEach((name, value) -> inputs.put(name, () -> value));
        StackPlan plan = (caller, call, instance) -> {
            String target = localTarget(caller, call);
            if (target == null || target.equals(caller.directory()) || !stacks.containsKey(target)) {
                return null;
            }
            if (instance.within(target)) {
                problems.add(new LoadProblem(call.position(), "module." + call.label(0) + " is not evaluated: "
                        + call.body().get("source").text() + " is already being instantiated on this path (modules that call "
                        + "each other in a circle)"));
                return null;
            }
            if (instance.depth() >= MAX_MODULE_DEPTH) {
                problems.add(new LoadProblem(call.position(), "module." + call.label(0) + " is not evaluated: modules nest "
                        + "more than " + MAX_MODULE_DEPTH + " deep here"));
                return null;
            }
            return stacks.get(target);
        };
        emit(new StackInstance(stack, "", stack.directory(), inputs, evaluation, plan, 0, false));
    }

    private void emit(StackInstance instance) {
        for (HclBlock block : instance.stack().resources()) {
            try {
                emitResource(instance, block);
            } catch (RuntimeException | StackOverflowError unexpected) {
                // One odd resource must not cost the rest of the stack.
                problems.add(new LoadProblem(block.position(), "could not evaluate resource "
                        + String.join(".", block.labels()) + " (" + unexpected.getClass().getSimpleName() + ")"));
            }
        }
        for (String module : instance.moduleNames()) {
            for (StackInstance child : instance.children(module)) {
                emit(child);
            }
        }
    }

    private void emitResource(StackInstance instance, HclBlock block) {
        String type = block.label(0);
        boolean kubernetes = type.startsWith("kubernetes_");
        if ((!kubernetes && !type.equals("helm_release")) || block.syntax() == null) {
            return;
        }
        for (StackInstance.Expansion expansion : instance.expansions(block)) {
            emitInstance(instance, block, expansion);
        }
    }

    private void emitInstance(StackInstance instance, HclBlock block, StackInstance.Expansion expansion) {
        String type = block.label(0);
        HclBlock evaluated = block.withBody(instance.body(block, expansion));
        boolean templated = instance.templated() || expansion.templated() || hasDynamic(evaluated.body());
        if (type.equals("helm_release")) {
            releases.add(HelmReleases.record(evaluated, instance, files));
            return;
        }
        KubernetesObjects.translate(evaluated).ifPresent(body -> {
            boolean manifest = MANIFEST_TYPE.equals(type);
            if (manifest && settings.yamlManifests().contains(body.file())) {
                // yamldecode(file(...)) of a manifest the YAML loader reads: the same object at the same lines.
                return;
            }
            Origin origin = new Origin(block.position().file(), block.position().line(),
                    manifest ? Origin.TERRAFORM_MANIFEST : Origin.TERRAFORM, instance.address(), templated);
            resources.add(new Resource(body, origin));
        });
    }

    private static boolean hasDynamic(Node node) {
        if (node instanceof MapNode map) {
            if (map.has(BodyReader.DYNAMIC_KEY)) {
                return true;
            }
            for (Node value : map.fields().values()) {
                if (hasDynamic(value)) {
                    return true;
                }
            }
        } else if (node.isList()) {
            for (Node element : node.elements()) {
                if (hasDynamic(element)) {
                    return true;
                }
            }
        }
        return false;
    }

}
