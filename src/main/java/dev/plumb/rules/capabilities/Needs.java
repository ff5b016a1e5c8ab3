package dev.plumb.rules.capabilities;

import dev.plumb.model.Container;
import dev.plumb.model.FileCoverage;
import dev.plumb.model.ImageReference;
import dev.plumb.model.Node;
import dev.plumb.model.Platform;
import dev.plumb.model.Resource;
import dev.plumb.model.TextFile;
import dev.plumb.model.Workload;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The objects that make a capability necessary: data to back up, endpoints to watch, Secrets to protect. */
final class Needs {

    /** Images of databases and object stores: their data matters even on a volume plumb cannot see. */
    private static final Set<String> DATABASE_IMAGES = Set.of(
            "postgres", "postgresql", "postgis", "timescaledb", "timescaledb-ha", "mysql", "mysql-server", "mariadb",
            "mongo", "mongodb", "mongodb-community-server", "influxdb", "elasticsearch", "opensearch",
            "clickhouse-server", "cassandra", "couchdb", "cockroach", "minio", "neo4j", "questdb", "percona-server",
            "percona-server-mongodb", "surrealdb", "ferretdb");
    /** Database clusters run by an operator: stateful without being a workload of the repository. */
    private static final List<String[]> DATABASE_KINDS = List.of(
            new String[] {"postgresql.cnpg.io", "Cluster"},
            new String[] {"postgres-operator.crunchydata.com", "PostgresCluster"},
            new String[] {"acid.zalan.do", "postgresql"},
            new String[] {"k8s.mariadb.com", "MariaDB"},
            new String[] {"mongodbcommunity.mongodb.com", "MongoDBCommunity"},
            new String[] {"moco.cybozu.com", "MySQLCluster"},
            new String[] {"pxc.percona.com", "PerconaXtraDBCluster"},
            new String[] {"psmdb.percona.com", "PerconaServerMongoDB"});
    private static final Set<String> DATABASE_CHARTS = Set.of(
            "postgresql", "postgresql-ha", "mariadb", "mariadb-galera", "mysql", "mongodb", "mongodb-sharded",
            "influxdb", "influxdb2", "cassandra", "couchdb", "minio", "clickhouse");
    /** Kinds that deploy software the repository does not spell out as workloads. */
    private static final List<String> RELEASE_KINDS = List.of("HelmRelease", "Application", "HelmChart");
    private static final List<String> ENDPOINT_KINDS = List.of("Ingress", "IngressRoute", "HTTPRoute");

    private Needs() {
    }

    /**
     * Everything that holds data, first the workloads (a StatefulSet's claim templates, a mounted
     * PersistentVolumeClaim, a database image), then operator-run database clusters, database
     * charts, and claims nothing in the repository mounts. Jobs and CronJobs are left out: a job
     * mounting an application's volume is usually the one backing it up.
     */
    static List<Anchor> statefulObjects(Platform platform) {
        List<Anchor> found = new ArrayList<>();
        for (Workload workload : platform.workloads()) {
            if (workload.isBatch() || !live(platform, workload.resource())) {
                continue;
            }
            Resource resource = workload.resource();
            statefulReason(workload).ifPresent(reason -> found.add(Anchor.at(resource, resource.id() + " " + reason)));
        }
        for (String[] kind : DATABASE_KINDS) {
            for (Resource cluster : platform.ofKind(kind[1])) {
                if (cluster.group().equals(kind[0]) && live(platform, cluster)) {
                    found.add(Anchor.at(cluster, cluster.id() + " is a database cluster"));
                }
            }
        }
        for (Resource release : live(platform, platform.ofKind("HelmRelease"))) {
            String chart = release.spec().path("chart", "spec", "chart").textOr("");
            if (DATABASE_CHARTS.contains(chart.substring(chart.lastIndexOf('/') + 1))) {
                found.add(Anchor.at(release, release.id() + " installs the database chart " + chart));
            }
        }
        if (found.isEmpty()) {
            for (Resource claim : live(platform, platform.ofKind("PersistentVolumeClaim"))) {
                found.add(Anchor.at(claim, claim.id() + " holds data"));
            }
        }
        return found;
    }

    private static Optional<String> statefulReason(Workload workload) {
        Node claimTemplates = workload.resource().spec().get("volumeClaimTemplates");
        if (workload.kind().equals("StatefulSet") && !claimTemplates.elements().isEmpty()) {
            return Optional.of("keeps data in volumeClaimTemplates");
        }
        for (Node volume : workload.podSpec().volumes()) {
            String claim = volume.path("persistentVolumeClaim", "claimName").text();
            if (claim != null) {
                return Optional.of("mounts PersistentVolumeClaim \"" + claim + "\"");
            }
        }
        // Init containers don't hold data; sidecars are containers of their own image.
        for (Container container : workload.podSpec().containers()) {
            String image = container.image();
            if (image != null && DATABASE_IMAGES.contains(ImageReference.parse(image).shortName().toLowerCase(Locale.ROOT))) {
                return Optional.of("runs the database image " + image);
            }
        }
        return Optional.empty();
    }

