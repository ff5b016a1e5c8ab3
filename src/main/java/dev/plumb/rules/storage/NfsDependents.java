package dev.plumb.rules.storage;

import dev.plumb.model.Container;
import dev.plumb.model.MissingNode;
import dev.plumb.model.Node;
import dev.plumb.model.Platform;
import dev.plumb.model.Resource;
import dev.plumb.model.Workload;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Who depends on which NFS server, followed through every way a manifest reaches one: inline
 * {@code nfs} and NFS CSI volumes, PersistentVolumes, claims bound to them, and claims (or
 * StatefulSet claim templates) provisioned from an NFS StorageClass, including classes served by
 * nfs-subdir-external-provisioner, whose Deployment names the server in {@code NFS_SERVER}.
 * Built once per scan from per-kind indexes: no nested loop over all resources.
 */
final class NfsDependents {

    static final String CSI_DRIVER = "nfs.csi.k8s.io";
    private static final String BETA_CLASS_ANNOTATION = "volume.beta.kubernetes.io/storage-class";

    /** One server: where it is first written, the workloads and the volumes that need it. */
    static final class Server {
        final String name;
        Resource firstResource;
        Node firstAt;
        int firstOrdinal = Integer.MAX_VALUE;
        final Set<String> workloads = new LinkedHashSet<>();
        final Set<String> volumes = new LinkedHashSet<>();

        Server(String name) {
            this.name = name;
        }
    }

    private final Map<String, Server> servers = new HashMap<>();
    private final Map<Resource, Integer> ordinals = new IdentityHashMap<>();
    private final Map<String, String> serverOfPv = new HashMap<>();
    private final Map<String, String> serverOfClass = new HashMap<>();
    private final Map<String, String> serverOfClaim = new HashMap<>();

    private NfsDependents() {
    }

    /** Servers in the order they are first written in the repository. */
    static List<Server> of(Platform platform) {
        NfsDependents index = new NfsDependents();
        List<Resource> resources = platform.resources();
        for (int i = 0; i < resources.size(); i++) {
            index.ordinals.put(resources.get(i), i);
        }
        index.readProvisioners(platform);
        index.readPersistentVolumes(platform);
        index.readClaims(platform);
        index.readWorkloads(platform);
        List<Server> ordered = new ArrayList<>(index.servers.values());
        ordered.sort((a, b) -> Integer.compare(a.firstOrdinal, b.firstOrdinal));
        return ordered;
    }

    private void readProvisioners(Platform platform) {
        // nfs-subdir-external-provisioner (and the older nfs-client-provisioner) take the server and
        // their provisioner name from env; a StorageClass then points at that name.
        Map<String, String> serverOfProvisioner = new LinkedHashMap<>();
        for (Workload workload : platform.workloads()) {
            for (Container container : workload.podSpec().containers()) {
                Node server = envValue(container.env(), "NFS_SERVER");
                String name = text(server);
                if (name == null) {
                    continue;
                }
                written(name, workload.resource(), server);
                String provisioner = text(envValue(container.env(), "PROVISIONER_NAME"));
                if (provisioner != null) {
                    serverOfProvisioner.put(provisioner, normalise(name));
                }
            }
        }
        for (Resource storageClass : platform.ofKind("StorageClass")) {
            String provisioner = storageClass.body().get("provisioner").textOr("");
            String className = storageClass.name();
            if (provisioner.equals(CSI_DRIVER)) {
                Node server = storageClass.body().path("parameters", "server");
                if (text(server) != null) {
                    serverOfClass.put(className, written(text(server), storageClass, server).name);
                }
            } else if (serverOfProvisioner.containsKey(provisioner)) {
                serverOfClass.put(className, serverOfProvisioner.get(provisioner));
            }
        }
    }

