package dev.plumb.rules.apis;

import dev.plumb.model.Node;
import dev.plumb.model.Platform;
import dev.plumb.model.Resource;
import dev.plumb.model.TextFile;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
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
    private static final Set<String> CORE_NAMESPACED = Set.of("Pod", "Service", "ConfigMap", "Secret", "ServiceAccount",
            "PersistentVolumeClaim", "Endpoints", "Event", "LimitRange", "ResourceQuota", "ReplicationController",
            "PodTemplate", "Binding");
    /** Groups whose every kind is cluster-scoped. */
    private static final Set<String> CLUSTER_SCOPED_GROUPS = Set.of("constraints.gatekeeper.sh");
    /** Configuration files for tools, not objects of a cluster, though they carry apiVersion and kind. */
    private static final Set<String> TOOL_CONFIG_GROUPS = Set.of("kustomize.config.k8s.io", "config.kubernetes.io",
            "audit.k8s.io", "kubeadm.k8s.io", "k3d.io", "kind.x-k8s.io", "ctlptl.dev", "kpt.dev", "skaffold");

    private final Set<String> clusterScopedCrdKinds = new HashSet<>();
    private final Set<String> kustomizeDirectories = new HashSet<>();
    /** GitOps path → where that application puts objects without a namespace. */
    private final Map<String, Placement> gitOpsDirectories = new LinkedHashMap<>();

    /**
     * Where an object without a namespace of its own ends up, and who puts it there: {@code by} is
     * null when it is applied as written; a null namespace means a kustomization decides and plumb
     * cannot tell which.
     */
    record Placement(String namespace, String by) {
        static final Placement AS_WRITTEN = new Placement(Resource.DEFAULT_NAMESPACE, null);
        static final Placement UNKNOWN = new Placement(null, null);
    }

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
            Node namespace = application.spec().path("destination", "namespace");
            if (application.group().equals("argoproj.io") && hasText(namespace)) {
                Placement placement = new Placement(namespace.text().strip(), application.id());
                deciders.addGitOpsPath(application.spec().path("source", "path"), placement);
                application.spec().get("sources").elements()
                        .forEach(source -> deciders.addGitOpsPath(source.get("path"), placement));
            }
        }
        for (Resource kustomization : platform.ofKind("Kustomization")) {
            Node namespace = kustomization.spec().get("targetNamespace");
            if (kustomization.group().equals("kustomize.toolkit.fluxcd.io") && hasText(namespace)) {
                deciders.addGitOpsPath(kustomization.spec().get("path"),
                        new Placement(namespace.text().strip(), kustomization.id()));
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
        if (group.isEmpty()) {
            // The core group serves only v1 and a known set of namespaced kinds; anything else with a
            // bare apiVersion is another tool's file (a kubeconfig's Config, Talos's v1alpha1 documents).
            return !resource.apiVersion().equals("v1") || !CORE_NAMESPACED.contains(kind);
        }
        return TOOL_CONFIG_GROUPS.contains(group) || group.endsWith(".config.k8s.io");
    }

    /**
     * Where objects of this file that name no namespace end up. A GitOps application's target
     * namespace overrides everything below its path; otherwise a kustomization in the directory or
     * above may set one (or an overlay may), which plumb cannot tell; otherwise they are applied as
     * written, into default.
     */
    Placement placementOf(String file) {
        boolean kustomized = false;
        for (String directory = parent(file); ; directory = parent(directory)) {
            Placement gitOps = gitOpsPlacement(directory);
            if (gitOps != null) {
                return gitOps;
            }
            kustomized |= kustomizeDirectories.contains(directory);
            if (directory.isEmpty()) {
                return kustomized ? Placement.UNKNOWN : Placement.AS_WRITTEN;
            }
        }
    }

    /**
     * GitOps paths are relative to the Git repository, scanned paths to the directory plumb was
     * pointed at, which may be the repository or a folder in it (or contain it): the two match
     * when one ends with the other.
     */
    private Placement gitOpsPlacement(String directory) {
        for (Map.Entry<String, Placement> entry : gitOpsDirectories.entrySet()) {
            String path = entry.getKey();
            if (path.isEmpty() || directory.equals(path) || directory.endsWith("/" + path)
                    || (!directory.isEmpty() && path.endsWith("/" + directory))) {
                return entry.getValue();
            }
        }
        return null;
    }

    private void addGitOpsPath(Node path, Placement placement) {
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
        gitOpsDirectories.putIfAbsent(normalised.equals(".") ? "" : normalised, placement);
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
