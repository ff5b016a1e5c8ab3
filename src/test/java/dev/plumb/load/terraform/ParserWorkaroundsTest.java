package dev.plumb.load.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The light scan of HCL and the rewrites that keep every character where it was written. */
class ParserWorkaroundsTest {

    private static String rewrite(String text) {
        return ParserWorkarounds.apply(text, HclLayout.of(text));
    }

    @Test
    void topLevelItemsIgnoreBracesInStringsHeredocsAndComments() {
        String text = """
                # a comment { not a block
                locals {
                  a = "}"
                  b = <<-EOT
                    } { ${var.x}
                  EOT
                  /* } */
                }
                name = "x" // }
                resource "a" "b" {
                }
                """;

        assertThat(HclLayout.of(text).topLevelItems()).extracting(span -> text.substring(span.start(), span.start() + 4))
                .containsExactly("loca", "name", "reso");
    }

    @Test
    void balancedDirectivesBecomeSameLengthInterpolations() {
        String text = "x = \"%{ if var.a }A%{ else }B%{ endif }\"\n";
        String rewritten = rewrite(text);

        assertThat(rewritten).hasSameSizeAs(text).doesNotContain("%{").startsWith("x = \"${tpl_direct}A${tpl_di}B");
        assertThat(rewritten.indexOf('A')).isEqualTo(text.indexOf('A'));
    }

    @Test
    void unbalancedOrEscapedDirectivesAreLeftAlone() {
        assertThat(rewrite("x = \"%{ if var.a }A%{ else }B\"\n")).contains("%{ if");
        assertThat(rewrite("x = \"%{ endfor }\"\n")).contains("%{ endfor");
        assertThat(rewrite("x = \"%%{ if }\"\n")).isEqualTo("x = \"%%{ if }\"\n");
    }

    @Test
    void aMultiLineDirectiveKeepsItsNewlines() {
        String text = "x = <<EOT\n%{ for a in\n  var.b }${a}%{ endfor }\nEOT\n";
        String rewritten = rewrite(text);

        assertThat(rewritten).hasSameSizeAs(text);
        assertThat(rewritten.lines().count()).isEqualTo(text.lines().count());
    }

    @Test
    void aBodyLineEndingInTheDelimiterLosesItsLastWordOnlyInAClosedHeredoc() {
        // both inner lines end in "EOF": the one opening the shell heredoc too
        String text = "x = <<-EOF\n  cat <<-KUBEEOF\n  KUBEEOF\nEOF\n";
        String rewritten = rewrite(text);

        assertThat(rewritten).hasSameSizeAs(text).contains("  cat ${tpl_dir}\n  ${tpl_}\nEOF\n");
        // never closed: the parser's own verdict stands
        String unclosed = "x = <<-EOT\n  see EOT\n}\n";
        assertThat(rewrite(unclosed)).isEqualTo(unclosed);
    }

    @Test
    void aShortTrailingWordTakesInTheBlanksBeforeIt() {
        String text = "x = <<EOT\nsee EOT\nEOT\n";

        assertThat(rewrite(text)).isEqualTo("x = <<EOT\nsee${t}\nEOT\n");
    }

    @Test
    void textWithoutTheConstructsIsTheSameString() {
        String text = "locals {\n  a = \"${var.b}\"\n}\n";

        assertThat(rewrite(text)).isSameAs(text);
    }
}
