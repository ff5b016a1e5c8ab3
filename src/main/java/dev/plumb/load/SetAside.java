package dev.plumb.load;

import dev.plumb.model.FileCoverage;
import dev.plumb.model.SourceKind;
import dev.plumb.model.SourceType;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The loader of a source kind plumb does not read yet: it claims the files, so coverage names them,
 * and lists each as set aside with the reason. Replaced kind by kind as real loaders arrive.
 */
public final class SetAside implements SourceLoader {

    private final Set<SourceKind> kinds;
    private final SourceType type;
    private final String reason;
    private final String skipReason;
    private final Function<InputFile, Set<String>> mayDefine;

    /**
     * @param reason     the coverage reason, short ("not supported yet")
     * @param skipReason the sentence the skip list shows
     * @param mayDefine  the Kubernetes kinds a file of this kind may define once it is read
     */
    public SetAside(Set<SourceKind> kinds, SourceType type, String reason, String skipReason,
                    Function<InputFile, Set<String>> mayDefine) {
        this.kinds = Set.copyOf(kinds);
        this.type = type;
        this.reason = reason;
        this.skipReason = skipReason;
        this.mayDefine = mayDefine;
    }

    /** Ansible, Compose and the rest that define no Kubernetes objects plumb would miss. */
    public static Function<InputFile, Set<String>> definesNothing() {
        return file -> Set.of();
    }

    @Override
    public boolean claims(SourceKind kind, String path) {
        return kinds.contains(kind);
    }

    @Override
    public void load(List<InputFile> files, LoadContext context, LoadOutput output) {
        for (InputFile file : files) {
            output.setAside(file.path(), skipReason);
            output.cover(FileCoverage.notAnalysed(file.path(), type, reason, mayDefine.apply(file)));
        }
    }
}
