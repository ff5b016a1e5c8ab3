package dev.plumb.discover;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ByteSizesTest {

    @Test
    void limitsReadAsRoundNumbersWhenTheyAre() {
        assertThat(ByteSizes.limit(10L * 1024 * 1024)).isEqualTo("10 MB");
        assertThat(ByteSizes.limit(1536L * 1024)).isEqualTo("1.5 MB");
        assertThat(ByteSizes.limit(500)).isEqualTo("500 bytes");
    }

    @Test
    void measuredSizesAlwaysShowOneDecimal() {
        assertThat(ByteSizes.size(10L * 1024 * 1024 + 1)).isEqualTo("10.0 MB");
        assertThat(ByteSizes.size(12L * 1024 * 1024)).isEqualTo("12.0 MB");
        assertThat(ByteSizes.size(3L * 1024 * 1024 * 1024)).isEqualTo("3.0 GB");
        assertThat(ByteSizes.size(1)).isEqualTo("1 byte");
    }
}
