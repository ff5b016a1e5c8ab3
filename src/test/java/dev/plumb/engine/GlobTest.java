package dev.plumb.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GlobTest {

    @Test
    void singleStarStaysInOneSegmentAndDoubleStarCrossesThem() {
        assertThat(Glob.of("apps/*.yaml").matches("apps/web.yaml")).isTrue();
        assertThat(Glob.of("apps/*.yaml").matches("apps/shop/web.yaml")).isFalse();
        assertThat(Glob.of("apps/**/*.yaml").matches("apps/web.yaml")).isTrue();
        assertThat(Glob.of("apps/**/*.yaml").matches("apps/shop/deep/web.yaml")).isTrue();
        assertThat(Glob.of("Deployment/shop/*").matches("Deployment/shop/web")).isTrue();
        assertThat(Glob.of("Deployment/shop/*").matches("Deployment/media/web")).isFalse();
        assertThat(Glob.of("web-?.yaml").matches("web-1.yaml")).isTrue();
        assertThat(Glob.of("a.b").matches("axb")).isFalse();
    }
}