    private void readPersistentVolumes(Platform platform) {
        for (Resource volume : platform.ofKind("PersistentVolume")) {
            Node server = serverNode(volume.spec());
            if (text(server) == null) {
                continue;
            }
            Server entry = written(text(server), volume, server);
            entry.volumes.add(volume.id());
            serverOfPv.put(volume.name(), entry.name);
            Node claimRef = volume.spec().get("claimRef");
            String claim = claimRef.get("name").text();
            if (claim != null) {
                serverOfClaim.put(claimRef.get("namespace").textOr("default") + "/" + claim, entry.name);
            }
        }
    }

    private void readClaims(Platform platform) {
        for (Resource claim : platform.ofKind("PersistentVolumeClaim")) {
            String key = claim.namespace() + "/" + claim.name();
            String bound = serverOfPv.get(claim.spec().get("volumeName").textOr(""));
            if (bound != null) {
                serverOfClaim.put(key, bound);
                continue;
            }
            // Claims from before storageClassName named their class in an annotation.
            String className = claim.spec().get("storageClassName").optText()
                    .orElseGet(() -> claim.annotations().getOrDefault(BETA_CLASS_ANNOTATION, ""));
            String provisioned = serverOfClass.get(className);
            if (provisioned != null && !serverOfClaim.containsKey(key)) {
                serverOfClaim.put(key, provisioned);
                servers.get(provisioned).volumes.add(claim.id());
            }
        }
    }

    private void readWorkloads(Platform platform) {
        for (Workload workload : platform.workloads()) {
            String id = workload.resource().id();
            for (Node volume : workload.podSpec().volumes()) {
                String volumeName = volume.get("name").textOr("?");
                Node server = serverNode(volume);
                if (text(server) != null) {
                    Server entry = written(text(server), workload.resource(), server);
                    entry.workloads.add(id);
                    entry.volumes.add(id + " volume " + volumeName);
                    continue;
                }
                String claim = volume.path("persistentVolumeClaim", "claimName").text();
                String viaClaim = claim == null ? null : serverOfClaim.get(workload.namespace() + "/" + claim);
                if (viaClaim != null) {
                    servers.get(viaClaim).workloads.add(id);
                }
            }
            if (workload.kind().equals("StatefulSet")) {
                for (Node template : workload.resource().spec().get("volumeClaimTemplates").elements()) {
                    String provisioned = serverOfClass.get(template.path("spec", "storageClassName").textOr(""));
                    if (provisioned != null) {
                        Server entry = servers.get(provisioned);
                        entry.workloads.add(id);
                        entry.volumes.add(id + " claim template " + template.path("metadata", "name").textOr("?"));
                    }
                }
            }
        }
    }

    /** The {@code server} of an {@code nfs} source or of an NFS CSI source under {@code source}. */
    private static Node serverNode(Node source) {
        Node nfs = source.path("nfs", "server");
        if (!nfs.isMissing()) {
            return nfs;
        }
        Node csi = source.get("csi");
        return CSI_DRIVER.equals(csi.get("driver").text()) ? csi.path("volumeAttributes", "server") : nfs;
    }

    private Server written(String rawName, Resource resource, Node at) {
        String name = normalise(rawName);
        Server server = servers.computeIfAbsent(name, Server::new);
        int ordinal = ordinals.getOrDefault(resource, Integer.MAX_VALUE);
        if (ordinal < server.firstOrdinal) {
            server.firstOrdinal = ordinal;
            server.firstResource = resource;
            server.firstAt = at;
        }
        return server;
    }

    private static Node envValue(List<Node> env, String name) {
        for (Node entry : env) {
            if (name.equals(entry.get("name").text())) {
                return entry.get("value");
            }
        }
        return MissingNode.INSTANCE;
    }

    private static String text(Node node) {
        String text = node.text();
        return text == null || text.isBlank() ? null : text;
    }

    /** Host names are case-insensitive; a trailing dot (fully qualified) names the same host. */
    private static String normalise(String server) {
        String name = server.strip().toLowerCase(Locale.ROOT);
        return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    }
}
