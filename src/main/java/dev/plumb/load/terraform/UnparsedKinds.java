package dev.plumb.load.terraform;

import dev.plumb.load.KindLines;
import dev.plumb.model.FileCoverage;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Kubernetes kinds a {@code .tf} file that does not parse may define, read from its text: the
 * kinds of its {@code kubernetes_*} resource types, the {@code kind} of its manifests, and anything
 * for a Helm release or a module call, which plumb cannot see into without the parsed file.
 */
final class UnparsedKinds {

    private static final Pattern RESOURCE = Pattern.compile("(?m)^\\s*(resource|module)\\s+\"([\\w-]+)\"");
    private static final Pattern MANIFEST_KIND = Pattern.compile("\\bkind\\s*=\\s*\"(\\w+)\"");

    private UnparsedKinds() {}

    static Set<String> in(String text) {
        Set<String> kinds = new HashSet<>();
        Matcher block = RESOURCE.matcher(text);
        boolean manifests = false;
        while (block.find()) {
            String type = block.group(2);
            if (block.group(1).equals("module") || type.equals("helm_release")) {
                return Set.of(FileCoverage.ANY_KIND);
            }
            if (type.equals("kubernetes_manifest") || type.equals("kubectl_manifest")) {
                manifests = true;
            }
            ResourceTypes.of(type).ifPresent(api -> kinds.add(api.kind()));
        }
        if (manifests) {
            kinds.addAll(KindLines.in(text));
            Matcher kind = MANIFEST_KIND.matcher(text);
            while (kind.find()) {
                kinds.add(kind.group(1));
            }
        }
        return kinds;
    }
}
