package dev.plumb.rules.secrets;

import dev.plumb.model.Container;
import dev.plumb.model.ImageReference;
import dev.plumb.model.Node;
import dev.plumb.model.Platform;
import dev.plumb.model.Position;
import dev.plumb.model.Resource;
import dev.plumb.model.ScalarNode;
import dev.plumb.model.Workload;
import dev.plumb.rule.Category;
import dev.plumb.rule.Effort;
import dev.plumb.rule.Findings;
import dev.plumb.rule.PlatformRule;
import dev.plumb.rule.RuleInfo;
import dev.plumb.rule.Severity;
import dev.plumb.rule.Subject;
import dev.plumb.rules.Subjects;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

@RuleInfo(
        id = "postgres-trust-auth",
        title = "PostgreSQL trusts connections without a password",
        category = Category.SECURITY,
        severity = Severity.HIGH,
        effort = Effort.S,
        rationale = "With `trust` authentication PostgreSQL lets any client that reaches port 5432 log in as any "
                + "role, the superuser included, without a password: every pod in the cluster can read, change or "
                + "drop every database, and `COPY ... PROGRAM` runs shell commands in the database container. "
                + "The official image's POSTGRES_HOST_AUTH_METHOD=trust and Bitnami's ALLOW_EMPTY_PASSWORD=yes "
                + "both write such a pg_hba.conf.",
        fix = """
                Remove POSTGRES_HOST_AUTH_METHOD (the image then uses scram-sha-256) and set POSTGRES_PASSWORD \
                from a Secret; in pg_hba.conf use `scram-sha-256` for every `host` line that is not loopback:
                ```text
                host  all  all  0.0.0.0/0  scram-sha-256
                ```""",
        references = {
            "https://www.postgresql.org/docs/current/auth-trust.html",
            "https://hub.docker.com/_/postgres",
            "https://www.postgresql.org/docs/current/auth-pg-hba-conf.html"
        })
public final class PostgresTrustAuth implements PlatformRule {

    private static final String AUTH_METHOD = "POSTGRES_HOST_AUTH_METHOD";
    private static final Set<String> HOST_TYPES = Set.of("host", "hostssl", "hostnossl", "hostgssenc", "hostnogssenc");
    /** Addresses only the database's own pod connects from. */
    private static final Pattern LOCAL_ADDRESS = Pattern.compile("127\\.[0-9.]+(?:/\\d+)?|::1(?:/128)?|localhost|samehost");
    private static final Pattern NETMASK = Pattern.compile("[0-9.]+|[0-9a-fA-F:]+:[0-9a-fA-F:]*");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    @Override
    public void check(Platform platform, Findings findings) {
        Set<Position> reported = new HashSet<>();
        for (Workload workload : platform.workloads()) {
            // Every container: the variable only matters to the database, but its name says nothing else.
            for (Container container : workload.podSpec().allContainers()) {
                checkEnv(platform, workload, container, reported, findings);
            }
        }
        for (Resource configMap : platform.ofKind("ConfigMap")) {
            configMap.body().get("data").fields().forEach((key, value) -> {
                String text = value.text();
                if (text != null && text.contains("trust")) {
                    List<String> lines = text.lines().toList();
                    for (int i = 0; i < lines.size(); i++) {
                        if (trustsRemoteHosts(lines.get(i))) {
                            findings.report(Subject.of(configMap), new Position(value.file(), ValueLines.lineOf(value, i), 1),
                                    ValueLines.lineOf(value, i), "Key \"" + key + "\" of " + configMap.id()
                                            + " trusts connections from " + address(lines.get(i)) + " without a password");
                        }
                    }
                }
            });
        }
        List<Resource> operatorClusters = new ArrayList<>(platform.ofKind("Cluster"));
        operatorClusters.addAll(platform.ofKind("postgresql"));
        for (Resource cluster : operatorClusters) {
            hbaList(cluster).forEach(entry -> {
                String line = entry.textOr("");
                if (trustsRemoteHosts(line)) {
                    findings.report(cluster, entry, cluster.id() + " adds a pg_hba rule trusting connections from "
                            + address(line) + " without a password");
                }
            });
        }
    }

