package dev.plumb.load.terraform;

import dev.plumb.load.yaml.YamlDocuments;
import dev.plumb.model.LoadProblem;
import dev.plumb.model.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The variable values of a root stack, in Terraform's order of precedence (later wins):
 * {@code terraform.tfvars}, {@code terraform.tfvars.json}, {@code *.auto.tfvars} and
 * {@code *.auto.tfvars.json} in name order, then the var files the configuration names.
 */
final class VarFiles {

    private VarFiles() {
    }

    static Map<String, Node> read(String directory, RepositoryFiles files, List<String> configured, List<LoadProblem> problems) {
        List<String> paths = new ArrayList<>();
        List<String> names = files.list(directory);
        String prefix = directory.isEmpty() ? "" : directory + "/";
        if (names.contains("terraform.tfvars")) {
            paths.add(prefix + "terraform.tfvars");
        }
        if (names.contains("terraform.tfvars.json")) {
            paths.add(prefix + "terraform.tfvars.json");
        }
        names.stream().filter(name -> name.endsWith(".auto.tfvars") || name.endsWith(".auto.tfvars.json"))
                .sorted().forEach(name -> paths.add(prefix + name));
        paths.addAll(configured);
        Map<String, Node> values = new LinkedHashMap<>();
        for (String path : paths) {
            values.putAll(values(path, files, problems));
        }
        return values;
    }

    private static Map<String, Node> values(String path, RepositoryFiles files, List<LoadProblem> problems) {
        Optional<String> text = files.text(path);
        if (text.isEmpty()) {
            return Map.of();
        }
        if (path.endsWith(".json")) {
            YamlDocuments json = YamlDocuments.parse(path, text.get());
            if (!json.problems().isEmpty()) {
                problems.addAll(json.problems());
                return Map.of();
            }
            return json.documents().isEmpty() ? Map.of() : json.documents().get(0).fields();
        }
        HclFile parsed = TerraformLoader.parse(path, text.get());
        problems.addAll(parsed.problems());
        return parsed.attributes().fields();
    }
}
