package dev.plumb.rules.apis;

import dev.plumb.model.Node;
import dev.plumb.model.Platform;
import dev.plumb.model.Resource;
import dev.plumb.model.TextFile;
import java.util.HashSet;
import java.util.Set;

/**
 * What decides an object's namespace besides its own manifest, and which objects have none: the
 * kinds the repository's CRDs declare cluster-scoped, well-known cluster-scoped add-on kinds the
 * model's list leaves out, tool configuration that merely looks like an object, and the
 * directories a deploy tool applies with a namespace of its own (kustomize, Argo CD, Flux).
 * Built once per scan.
 */
final class NamespaceDeciders {

    /** Cluster-scoped kinds of common add-ons (Calico, Cilium, snapshots, Gatekeeper) and newer built-ins. */
    private static final Set<String> CLUSTER_SCOPED = Set.of(
            "VolumeSnapshotClass", "VolumeSnapshotContent", "ConstraintTemplate", "IPPool", "IPReservation",
            "FelixConfiguration", "BGPConfiguration", "BGPPeer", "HostEndpoint", "BlockAffinity",
            "CiliumLoadBalancerIPPool", "CiliumL2AnnouncementPolicy", "CiliumBGPPeeringPolicy",
            "CiliumBGPClusterConfig", "CiliumNode", "CiliumIdentity", "CiliumExternalWorkload",
            "ServiceCIDR", "IPAddress", "DeviceClass", "ResourceSlice", "VolumeAttributesClass", "ClusterTrustBundle",
            "MutatingAdmissionPolicy", "MutatingAdmissionPolicyBinding", "StorageVersionMigration", "NodeFeatureRule");
    /** Groups whose every kind is cluster-scoped. */
    private static final Set<String> CLUSTER_SCOPED_GROUPS = Set.of("constraints.gatekeeper.sh");
    /** Configuration files for tools, not objects of a cluster, though they carry apiVersion and kind. */
    private static final Set<String> TOOL_CONFIG_GROUPS = Set.of("kustomize.config.k8s.io", "config.kubernetes.io",
            "audit.k8s.io", "kubeadm.k8s.io", "k3d.io", "kind.x-k8s.io", "ctlptl.dev", "kpt.dev", "skaffold");

    private final Set<String> clusterScopedCrdKinds = new HashSet<>();
    private final Set<String> kustomizeDirectories = new HashSet<>();
    private final Set<String> gitOpsDirectories = new HashSet<>();

    private NamespaceDeciders() {
    }

    static NamespaceDeciders of(Platform platform) {
        NamespaceDeciders deciders = new NamespaceDeciders();
        for (Resource crd : platform.ofKind("CustomResourceDefinition")) {
            if ("Cluster".equals(crd.spec().get("scope").text())) {
                deciders.clusterScopedCrdKinds.add(crd.spec().get("group").textOr("") + "/"
                        + crd.spec().path("names", "kind").textOr(""));
            }
        }
        for (TextFile file : platform.textFiles()) {
            String name = file.name();
            if (name.equals("kustomization.yaml") || name.equals("kustomization.yml") || name.equals("Kustomization")) {
                deciders.kustomizeDirectories.add(parent(file.path()));
            }
        }
        for (Resource application : platform.ofKind("Application")) {
            if (application.group().equals("argoproj.io") && hasText(application.spec().path("destination", "namespace"))) {
                deciders.addGitOpsPath(application.spec().path("source", "path"));
                application.spec().get("sources").elements().forEach(source -> deciders.addGitOpsPath(source.get("path")));
            }
        }
        for (Resource kustomization : platform.ofKind("Kustomization")) {
            if (kustomization.group().equals("kustomize.toolkit.fluxcd.io")
                    && hasText(kustomization.spec().get("targetNamespace"))) {
                deciders.addGitOpsPath(kustomization.spec().get("path"));
            }
        }
        return deciders;
    }

    /** True for objects that never live in a namespace, whatever the manifest says. */
    boolean hasNoNamespace(Resource resource) {
        String kind = resource.kind();
        String group = resource.group();
        if (!resource.isNamespaced() || CLUSTER_SCOPED.contains(kind) || CLUSTER_SCOPED_GROUPS.contains(group)
                || clusterScopedCrdKinds.contains(group + "/" + kind)) {
            return true;
        }
        // ClusterIssuer, ClusterSecretStore, ClusterPolicy, GlobalNetworkPolicy…: the naming convention
        // for cluster-wide twins of namespaced kinds. OLM's ClusterServiceVersion is the exception.
        if ((startsWithWord(kind, "Cluster") && !kind.equals("ClusterServiceVersion")) || startsWithWord(kind, "Global")) {
            return true;
        }
        boolean kubeconfig = group.isEmpty() && kind.equals("Config");
        return kubeconfig || TOOL_CONFIG_GROUPS.contains(group) || group.endsWith(".config.k8s.io");
    }

    /** True when a kustomization or a GitOps application decides the namespace of objects in this file. */
    boolean decidesNamespaceOf(String file) {
        for (String directory = parent(file); ; directory = parent(directory)) {
            if (kustomizeDirectories.contains(directory) || isGitOpsDirectory(directory)) {
                return true;
            }
            if (directory.isEmpty()) {
                return false;
            }
        }
    }

    /**
     * GitOps paths are relative to the Git repository, scanned paths to the directory plumb was
     * pointed at, which may be the repository or a folder in it (or contain it): the two match
     * when one ends with the other.
     */
    private boolean isGitOpsDirectory(String directory) {
        for (String path : gitOpsDirectories) {
            if (path.isEmpty() || directory.equals(path) || directory.endsWith("/" + path)
                    || (!directory.isEmpty() && path.endsWith("/" + directory))) {
                return true;
            }
        }
        return false;
    }

    private void addGitOpsPath(Node path) {
        String text = path.text();
        if (text == null || text.contains("{{")) {
            return;
        }
        String normalised = text.strip();
        while (normalised.startsWith("./")) {
            normalised = normalised.substring(2);
        }
        while (normalised.endsWith("/")) {
            normalised = normalised.substring(0, normalised.length() - 1);
        }
        gitOpsDirectories.add(normalised.equals(".") ? "" : normalised);
    }

    private static boolean hasText(Node node) {
        String text = node.text();
        return text != null && !text.isBlank();
    }

    /** "Cluster" followed by another capitalised word: ClusterIssuer, not Cluster or Clusterfile. */
    private static boolean startsWithWord(String kind, String prefix) {
        return kind.length() > prefix.length() && kind.startsWith(prefix)
                && Character.isUpperCase(kind.charAt(prefix.length()));
    }

    /** The directory of a '/'-separated relative path, "" at the root. */
    private static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }
}
