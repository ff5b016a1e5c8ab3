package dev.plumb.rules.rbac;

import dev.plumb.model.BindingSubject;
import dev.plumb.model.Node;
import dev.plumb.model.Platform;
import dev.plumb.model.Resource;
import dev.plumb.model.Workload;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The bindings of the repository that grant a ServiceAccount something: naming it, or through the
 * groups every ServiceAccount token carries ({@code system:serviceaccounts} and
 * {@code system:serviceaccounts:<namespace>}). Also whether a workload's pods get the token at all.
 */
final class ServiceAccountGrants {

    static final String DEFAULT = "default";
    private static final String ALL_ACCOUNTS = "system:serviceaccounts";
    private static final String NAMESPACE_ACCOUNTS = ALL_ACCOUNTS + ":";

    /** A binding and the subject of it that reaches the ServiceAccount. */
    record Grant(Resource binding, BindingSubject subject) {

        /** "RoleBinding/apps/ci (ClusterRole edit)", "… (ClusterRole view, to Group system:serviceaccounts)". */
        String describe() {
            Node roleRef = binding.body().get("roleRef");
            String role = roleRef.get("kind").textOr("?") + " " + roleRef.get("name").textOr("?");
            String through = subject.kind().equals("Group") ? ", to " + subject.describe() : "";
            return binding.id() + " (" + role + through + ")";
        }
    }

    private final Map<String, List<Grant>> byAccount = new HashMap<>();
    private final Map<String, List<Grant>> byNamespace = new HashMap<>();
    private final List<Grant> everyAccount = new ArrayList<>();

    private ServiceAccountGrants() {
    }

    static ServiceAccountGrants of(Platform platform) {
        ServiceAccountGrants grants = new ServiceAccountGrants();
        for (Resource binding : RoleBindings.of(platform).all()) {
            if (grantsNothing(platform, binding)) {
                continue;
            }
            for (BindingSubject subject : BindingSubject.of(binding)) {
                Grant grant = new Grant(binding, subject);
                if (subject.kind().equals("ServiceAccount") && !subject.namespace().isEmpty()) {
                    grants.byAccount.computeIfAbsent(subject.namespace() + "/" + subject.name(), k -> new ArrayList<>()).add(grant);
                } else if (subject.kind().equals("Group") && subject.name().equals(ALL_ACCOUNTS)) {
                    grants.everyAccount.add(grant);
                } else if (subject.kind().equals("Group") && subject.name().startsWith(NAMESPACE_ACCOUNTS)) {
                    grants.byNamespace.computeIfAbsent(subject.name().substring(NAMESPACE_ACCOUNTS.length()), k -> new ArrayList<>())
                            .add(grant);
                }
            }
        }
        return grants;
    }

    /** A role of the repository with no rules (and no aggregation filling them in) grants nothing. */
    private static boolean grantsNothing(Platform platform, Resource binding) {
        Optional<Resource> role = platform.roleOf(binding);
        return role.isPresent() && PolicyRule.isRbac(role.get())
                && role.get().body().get("aggregationRule").isNull()
                && role.get().body().get("rules").elements().isEmpty();
    }

    /** Grants reaching ServiceAccount {@code namespace/name}, the ones naming it first. */
    List<Grant> of(String namespace, String name) {
        List<Grant> grants = new ArrayList<>(byAccount.getOrDefault(namespace + "/" + name, List.of()));
        grants.addAll(byNamespace.getOrDefault(namespace, List.of()));
        grants.addAll(everyAccount);
        return grants;
    }

    /** Pods that name no ServiceAccount, or an empty one, run as their namespace's {@code default}. */
    static boolean runsAsDefault(Workload workload) {
        String name = workload.podSpec().serviceAccountName();
        return name.isBlank() || name.equals(DEFAULT);
    }

    /**
     * The pods' own {@code automountServiceAccountToken}, else the ServiceAccount's when the repository
     * defines it; empty when neither says (Kubernetes then mounts the token).
     */
    static Optional<Boolean> automount(Platform platform, Workload workload) {
        Node onPod = workload.podSpec().node().get("automountServiceAccountToken");
        if (onPod.isTrue() || onPod.isFalse()) {
            return Optional.of(onPod.isTrue());
        }
        String name = runsAsDefault(workload) ? DEFAULT : workload.podSpec().serviceAccountName();
        Node onAccount = platform.findNear("ServiceAccount", workload.namespace(), name, workload.resource().origin().file())
                .map(account -> account.body().get("automountServiceAccountToken"))
                .orElse(onPod);
        return onAccount.isTrue() || onAccount.isFalse() ? Optional.of(onAccount.isTrue()) : Optional.empty();
    }
}
