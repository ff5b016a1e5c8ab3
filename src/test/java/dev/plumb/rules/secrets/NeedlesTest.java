package dev.plumb.rules.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NeedlesTest {

    @Test
    void findsAnyWordAnywhereInTheText() {
        Needles hints = Needles.of(List.of("ghp_", "PRIVATE KEY", "eyJ"));
        assertThat(hints.foundIn("token: ghp_abc")).isTrue();
        assertThat(hints.foundIn("-----BEGIN RSA PRIVATE KEY-----")).isTrue();
        assertThat(hints.foundIn("eyJ")).isTrue();
        assertThat(hints.foundIn("private key, GHP_ and ey")).isFalse();
        assertThat(hints.foundIn("")).isFalse();
    }

    @Test
    void ignoringCaseMatchesEverySpelling() {
        Needles words = Needles.ignoringCase(List.of("pass", "token"));
        assertThat(words.foundIn("DB_PASSWORD=x")).isTrue();
        assertThat(words.foundIn("apiToken: y")).isTrue();
        assertThat(words.foundIn("päss tøken")).isFalse();
    }
}
