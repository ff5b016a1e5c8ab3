package dev.plumb.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.rule.Subject;
import org.junit.jupiter.api.Test;

class FingerprintTest {

    private static final Subject NFS = new Subject("PersistentVolume", "", "media", "");

    @Test
    void aChangingCountInTheMessageKeepsTheFindingsIdentity() {
        assertThat(Fingerprint.of("nfs-server-dependency", NFS, "storage/pv.yaml", "4 workloads depend on NFS server nas"))
                .isEqualTo(Fingerprint.of("nfs-server-dependency", NFS, "storage/pv.yaml", "12 workloads depend on NFS server nas"));
    }

    @Test
    void aDifferentRuleSubjectFileOrWordingIsAnotherFinding() {
        String base = Fingerprint.of("nfs-server-dependency", NFS, "storage/pv.yaml", "workloads depend on NFS server nas");
        assertThat(base).hasSize(16)
                .isNotEqualTo(Fingerprint.of("host-path-volume", NFS, "storage/pv.yaml", "workloads depend on NFS server nas"))
                .isNotEqualTo(Fingerprint.of("nfs-server-dependency", NFS, "storage/other.yaml", "workloads depend on NFS server nas"))
                .isNotEqualTo(Fingerprint.of("nfs-server-dependency", NFS, "storage/pv.yaml", "workloads depend on NFS server backup"));
    }
}
