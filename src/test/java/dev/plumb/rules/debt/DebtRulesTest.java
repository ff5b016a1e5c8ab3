package dev.plumb.rules.debt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.model.Platform;
import dev.plumb.model.Position;
import dev.plumb.model.TextFile;
import dev.plumb.rule.Findings;
import dev.plumb.rule.PlatformRule;
import dev.plumb.rule.RuleSettings;
import dev.plumb.rule.Subject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The comment reader, the prose test and the debt rules on files a fixture cannot show side by side. */
class DebtRulesTest {

    private static List<String> run(PlatformRule rule, TextFile... files) {
        List<String> reported = new ArrayList<>();
        Findings sink = (Subject subject, Position at, int endLine, String message) ->
                reported.add(at.file() + ":" + at.line() + " " + message);
        rule.check(new Platform(List.of(), List.of(), List.of(), List.of(files)), sink);
        return reported;
    }

    @Test
    void commentsRespectQuotesShebangsAndBlocks() {
        List<Comment> yaml = Comments.of("""
                color: "#fff"   # real
                url: https://example.net/#anchor
                name: it's fine # after an apostrophe
                """, CommentSyntax.HASH);
        assertThat(yaml).extracting(Comment::line).containsExactly(1, 3);
        assertThat(yaml.get(1).text()).isEqualTo(" after an apostrophe");

        assertThat(Comments.of("#!/bin/sh\n# one\necho ${x#y}\n", CommentSyntax.HASH))
                .extracting(Comment::line).containsExactly(2);

        List<Comment> hcl = Comments.of("""
                a = "http://x"  // trailing
                /*
                  b = 1
                */
                c = 2 # hash
                """, CommentSyntax.HASH_SLASH);
        assertThat(hcl).extracting(Comment::line).containsExactly(1, 2, 3, 4, 5);
        assertThat(hcl.get(2).wholeLine()).isTrue();
    }

    @Test
    void syntaxFollowsTheFileType() {
        assertThat(CommentSyntax.of(new TextFile("README.md", "# TODO"))).isEqualTo(CommentSyntax.NONE);
        assertThat(CommentSyntax.of(new TextFile("dash.json", "{}"))).isEqualTo(CommentSyntax.NONE);
        assertThat(CommentSyntax.of(new TextFile("Dockerfile", "FROM x"))).isEqualTo(CommentSyntax.HASH);
        assertThat(CommentSyntax.of(new TextFile("infra/main.tf", ""))).isEqualTo(CommentSyntax.HASH_SLASH);
        assertThat(CommentSyntax.of(new TextFile("Jenkinsfile", ""))).isEqualTo(CommentSyntax.SLASH);
        assertThat(CommentSyntax.of(new TextFile("db/init.sql", ""))).isEqualTo(CommentSyntax.DASH);
        assertThat(CommentSyntax.of(new TextFile(".env.production", ""))).isEqualTo(CommentSyntax.HASH);
        assertThat(CommentSyntax.of(new TextFile("bin/deploy", "#!/bin/bash\n"))).isEqualTo(CommentSyntax.HASH);
    }

    @Test
    void proseAndCodeAreToldApart() {
        assertThat(ConfigLines.classify(" Licensed under the Apache License, Version 2.0 (the \"License\");"))
                .isEqualTo(ConfigLines.Kind.PROSE);
        assertThat(ConfigLines.classify(" Note: the limits below are a guess")).isEqualTo(ConfigLines.Kind.PROSE);
        assertThat(ConfigLines.classify(" Usage:")).isEqualTo(ConfigLines.Kind.PROSE);
        assertThat(ConfigLines.classify("     http://www.apache.org/licenses/LICENSE-2.0")).isEqualTo(ConfigLines.Kind.PROSE);
        assertThat(ConfigLines.classify(" - web: the public site")).isEqualTo(ConfigLines.Kind.PROSE);
        assertThat(ConfigLines.classify("   memory: 512Mi")).isEqualTo(ConfigLines.Kind.CODE);
        assertThat(ConfigLines.classify(" - name: postgres")).isEqualTo(ConfigLines.Kind.CODE);
        assertThat(ConfigLines.classify(" kubectl -n shop delete pvc data")).isEqualTo(ConfigLines.Kind.CODE);
        assertThat(ConfigLines.classify(" instance_type = \"cx32\"")).isEqualTo(ConfigLines.Kind.CODE);
        assertThat(ConfigLines.classify(" RUN apt-get update")).isEqualTo(ConfigLines.Kind.CODE);
        assertThat(ConfigLines.classify("#")).isEqualTo(ConfigLines.Kind.EMPTY);
    }

