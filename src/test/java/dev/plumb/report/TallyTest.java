package dev.plumb.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TallyTest {

    @Test
    void kindsCountAsEnglishNouns() {
        assertThat(Tally.count(1, "Ingress")).isEqualTo("1 Ingress");
        assertThat(Tally.count(2, "Ingress")).isEqualTo("2 Ingresses");
        assertThat(Tally.count(3, "NetworkPolicy")).isEqualTo("3 NetworkPolicies");
        assertThat(Tally.count(2, "Gateway")).isEqualTo("2 Gateways");
        assertThat(Tally.count(0, "workload")).isEqualTo("0 workloads");
    }
}
