package dev.plumb.load.helmfile;

import dev.plumb.load.terraform.RepoPaths;
import dev.plumb.load.terraform.RepositoryFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * helmfile's paths may be globs ({@code apps/*}{@code /helmfile.yaml}, {@code environments/default/*.yaml}):
 * plumb expands {@code *} and {@code ?} segment by segment, inside the scanned root only.
 */
final class Globs {

    private Globs() {
    }

    /** The root-relative paths {@code written} names from {@code directory}, sorted; null when it leaves the root. */
    static List<String> expand(RepositoryFiles files, String directory, String written) {
        String resolved = RepoPaths.resolve(directory, written);
        if (resolved == null) {
            return null;
        }
        if (!resolved.contains("*") && !resolved.contains("?")) {
            return List.of(resolved);
        }
        List<String> found = new ArrayList<>();
        expand(files, "", resolved.split("/"), 0, found);
        return found.stream().sorted().toList();
    }

    private static void expand(RepositoryFiles files, String folder, String[] segments, int index, List<String> found) {
        String segment = segments[index];
        boolean last = index == segments.length - 1;
        List<String> names;
        if (segment.contains("*") || segment.contains("?")) {
            Pattern pattern = Pattern.compile(("\\Q" + segment + "\\E").replace("*", "\\E[^/]*\\Q").replace("?", "\\E[^/]\\Q"));
            names = (last ? files.list(folder) : files.directories(folder)).stream()
                    .filter(name -> pattern.matcher(name).matches()).toList();
        } else {
            names = List.of(segment);
        }
        for (String name : names) {
            String path = folder.isEmpty() ? name : folder + "/" + name;
            if (last) {
                found.add(path);
            } else {
                expand(files, path, segments, index + 1, found);
            }
        }
    }
}
