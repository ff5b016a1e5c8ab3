package dev.plumb.load.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.model.SkippedFile;
import org.junit.jupiter.api.Test;

/** OpenTofu's .tofu files are Terraform files; where x.tofu and x.tf meet, OpenTofu reads x.tofu only. */
class TofuPrecedenceTest {

    @Test
    void aTofuFileReplacesTheTfFileOfItsNameAndTheOtherTfFilesStayInTheStack() {
        TerraformStacks.Loaded loaded = new Stacks()
                .file("stack/variables.tf", "variable \"name\" {\n  default = \"from-tofu\"\n}\n")
                .file("stack/main.tf", "resource \"kubernetes_namespace_v1\" \"ns\" {\n  metadata {\n    name = \"from-tf\"\n  }\n}\n")
                .file("stack/main.tofu", "resource \"kubernetes_namespace_v1\" \"ns\" {\n  metadata {\n    name = var.name\n  }\n}\n")
                .load();

        assertThat(loaded.resources()).singleElement().satisfies(namespace -> {
            assertThat(namespace.name()).isEqualTo("from-tofu");
            assertThat(namespace.origin().file()).isEqualTo("stack/main.tofu");
        });
        assertThat(loaded.notScanned()).extracting(SkippedFile::path, SkippedFile::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("stack/main.tf",
                        "OpenTofu reads main.tofu in its place, so this file is not loaded"));
        assertThat(loaded.blocks()).noneMatch(block -> block.file().equals("stack/main.tf"));
    }
}
