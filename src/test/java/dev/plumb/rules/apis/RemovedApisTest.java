package dev.plumb.rules.apis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The removed-API table stays consistent as entries are added. */
class RemovedApisTest {

    @Test
    void eachVersionAndKindIsListedOnce() {
        Set<String> seen = new HashSet<>();
        for (RemovedApis.RemovedApi entry : RemovedApis.all()) {
            Set<String> kinds = entry.kinds().isEmpty() ? Set.of("*") : entry.kinds();
            for (String kind : kinds) {
                assertThat(seen.add(entry.apiVersion() + " " + kind)).as("%s %s listed twice", entry.apiVersion(), kind).isTrue();
            }
        }
    }

    @Test
    void everyEntrySaysWhatToDoInstead() {
        for (RemovedApis.RemovedApi entry : RemovedApis.all()) {
            assertThat(entry.replacement() != null || entry.advice() != null).as(entry.apiVersion()).isTrue();
            assertThat(entry.replacement()).as(entry.apiVersion()).isNotEqualTo(entry.apiVersion());
        }
    }

    @Test
    void versionsThatStillServeNewerKindsAreNotFlaggedForThem() {
        assertThat(RemovedApis.find("storage.k8s.io/v1beta1", "VolumeAttributesClass")).isEmpty();
        assertThat(RemovedApis.find("networking.k8s.io/v1beta1", "ServiceCIDR")).isEmpty();
        assertThat(RemovedApis.find("admissionregistration.k8s.io/v1beta1", "ValidatingAdmissionPolicy")).isEmpty();
        assertThat(RemovedApis.find("storage.k8s.io/v1beta1", "StorageClass")).isPresent();
        assertThat(RemovedApis.find("apps/v1beta2", "ControllerRevision")).isPresent();
    }
}
