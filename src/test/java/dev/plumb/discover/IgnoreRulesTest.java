package dev.plumb.discover;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class IgnoreRulesTest {

    private static IgnoreRules.Verdict judge(String ignoreFile, String path, boolean directory) {
        return IgnoreRules.parse(ignoreFile, 0, ".gitignore").judge(path.split("/"), directory);
    }

    private static boolean ignoresFile(String ignoreFile, String path) {
        return judge(ignoreFile, path, false) == IgnoreRules.Verdict.IGNORED;
    }

    private static boolean ignoresDirectory(String ignoreFile, String path) {
        return judge(ignoreFile, path, true) == IgnoreRules.Verdict.IGNORED;
    }

    @Nested
    class LineSyntax {

        @Test
        void blankLinesAndCommentsIgnoreNothing() {
            IgnoreRules rules = IgnoreRules.parse("\n   \n# secrets.yaml\n", 0, ".gitignore");

            assertThat(rules.isEmpty()).isTrue();
        }

        @Test
        void escapedHashIsALiteralFileName() {
            assertThat(ignoresFile("\\#notes", "#notes")).isTrue();
            assertThat(ignoresFile("\\#notes", "notes")).isFalse();
        }

        @Test
        void escapedBangIsALiteralFileNameNotANegation() {
            assertThat(ignoresFile("\\!important", "!important")).isTrue();
        }

        @Test
        void trailingSpacesAreTrimmedUnlessEscaped() {
            assertThat(ignoresFile("build.log   ", "build.log")).isTrue();
            assertThat(ignoresFile("odd\\ ", "odd ")).isTrue();
            assertThat(ignoresFile("odd\\ ", "odd")).isFalse();
        }

        @Test
        void windowsLineEndingsDoNotBecomePartOfThePattern() {
            assertThat(ignoresFile("secret.env\r\nother\r\n", "secret.env")).isTrue();
        }
    }

    @Nested
    class Negation {

        @Test
        void aLaterNegationReincludes() {
            assertThat(judge("*.yaml\n!keep.yaml", "keep.yaml", false)).isEqualTo(IgnoreRules.Verdict.KEPT);
            assertThat(ignoresFile("*.yaml\n!keep.yaml", "drop.yaml")).isTrue();
        }

        @Test
        void theLastMatchingLineWins() {
            assertThat(ignoresFile("!keep.yaml\n*.yaml", "keep.yaml")).isTrue();
        }

        @Test
        void noMatchingLineGivesNoOpinion() {
            assertThat(judge("*.tf", "app.yaml", false)).isEqualTo(IgnoreRules.Verdict.NO_OPINION);
        }
    }

    @Nested
    class Anchoring {

        @Test
        void aNameWithoutSlashMatchesAtAnyDepth() {
            assertThat(ignoresFile("values.local.yaml", "values.local.yaml")).isTrue();
            assertThat(ignoresFile("values.local.yaml", "charts/app/values.local.yaml")).isTrue();
        }

        @Test
        void aLeadingSlashAnchorsToTheIgnoreFilesDirectory() {
            assertThat(ignoresFile("/out.yaml", "out.yaml")).isTrue();
            assertThat(ignoresFile("/out.yaml", "sub/out.yaml")).isFalse();
        }

        @Test
        void aMiddleSlashAnchorsToo() {
            assertThat(ignoresFile("k8s/generated.yaml", "k8s/generated.yaml")).isTrue();
            assertThat(ignoresFile("k8s/generated.yaml", "apps/k8s/generated.yaml")).isFalse();
        }

        @Test
        void anchoredPatternsAreRelativeToTheIgnoreFilesDirectory() {
            IgnoreRules nested = IgnoreRules.parse("/local.yaml", 2, ".gitignore");

            assertThat(nested.judge("apps/web/local.yaml".split("/"), false)).isEqualTo(IgnoreRules.Verdict.IGNORED);
            assertThat(nested.judge("apps/web/sub/local.yaml".split("/"), false))
                    .isEqualTo(IgnoreRules.Verdict.NO_OPINION);
        }
    }

    @Nested
    class DirectoryOnly {

        @Test
        void aTrailingSlashMatchesDirectoriesOnly() {
            assertThat(ignoresDirectory("build/", "build")).isTrue();
            assertThat(ignoresFile("build/", "build")).isFalse();
        }

        @Test
        void aTrailingSlashAloneDoesNotAnchor() {
            assertThat(ignoresDirectory("build/", "tools/build")).isTrue();
        }
    }

    @Nested
    class Wildcards {

        @Test
        void starStaysWithinOneName() {
            assertThat(ignoresFile("*.rendered.yaml", "app.rendered.yaml")).isTrue();
            assertThat(ignoresFile("out/*.yaml", "out/a.yaml")).isTrue();
            assertThat(ignoresFile("out/*.yaml", "out/sub/a.yaml")).isFalse();
        }

        @Test
        void starMatchesDotFiles() {
            assertThat(ignoresFile("*.env", ".env")).isTrue();
        }

        @Test
        void questionMarkMatchesExactlyOneCharacter() {
            assertThat(ignoresFile("v?.yaml", "v1.yaml")).isTrue();
            assertThat(ignoresFile("v?.yaml", "v10.yaml")).isFalse();
        }

        @Test
        void bracketsMatchOneCharacterOfTheClass() {
            assertThat(ignoresFile("env-[a-c].yaml", "env-b.yaml")).isTrue();
            assertThat(ignoresFile("env-[a-c].yaml", "env-d.yaml")).isFalse();
            assertThat(ignoresFile("env-[!a-c].yaml", "env-d.yaml")).isTrue();
            assertThat(ignoresFile("env-[]x].yaml", "env-].yaml")).isTrue();
        }

        @Test
        void anUnclosedBracketIsLiteral() {
            assertThat(ignoresFile("a[b", "a[b")).isTrue();
        }

        @Test
        void starsBacktrack() {
            assertThat(ignoresFile("*-prod-*.yaml", "db-prod-prod-eu.yaml")).isTrue();
            assertThat(ignoresFile("*-prod-*.yaml", "db-staging.yaml")).isFalse();
        }
    }

    @Nested
    class DoubleStar {

        @Test
        void leadingDoubleStarMatchesInAnyDirectory() {
            assertThat(ignoresFile("**/secrets.yaml", "secrets.yaml")).isTrue();
            assertThat(ignoresFile("**/secrets.yaml", "a/b/secrets.yaml")).isTrue();
            assertThat(ignoresFile("**/tmp/x", "a/tmp/x")).isTrue();
        }

        @Test
        void trailingDoubleStarMatchesEverythingInsideButNotTheDirectory() {
            assertThat(ignoresFile("vendor/**", "vendor/a.yaml")).isTrue();
            assertThat(ignoresFile("vendor/**", "vendor/deep/a.yaml")).isTrue();
            assertThat(ignoresDirectory("vendor/**", "vendor")).isFalse();
        }

        @Test
        void middleDoubleStarMatchesZeroOrMoreDirectories() {
            assertThat(ignoresFile("a/**/b.yaml", "a/b.yaml")).isTrue();
            assertThat(ignoresFile("a/**/b.yaml", "a/x/b.yaml")).isTrue();
            assertThat(ignoresFile("a/**/b.yaml", "a/x/y/b.yaml")).isTrue();
            assertThat(ignoresFile("a/**/b.yaml", "c/a/x/b.yaml")).isFalse();
        }

        @Test
        void doubleStarInsideANameIsAPlainStar() {
            assertThat(ignoresFile("a**z", "abcz")).isTrue();
            assertThat(ignoresFile("x/a**z", "x/ab/cz")).isFalse();
        }

        @Test
        void vendorExceptOneFileIsTheCommonIdiom() {
            String rules = "vendor/**\n!vendor/keep.yaml";

            assertThat(ignoresFile(rules, "vendor/drop.yaml")).isTrue();
            assertThat(judge(rules, "vendor/keep.yaml", false)).isEqualTo(IgnoreRules.Verdict.KEPT);
        }
    }
}
