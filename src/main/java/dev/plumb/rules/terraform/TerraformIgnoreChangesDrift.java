package dev.plumb.rules.terraform;

import dev.plumb.model.HiddenObjects;
import dev.plumb.model.MapNode;
import dev.plumb.model.Node;
import dev.plumb.model.Origin;
import dev.plumb.model.Platform;
import dev.plumb.model.Resource;
import dev.plumb.model.TerraformBlock;
import dev.plumb.model.Workload;
import dev.plumb.rule.Category;
import dev.plumb.rule.Effort;
import dev.plumb.rule.Findings;
import dev.plumb.rule.PlatformRule;
import dev.plumb.rule.RuleInfo;
import dev.plumb.rule.Severity;
import dev.plumb.rules.Autoscalers;
import dev.plumb.rules.IgnoredChanges;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

@RuleInfo(
        id = "terraform-ignore-changes-drift",
        title = "Terraform ignores changes to what runs",
        category = Category.RELIABILITY,
        severity = Severity.MEDIUM,
        effort = Effort.M,
        rationale = "`lifecycle { ignore_changes }` on a workload's image, pod template or whole spec, or on a Helm "
                + "release's values, tells Terraform to leave those fields alone. The code then stops saying what runs: "
                + "someone's `kubectl set image` stays forever, a rebuilt cluster starts the old image from the code, "
                + "and an image bump written in Terraform is silently never applied.",
        fix = "Let one tool own the field. Either manage the image in Terraform (a variable that CI or Renovate "
                + "updates) and drop it from `ignore_changes`, or hand the workload to the tool that changes it "
                + "(Argo CD, Flux) and stop managing it here. Ignoring `replicas` for an autoscaler is fine:\n\n"
                + "```hcl\nlifecycle {\n  ignore_changes = [spec[0].replicas]\n}\n```",
        references = {
            "https://developer.hashicorp.com/terraform/language/meta-arguments/lifecycle#ignore_changes",
            "https://registry.terraform.io/providers/hashicorp/kubernetes/latest/docs/resources/deployment_v1"
        })
public final class TerraformIgnoreChangesDrift implements PlatformRule {

    private static final Set<String> WORKLOAD_TYPES = Set.of(
            "kubernetes_deployment", "kubernetes_deployment_v1", "kubernetes_stateful_set", "kubernetes_stateful_set_v1",
            "kubernetes_daemonset", "kubernetes_daemon_set_v1", "kubernetes_job", "kubernetes_job_v1",
            "kubernetes_cron_job", "kubernetes_cron_job_v1", "kubernetes_pod", "kubernetes_pod_v1",
            "kubernetes_replication_controller", "kubernetes_replication_controller_v1");
    /**
     * The last attribute of an ignored path that hides what runs. Template annotations (kubectl's
     * restartedAt) end in {@code annotations} and are left out. {@code replicas} is judged apart: ignoring
     * it is the documented way to let an autoscaler own the count, and drift only without one.
     */
    private static final Set<String> WORKLOAD_FIELDS = Set.of("image", "container", "containers", "template", "spec",
            "job_template");
    private static final Set<String> RELEASE_FIELDS = Set.of("values", "set", "version", "chart", "repository");

    @Override
    public void check(Platform platform, Findings findings) {
        TerraformSources sources = null;
        for (TerraformBlock block : platform.terraformBlocks()) {
            Set<String> fields = fieldsOf(block);
            if (fields == null) {
                continue;
            }
            for (Node lifecycle : block.body().get("lifecycle").elements()) {
                if (!(lifecycle instanceof MapNode body) || !body.has("ignore_changes")) {
                    continue;
                }
                if (sources == null) {
                    sources = TerraformSources.of(platform);
                }
                Node value = body.get("ignore_changes");
                List<String> ignored = IgnoredChanges.paths(sources.lines(block.file()), value);
                List<String> offending = new ArrayList<>(ignored.stream().filter(path -> hides(path, fields)).toList());
                boolean onlyReplicas = offending.isEmpty();
                if (fields == WORKLOAD_FIELDS) {
                    ignored.stream().filter(TerraformIgnoreChangesDrift::isReplicas)
                            .filter(path -> nobodyScales(platform, block)).forEach(offending::add);
                }
                if (!offending.isEmpty()) {
                    findings.report(TerraformSubjects.of(block), body.keyPosition("ignore_changes"), value.endLine(),
                            TerraformSubjects.name(block) + " ignores changes to " + String.join(", ", offending)
                                    + (onlyReplicas ? ", and no autoscaler owns the count: a hand-run scale stays until someone notices"
                                            : ": Terraform no longer applies or restores what runs"));
                }
            }
        }
    }

    /** The fields that matter for this block's type, or null when the rule does not apply to it. */
    private static Set<String> fieldsOf(TerraformBlock block) {
        if (!block.type().equals("resource")) {
            return null;
        }
        if (block.label(0).equals("helm_release")) {
            return RELEASE_FIELDS;
        }
        return WORKLOAD_TYPES.contains(block.label(0)) ? WORKLOAD_FIELDS : null;
    }

    private static boolean isReplicas(String path) {
        String bare = IgnoredChanges.bare(path);
        return bare.substring(bare.lastIndexOf('.') + 1).equals("replicas");
    }

    /**
     * True when the workload this block creates is known and no autoscaler of the repository drives it. An
     * object plumb cannot tie to the block, or a namespace where charts and operators create unseen
     * objects (an autoscaler among them), is can't-tell: silent.
     */
    private static boolean nobodyScales(Platform platform, TerraformBlock block) {
        Autoscalers autoscalers = Autoscalers.of(platform);
        HiddenObjects hidden = HiddenObjects.of(platform);
        List<Workload> created = new ArrayList<>();
        for (Resource resource : platform.resources()) {
            Origin origin = resource.origin();
            if (origin.fromTerraform() && origin.file().equals(block.file()) && origin.line() == block.position().line()) {
                platform.workloadOf(resource).ifPresent(created::add);
            }
        }
        return !created.isEmpty() && created.stream().allMatch(workload -> !workload.name().isEmpty()
                && !hidden.mayHide("HorizontalPodAutoscaler", workload.namespace()) && autoscalers.driving(workload).isEmpty());
    }

    private static boolean hides(String path, Set<String> fields) {
        if (path.equals("all")) {
            return true;
        }
        String bare = IgnoredChanges.bare(path);
        String last = bare.substring(bare.lastIndexOf('.') + 1);
        return fields.contains(last);
    }
}
