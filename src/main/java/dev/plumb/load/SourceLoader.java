package dev.plumb.load;

import dev.plumb.model.SourceKind;
import java.util.List;

/**
 * One source kind's loader: it claims the files it owns and reports, for each, what it made of it
 * (objects and artifacts into the {@link LoadOutput}, and one {@code FileCoverage}: analysed, in part,
 * or set aside with a reason). Coverage is built from these reports only.
 *
 * <p>Loaders run in the order the scan lists them; a later loader may read what earlier ones
 * produced through the output (Terraform asks which YAML files were manifests).
 */
public interface SourceLoader {

    /** True for a file this loader owns. Every file is offered to each loader in turn; the first claim wins. */
    boolean claims(SourceKind kind, String path);

    void load(List<InputFile> files, LoadContext context, LoadOutput output);

    /**
     * True for a loader with work to do even when it claimed no file: the chart loader renders charts
     * from the cache that releases other loaders found. Such a loader must cost nothing when it finds none.
     */
    default boolean runsWithoutFiles() {
        return false;
    }
}
