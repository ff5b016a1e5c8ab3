package dev.plumb.rules.availability;

import dev.plumb.model.ImageReference;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Recognises images whose outage takes other services down with them: databases, caches, brokers,
 * auth servers, ingress controllers. Matches whole repository path segments, never substrings, so
 * {@code postgres-exporter}, {@code redis_exporter} and {@code pgbouncer} are not taken for what they serve.
 */
final class CriticalImages {

    static final String CONFIGURED = "listed in criticalImages";

    /** By the repository's last path segment ("postgres" for docker.io/library/postgres). */
    private static final Map<String, String> BY_NAME = new HashMap<>();
    /** By the repository's last segments, for images whose last segment alone says nothing ("server", "controller"). */
    private static final Map<String, String> BY_PATH = new HashMap<>();

    static {
        role("database", "postgres", "postgresql", "postgis", "timescaledb", "timescaledb-ha", "pgvecto-rs",
                "pgvector", "mysql", "mysql-server", "percona-server", "mariadb", "mariadb-galera", "mongo", "mongodb",
                "mongodb-community-server", "percona-server-mongodb", "cockroach", "cockroachdb", "couchdb",
                "influxdb", "clickhouse-server", "etcd");
        role("cache", "redis", "redis-stack", "redis-stack-server", "valkey", "memcached", "keydb", "dragonfly");
        role("message broker", "rabbitmq", "nats", "kafka", "cp-kafka", "redpanda", "mosquitto", "eclipse-mosquitto",
                "emqx");
        role("auth server", "keycloak", "authentik", "authelia", "dex", "zitadel", "vault", "openbao", "openldap",
                "lldap");
        role("ingress controller", "traefik", "nginx-ingress-controller", "nginx-ingress", "haproxy",
                "haproxy-alpine", "haproxy-debian", "haproxy-ubuntu", "caddy", "envoy");
        BY_PATH.put("goauthentik/server", "auth server");
        BY_PATH.put("ingress-nginx/controller", "ingress controller");
        BY_PATH.put("ingress-nginx/controller-chroot", "ingress controller");
        BY_PATH.put("haproxytech/kubernetes-ingress", "ingress controller");
    }

    private static void role(String role, String... names) {
        for (String name : names) {
            BY_NAME.put(name, role);
        }
    }

    private final List<String> configured;

    /** @param configured {@code criticalImages} from .plumb.yaml: a name, a path ("acme/ledger") or a prefix ending in "/" */
    CriticalImages(List<String> configured) {
        this.configured = configured.stream().map(entry -> entry.trim().toLowerCase(Locale.ROOT))
                .filter(entry -> !entry.isEmpty()).toList();
    }

    /** What the image is ("database", "cache"…), or empty when it is nothing plumb counts as critical. */
    Optional<String> roleOf(String image) {
        if (image == null || image.isBlank()) {
            return Optional.empty();
        }
        String repository = ImageReference.parse(image).repository().toLowerCase(Locale.ROOT);
        String name = repository.substring(repository.lastIndexOf('/') + 1);
        for (Map.Entry<String, String> entry : BY_PATH.entrySet()) {
            if (endsWithSegments(repository, entry.getKey())) {
                return Optional.of(entry.getValue());
            }
        }
        if (BY_NAME.containsKey(name)) {
            return Optional.of(BY_NAME.get(name));
        }
        for (String entry : configured) {
            boolean matches = entry.endsWith("/") ? repository.startsWith(entry)
                    : entry.contains("/") ? endsWithSegments(repository, entry) || repository.startsWith(entry + "/")
                    : name.equals(entry);
            if (matches) {
                return Optional.of(CONFIGURED);
            }
        }
        return Optional.empty();
    }

    private static boolean endsWithSegments(String repository, String path) {
        return repository.equals(path) || repository.endsWith("/" + path);
    }
}
