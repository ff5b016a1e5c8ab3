package dev.plumb.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ModelTextTest {

    @Test
    void backticksBecomeCodeAndEverythingElseIsEscaped() {
        assertThat(ModelText.inline("set `runAsNonRoot: true` on <pods> & jobs"))
                .isEqualTo("set <code>runAsNonRoot: true</code> on &lt;pods&gt; &amp; jobs");
        assertThat(ModelText.inline("a `<script>` tag")).isEqualTo("a <code>&lt;script&gt;</code> tag");
    }

    @Test
    void anUnmatchedBacktickStaysText() {
        assertThat(ModelText.inline("one ` alone")).isEqualTo("one ` alone");
        assertThat(ModelText.inline("`a` and ` b")).isEqualTo("<code>a</code> and ` b");
    }

    @Test
    void fencedBlocksArePreformattedAndParagraphsSplitOnBlankLines() {
        String fix = """
                Pin the image:

                ```yaml
                image: nginx:1.27.3 # <pinned>
                ```
                Then `kubectl apply`
                again.""";
        assertThat(ModelText.blocks(fix)).isEqualTo("<p>Pin the image:</p>"
                + "<pre><code>image: nginx:1.27.3 # &lt;pinned&gt;\n</code></pre>"
                + "<p>Then <code>kubectl apply</code> again.</p>");
    }
}