    @Test
    void excerptsAreShortAndNeverCarryCredentials() {
        assertThat(Excerpts.of("TODO rotate, token: ghp_abcdefghijklmnopqrstuvwxyz0123456789", 0)).isNull();
        assertThat(Excerpts.of("FIXME postgres://app:s3cr3t@db/app is hard-coded", 0)).isNull();
        assertThat(Excerpts.of("TODO key was 9f86d081884c7d659a2feaa0c55ad015", 0)).isNull();
        assertThat(Excerpts.of("TODO the admin password is hunter2 until Friday", 0)).isNull();
        assertThat(Excerpts.of("TODO:   pin   the chart", 0)).isEqualTo("TODO: pin the chart");
        String longComment = "x".repeat(30) + " words ".repeat(20) + "TODO remove the sidecar once upstream ships the fix "
                + "y ".repeat(40);
        String excerpt = Excerpts.of(longComment, longComment.indexOf("TODO"));
        assertThat(excerpt).startsWith("…TODO remove the sidecar").hasSizeLessThanOrEqualTo(Excerpts.MAX_LENGTH);
    }

    @Test
    void markersInGeneratedVendoredAndNoteFilesAreNotReported() {
        List<String> reported = run(new DebtMarker(),
                new TextFile("apps/web.yaml", "replicas: 1 # TODO scale up\n"),
                new TextFile("rendered/all.yaml", "---\n# Source: shop/templates/web.yaml\nreplicas: 1 # TODO scale up\n"),
                new TextFile("charts/shop/Chart.yaml", "name: shop\n"),
                new TextFile("charts/shop/charts/redis/values.yaml", "replicas: 1 # TODO scale up\n"),
                new TextFile("vendor/x/config.yaml", "a: 1 # FIXME\n"),
                new TextFile("NOTES.md", "TODO: everything\n"),
                new TextFile("apps/ignored.yaml", "image: x:latest # plumb:ignore image-tag-mutable workaround until v2\n"));
        assertThat(reported).containsExactly("apps/web.yaml:1 TODO in a comment: \"TODO scale up\"");
    }

    @Test
    void chartValuesFilesKeepHelmsCommentedDefaults() {
        String block = "resources: {}\n  # limits:\n  #   cpu: 100m\n  #   memory: 128Mi\n  # requests:\n  #   cpu: 100m\n";
        List<String> reported = run(new CommentedOutBlock(),
                new TextFile("charts/shop/Chart.yaml", "name: shop\n"),
                new TextFile("charts/shop/values.yaml", block),
                new TextFile("clusters/home/shop-values.yaml", block));
        assertThat(reported).containsExactly("clusters/home/shop-values.yaml:2 5 commented-out lines of configuration (lines 2–6)");
    }

    @Test
    void fileLengthUsesTheConfiguredLimit() {
        String longFile = "a: 1\n".repeat(501);
        RuleSettings defaults = RuleSettings.defaults();
        assertThat(run(new FileTooLarge(defaults), new TextFile("big.yaml", longFile)))
                .containsExactly("big.yaml:1 File has 501 lines, over the limit of 500 (techDebt.maxFileLines)");
        assertThat(run(new FileTooLarge(defaults), new TextFile("ok.yaml", "a: 1\n".repeat(500)))).isEmpty();
        assertThat(run(new FileTooLarge(new RuleSettings(List.of(), List.of(), 1000, Map.of())),
                new TextFile("big.yaml", longFile))).isEmpty();
        assertThat(run(new FileTooLarge(defaults), new TextFile("cert-manager.crds.yaml", longFile),
                new TextFile("dashboards/node.json", longFile), new TextFile("install.yaml", "# Copyright 2024 The Authors.\n" + longFile)))
                .isEmpty();
    }
}