    /** The first workload, else the first Helm release or Argo CD Application: something runs that can be watched. */
    static Optional<Anchor> firstRunning(Platform platform) {
        for (Workload workload : platform.workloads()) {
            if (live(platform, workload.resource())) {
                return Optional.of(Anchor.at(workload.resource(), workload.resource().id()));
            }
        }
        for (String kind : RELEASE_KINDS) {
            for (Resource release : live(platform, platform.ofKind(kind))) {
                return Optional.of(Anchor.at(release, release.id()));
            }
        }
        return Optional.empty();
    }

    /** The first Ingress, Traefik IngressRoute or Gateway API HTTPRoute in scan order: a public endpoint. */
    static Optional<Anchor> firstEndpoint(Platform platform) {
        if (ENDPOINT_KINDS.stream().allMatch(kind -> platform.ofKind(kind).isEmpty())) {
            return Optional.empty();
        }
        return platform.resources().stream()
                .filter(resource -> ENDPOINT_KINDS.contains(resource.kind()) && live(platform, resource)).findFirst()
                .map(endpoint -> Anchor.at(endpoint, endpoint.id()));
    }

    /**
     * Secret objects whose values are written in the repository: data or stringData with a value
     * that is not a substitution ({@code ${DB_PASSWORD}}, a template), in a document SOPS has not
     * encrypted.
     */
    static List<Resource> plaintextSecrets(Platform platform) {
        List<Resource> secrets = new ArrayList<>();
        for (Resource secret : live(platform, platform.ofKind("Secret"))) {
            if (!secret.group().isEmpty() || !secret.body().get("sops").isMissing()) {
                continue;
            }
            if (hasLiteralValue(secret.body().get("data")) || hasLiteralValue(secret.body().get("stringData"))) {
                secrets.add(secret);
            }
        }
        return secrets;
    }

    private static boolean hasLiteralValue(Node values) {
        for (Node value : values.fields().values()) {
            String text = value.text();
            if (text != null && !text.isBlank() && !text.matches("(?s)\\s*(?:\\$\\{[^}]*}|\\{\\{.*}}|ENC\\[.*])\\s*")) {
                return true;
            }
        }
        return false;
    }

    /**
     * For a finding about the repository as a whole, line 1 of the file an operator would edit to add
     * what is missing: the outermost kustomization, else the outermost chart's Chart.yaml, else the
     * outermost Terraform stack's main.tf, else the outermost live manifest. Never a README, an ignore
     * file or a test Job.
     */
    static Optional<Anchor> repository(Platform platform) {
        // Nothing plumb could read as deployable (only notes, or charts it sets aside): no claim about the repository.
        if (platform.resources().isEmpty()) {
            return Optional.empty();
        }
        Map<String, TextFile> byPath = new HashMap<>();
        platform.textFiles().forEach(file -> byPath.put(file.path(), file));
        List<String> live = platform.coverage().files().stream().map(FileCoverage::path)
                .filter(path -> platform.coverage().isLive(path) && byPath.containsKey(path))
                .sorted(Comparator.comparingInt((String path) -> path.split("/").length).thenComparing(path -> path))
                .toList();
        for (List<String> names : ENTRY_POINTS) {
            for (String path : live) {
                if (names.contains(path.substring(path.lastIndexOf('/') + 1))) {
                    return Optional.of(Anchor.inFile(byPath.get(path), 1, "the repository"));
                }
            }
        }
        if (!live.isEmpty()) {
            return Optional.of(Anchor.inFile(byPath.get(live.get(0)), 1, "the repository"));
        }
        return live(platform, platform.resources()).stream().findFirst()
                .map(resource -> Anchor.at(resource, resource.body(), "the repository"));
    }

    /** Where an operator wires a platform together, most telling first. */
    private static final List<List<String>> ENTRY_POINTS = List.of(
            List.of("kustomization.yaml", "kustomization.yml", "Kustomization"),
            List.of("Chart.yaml"),
            List.of("main.tf", "main.tofu"));

    static boolean live(Platform platform, Resource resource) {
        return platform.coverage().isLive(resource.origin().file());
    }

    static List<Resource> live(Platform platform, List<Resource> resources) {
        return resources.stream().filter(resource -> live(platform, resource)).toList();
    }
}
