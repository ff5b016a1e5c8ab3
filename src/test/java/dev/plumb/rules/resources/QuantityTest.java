package dev.plumb.rules.resources;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Kubernetes quantities, compared as the API server compares them. */
class QuantityTest {

    @ParameterizedTest
    @CsvSource({
        "500m, 0.5", "0.5, 0.5", "1, 1", "1Ki, 1024", "1Mi, 1048576", "1.5Gi, 1610612736", "1Ti, 1099511627776",
        "1k, 1000", "1M, 1000000", "1G, 1000000000", "2e9, 2000000000", "1E3, 1000", "128974848, 128974848",
        "129e6, 129000000", "100u, 0.0001", "+1.5, 1.5", ".5, 0.5", "1000n, 0.000001"})
    void reads(String text, String value) {
        assertThat(Quantity.parse(text)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(new BigDecimal(value)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"256MB", "1gi", "1 Gi", "", "{{ limit }}", "${MEM}", "lots", "1.2.3", "0x10"})
    void rejects(String text) {
        assertThat(Quantity.parse(text)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void binaryAndDecimalUnitsDiffer() {
        assertThat(Quantity.parse("1G").orElseThrow()).isLessThan(Quantity.parse("1Gi").orElseThrow());
        assertThat(Quantity.parse("1000Mi").orElseThrow()).isLessThan(Quantity.parse("1Gi").orElseThrow());
    }
}
