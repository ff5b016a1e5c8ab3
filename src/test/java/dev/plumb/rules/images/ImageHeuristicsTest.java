package dev.plumb.rules.images;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Tag and registry reading on their own, where a regression is easier to read than in a fixture. */
class ImageHeuristicsTest {

    @ParameterizedTest
    @CsvSource({
        "2.0.0-rc.1, rc", "v3.2.0-rc2, rc", "8.4.0RC4-fpm-alpine, rc", "1.2.0rc1, rc", "17beta2, beta",
        "v1.12.0-beta.0, beta", "3.0.0-alpha1, alpha", "3.14.0a3-slim, a", "3.13.0b2, b", "23-ea-jdk, ea",
        "1.4.0-dev, dev", "2.0.0.dev3, dev", "1.0.0-SNAPSHOT, snapshot", "nightly-2024-06-01, nightly",
        "11.3.0-preview, preview", "2.0.0-pre.1, pre", "canary, canary", "unstable, unstable",
        "2024.11.0b3, b", "0.15.0-beta3, beta", "9.0-preview, preview", "1.0.0-prerelease, prerelease"})
    void preReleaseTags(String tag, String marker) {
        assertThat(PrereleaseTags.marker(tag)).contains(marker);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "7.4.1-alpine", "alpine", "3.20", "16.4-bookworm", "1.27.3-slim", "0.41.1-debian", "16.4.0-debian-12-r9",
        "8u422-b05-jre-jammy", "21.0.4_7-jre", "12.4.1-devel-ubuntu22.04", "sha-3ea91f0", "3ea91f0", "4f1a3b2c",
        "RELEASE.2024-06-13T22-53-53Z", "v1.118.2", "1.40.0.7998-c29d4c0c2-ls123", "latest", "2024.06.01",
        "prefork", "5.2.1-apache", "v2.11.1-arm64", "v0.107.54", "2.0.18-openssl", "4.0.9.2244", "0.14.1-tensorrt",
        "v1.30.5-k3s1", "10.9.11ubu2404-ls36", "4.6.7-libtorrentv1", "v1.118.2-cuda", "1.32.0-alpine"})
    void releaseTags(String tag) {
        assertThat(PrereleaseTags.marker(tag)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "nginx, docker.io/library/nginx", "library/nginx, docker.io/library/nginx",
        "bitnami/redis, docker.io/bitnami/redis", "docker.io/nginx, docker.io/library/nginx",
        "index.docker.io/library/busybox, docker.io/library/busybox", "ghcr.io/acme/web, ghcr.io/acme/web",
        "registry.lan:5000/tools/warmer, registry.lan:5000/tools/warmer", "localhost/app, localhost/app",
        "Quay.IO/prometheus/node-exporter, quay.io/prometheus/node-exporter"})
    void imageLocations(String repository, String location) {
        assertThat(RegistryPaths.ofImage(repository)).isEqualTo(location);
    }

    @ParameterizedTest
    @CsvSource({
        "docker.io, docker.io", "index.docker.io, docker.io", "ghcr.io/acme/, ghcr.io/acme",
        "https://registry.lan:5000, registry.lan:5000", "bitnami, docker.io/bitnami", "library/nginx, docker.io/library/nginx"})
    void entryLocations(String entry, String location) {
        assertThat(RegistryPaths.ofEntry(entry)).isEqualTo(location);
    }

    @ParameterizedTest
    @CsvSource({
        "ghcr.io/acme/web, ghcr.io/acme, true", "ghcr.io/acme, ghcr.io/acme, true",
        "ghcr.io/acme-evil/x, ghcr.io/acme, false", "docker.io/library/nginx, docker.io, true",
        "registry.lan:5000/x, registry.lan, false"})
    void prefixesEndOnPathBoundaries(String location, String prefix, boolean under) {
        assertThat(RegistryPaths.isUnder(location, prefix)).isEqualTo(under);
    }
}
