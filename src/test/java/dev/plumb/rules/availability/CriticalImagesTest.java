package dev.plumb.rules.availability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CriticalImagesTest {

    private final CriticalImages builtIn = new CriticalImages(List.of());

    @ParameterizedTest
    @CsvSource({
        "postgres:16.4, database",
        "docker.io/library/postgres:16.4-alpine, database",
        "docker.io/bitnami/postgresql:16.4.0@sha256:0123456789abcdef, database",
        "registry.local:5000/mirror/mariadb:11.4, database",
        "tensorchord/pgvecto-rs:pg16-v0.2.0, database",
        "redis, cache",
        "docker.dragonflydb.io/dragonflydb/dragonfly:v1.23.2, cache",
        "eclipse-mosquitto:2.0.18, message broker",
        "quay.io/keycloak/keycloak:25.0.6, auth server",
        "ghcr.io/goauthentik/server:2024.8.3, auth server",
        "registry.k8s.io/ingress-nginx/controller:v1.11.2, ingress controller",
        "TRAEFIK:v3.1, ingress controller"
    })
    void recognisesCriticalImagesByTheirName(String image, String role) {
        assertThat(builtIn.roleOf(image)).contains(role);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "quay.io/prometheuscommunity/postgres-exporter:v0.15.0", "oliver006/redis_exporter:v1.62.0",
        "bitnami/pgbouncer:1.23.1", "nginx:1.27.2", "ghcr.io/acme/redis-ui:1.0", "vaultwarden/server:1.32.0",
        "ghcr.io/acme/server:1.0", "ghcr.io/postgres/tools:1.0", ""
    })
    void ignoresNamesThatOnlyContainACriticalOne(String image) {
        assertThat(builtIn.roleOf(image)).isEmpty();
    }

    @Test
    void configuredEntriesMatchANameAPathOrARegistryPrefix() {
        CriticalImages configured = new CriticalImages(List.of(" Ledger ", "acme/billing", "registry.home.lan/infra/"));
        assertThat(configured.roleOf("ghcr.io/acme/ledger:1.0")).contains(CriticalImages.CONFIGURED);
        assertThat(configured.roleOf("ghcr.io/acme/billing:2.1")).contains(CriticalImages.CONFIGURED);
        assertThat(configured.roleOf("registry.home.lan/infra/blocky:0.24")).contains(CriticalImages.CONFIGURED);
        assertThat(configured.roleOf("ghcr.io/acme/ledger-ui:1.0")).isEmpty();
        assertThat(configured.roleOf("ghcr.io/notacme/billing:2.1")).isEmpty();
        assertThat(configured.roleOf("registry.home.lan/apps/blocky:0.24")).isEmpty();
    }
}
