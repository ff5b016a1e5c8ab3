package dev.plumb.load.yaml;

import dev.plumb.model.IgnoreDirective;
import dev.plumb.model.LoadProblem;
import dev.plumb.model.MapNode;
import dev.plumb.model.Node;
import dev.plumb.model.Origin;
import dev.plumb.model.Position;
import dev.plumb.model.Resource;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads Kubernetes objects from a YAML or JSON file (multi-document, anchors, merge keys, List
 * objects). Documents without apiVersion and kind are not Kubernetes objects and are left for
 * other loaders; Go templates that are not YAML until rendered are set aside rather than reported as
 * broken.
 */
public final class YamlLoader {

    private YamlLoader() {
    }

    public static LoadedFile load(String path, String text) {
        return load(path, text, 0, null);
    }

    /**
     * @param invalidUtf8Line   the line of the first byte that was not UTF-8, or 0
     * @param assignedNamespace the namespace a kustomization builds the file into, or null
     */
    public static LoadedFile load(String path, String text, int invalidUtf8Line, String assignedNamespace) {
        List<IgnoreDirective> ignores = IgnoreDirectiveScanner.scan(path, text);
        if (NonManifestJson.isJsonDialect(path) || NonManifestJson.isToolSettings(path)) {
            return LoadedFile.textOnly(ignores);
        }
        YamlDocuments parsed = YamlDocuments.parse(path, text);
        if (text.contains("{{") && (parsed.syntaxError() || TemplateActions.outsideStrings(parsed.documents(), text))) {
            // A Go template that is not YAML until rendered (a chart without Chart.yaml, say). One that parses
            // with every action inside a string (Flux values, Alertmanager templates in a ConfigMap) is an object.
            return LoadedFile.setAside(ignores);
        }
        if (parsed.syntaxError() && isJson(path) && NonManifestJson.isDialectNotManifest(text)) {
            // JSONC or JSON5 under a .json name: a tool's settings, which its own tool reads.
            return LoadedFile.textOnly(ignores);
        }
        List<LoadProblem> problems = new ArrayList<>();
        if (invalidUtf8Line > 0) {
            problems.add(new LoadProblem(new Position(path, invalidUtf8Line, 1),
                    "not valid UTF-8 (first invalid byte on this line); Kubernetes tools reject it, plumb read the file as Latin-1"));
        }
        problems.addAll(parsed.problems());
        List<Resource> resources = new ArrayList<>();
        for (Node document : parsed.documents()) {
            addObjects(document, path, assignedNamespace, resources);
        }
        return new LoadedFile(resources, problems, ignores, false);
    }

    private static boolean isJson(String path) {
        return path.regionMatches(true, path.length() - ".json".length(), ".json", 0, ".json".length());
    }

    private static void addObjects(Node document, String path, String assignedNamespace, List<Resource> resources) {
        if (!(document instanceof MapNode map) || !isObject(map)) {
            return;
        }
        String kind = map.get("kind").text();
        if (kind.equals("List") || (kind.endsWith("List") && map.get("items").isList())) {
            for (Node item : map.get("items").elements()) {
                if (item instanceof MapNode itemMap && isObject(itemMap)) {
                    resources.add(new Resource(itemMap, new Origin(path, item.line(), Origin.YAML), assignedNamespace));
                }
            }
            return;
        }
        resources.add(new Resource(map, new Origin(path, map.line(), Origin.YAML), assignedNamespace));
    }

    private static boolean isObject(MapNode map) {
        return map.get("apiVersion").text() != null && map.get("kind").text() != null;
    }
}
