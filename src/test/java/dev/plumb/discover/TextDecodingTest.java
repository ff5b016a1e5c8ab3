package dev.plumb.discover;

import static dev.plumb.discover.Trees.discover;
import static dev.plumb.discover.Trees.file;
import static dev.plumb.discover.Trees.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextDecodingTest {

    @TempDir Path repo;

    @Test
    void aLatin1FileIsStillReadAndTheFirstBadLineNoted() {
        write(repo, "old.yaml", "a: 1\nb: 2\nname: café\nother: naïve\n".getBytes(StandardCharsets.ISO_8859_1));

        SourceFile old = file(discover(repo), "old.yaml");

        assertThat(old.invalidUtf8Line()).isEqualTo(3);
        assertThat(old.text()).isEqualTo("a: 1\nb: 2\nname: café\nother: naïve\n");
    }

    @Test
    void aBadByteOnTheFirstLineIsLineOne() {
        write(repo, "a.txt", new byte[] {'x', (byte) 0xFF, '\n'});

        assertThat(file(discover(repo), "a.txt").invalidUtf8Line()).isEqualTo(1);
    }

    @Test
    void aSequenceCutOffAtTheEndOfTheFileIsInvalid() {
        write(repo, "cut.yaml", new byte[] {'a', '\n', 'b', (byte) 0xC3});

        assertThat(file(discover(repo), "cut.yaml").invalidUtf8Line()).isEqualTo(2);
    }

    @Test
    void validUtf8IsDecodedAsUtf8() {
        write(repo, "ok.yaml", "name: café ☕ \uD83D\uDE80\n");

        SourceFile ok = file(discover(repo), "ok.yaml");

        assertThat(ok.invalidUtf8Line()).isZero();
        assertThat(ok.text()).isEqualTo("name: café ☕ \uD83D\uDE80\n");
    }

    @Test
    void aByteOrderMarkIsStripped() {
        byte[] body = "kind: ConfigMap\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        write(repo, "bom.yaml", withBom);

        SourceFile bom = file(discover(repo), "bom.yaml");

        assertThat(bom.text()).isEqualTo("kind: ConfigMap\n");
        assertThat(bom.invalidUtf8Line()).isZero();
    }

    @Test
    void lineEndingsAreKeptAsWritten() {
        write(repo, "crlf.yaml", "a: 1\r\nb: 2\r\n");

        assertThat(file(discover(repo), "crlf.yaml").text()).isEqualTo("a: 1\r\nb: 2\r\n");
    }
}