    private static void checkEnv(Platform platform, Workload workload, Container container, Set<Position> reported,
                                 Findings findings) {
        for (Node variable : container.env()) {
            String name = variable.get("name").textOr("");
            Node value = variable.get("value");
            if (name.equals(AUTH_METHOD) && isTrust(value.text())) {
                findings.report(workload, container, value, Subjects.container(workload, container) + " sets "
                        + AUTH_METHOD + "=trust");
            } else if (name.equals(AUTH_METHOD)) {
                referencedValue(platform, workload.namespace(), variable.get("valueFrom")).ifPresent(found -> {
                    if (isTrust(found.value().text()) && reported.add(found.value().position())) {
                        findings.report(found.object(), found.value(), "Key \"" + found.key() + "\" of " + found.object().id()
                                + " sets " + AUTH_METHOD + "=trust for " + Subjects.container(workload, container));
                    }
                });
            } else if (name.equals("ALLOW_EMPTY_PASSWORD") && isBitnamiPostgres(container)
                    && Set.of("yes", "true", "1").contains(value.textOr("").toLowerCase(Locale.ROOT))) {
                findings.report(workload, container, value, Subjects.container(workload, container)
                        + " sets ALLOW_EMPTY_PASSWORD=yes, which makes the Bitnami image trust every connection");
            }
        }
        for (Node source : container.envFrom()) {
            boolean secret = source.get("secretRef").isMap();
            String objectName = source.path(secret ? "secretRef" : "configMapRef", "name").text();
            String prefix = source.get("prefix").textOr("");
            if (objectName == null || !AUTH_METHOD.startsWith(prefix)) {
                continue;
            }
            String key = AUTH_METHOD.substring(prefix.length());
            platform.find(secret ? "Secret" : "ConfigMap", workload.namespace(), objectName)
                    .flatMap(object -> valueOf(object, key).map(value -> new Found(object, key, value)))
                    .filter(found -> isTrust(found.value().text()) && reported.add(found.value().position()))
                    .ifPresent(found -> findings.report(found.object(), found.value(), "Key \"" + key + "\" of "
                            + found.object().id() + " sets " + AUTH_METHOD + "=trust for "
                            + Subjects.container(workload, container) + " (envFrom)"));
        }
    }

    private record Found(Resource object, String key, Node value) {}

    private static Optional<Found> referencedValue(Platform platform, String namespace, Node valueFrom) {
        for (String ref : new String[] {"configMapKeyRef", "secretKeyRef"}) {
            Node reference = valueFrom.get(ref);
            String name = reference.get("name").text();
            String key = reference.get("key").text();
            if (name != null && key != null) {
                return platform.find(ref.equals("secretKeyRef") ? "Secret" : "ConfigMap", namespace, name)
                        .flatMap(object -> valueOf(object, key).map(value -> new Found(object, key, value)));
            }
        }
        return Optional.empty();
    }

    /** The value under {@code key}; a Secret's {@code data} is base64 and is compared decoded. */
    private static Optional<Node> valueOf(Resource object, String key) {
        for (String section : new String[] {"data", "stringData"}) {
            Node value = object.body().get(section).get(key);
            if (value.text() != null) {
                if (object.isKind("Secret") && section.equals("data")) {
                    String decoded = SecretValues.decode(value.text());
                    return Optional.of(new ScalarNode(value.position(), value.endLine(), decoded,
                            ScalarNode.Type.STRING));
                }
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    private static boolean isTrust(String value) {
        return value != null && value.trim().equalsIgnoreCase("trust");
    }

    private static boolean isBitnamiPostgres(Container container) {
        String image = container.image();
        return image != null && ImageReference.parse(image).repository().toLowerCase(Locale.ROOT)
                .matches("(?:.*/)?bitnami(?:legacy)?/postgresql(?:-repmgr)?");
    }

    /** {@code host all all 0.0.0.0/0 trust}: a network rule (not a local socket) trusting a non-loopback address. */
    static boolean trustsRemoteHosts(String line) {
        String text = line.strip();
        if (text.isEmpty() || text.startsWith("#")) {
            return false;
        }
        String[] fields = WHITESPACE.split(text);
        if (fields.length < 5 || !HOST_TYPES.contains(fields[0].toLowerCase(Locale.ROOT))) {
            return false;
        }
        // "host db user 10.0.0.0 255.0.0.0 trust": an address with a separate mask shifts the method one field.
        int method = fields.length > 5 && !fields[3].contains("/") && NETMASK.matcher(fields[4]).matches() ? 5 : 4;
        return fields[method].equalsIgnoreCase("trust") && !LOCAL_ADDRESS.matcher(fields[3]).matches();
    }

    private static String address(String line) {
        return WHITESPACE.split(line.strip())[3];
    }

    /** pg_hba entries the PostgreSQL operators take in their cluster objects (CloudNativePG, Zalando). */
    private static List<Node> hbaList(Resource resource) {
        if (resource.isKind("Cluster") && resource.group().equals("postgresql.cnpg.io")) {
            return resource.spec().path("postgresql", "pg_hba").elements();
        }
        if (resource.isKind("postgresql") && resource.group().equals("acid.zalan.do")) {
            return resource.spec().path("patroni", "pg_hba").elements();
        }
        return List.of();
    }
}
