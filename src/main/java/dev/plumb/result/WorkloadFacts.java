package dev.plumb.result;

import dev.plumb.rule.Subject;

/**
 * The facts about one workload that the compliance matrix judges controls by.
 *
 * @param subject             {@link Subject#id()} of the workload ("Deployment/shop/web")
 * @param replicas            desired replicas (HPA minimum when an autoscaler scales it), -1 for kinds without replicas or a templated count
 * @param serviceAccount      the ServiceAccount its pods run as ("default" when none is named)
 * @param tokenMounted        its pods get an API token (automountServiceAccountToken is not false)
 * @param serviceAccountBound a RoleBinding or ClusterRoleBinding in the repository names its ServiceAccount
 * @param scraped             a ServiceMonitor or PodMonitor selects it, or it or a Service selecting it carries {@code prometheus.io/scrape: "true"}
 */
public record WorkloadFacts(String subject, String kind, String file, int line, boolean longRunning, int replicas,
                            String serviceAccount, boolean tokenMounted, boolean serviceAccountBound, boolean scraped) {

    public boolean ownServiceAccount() {
        return !serviceAccount.isEmpty() && !serviceAccount.equals("default");
    }
}
