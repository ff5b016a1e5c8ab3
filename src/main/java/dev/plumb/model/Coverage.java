package dev.plumb.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the scan analysed, in part or not at all, per source type: built from the loaders' per-file
 * reports, so every report can say what plumb saw before it says what it found.
 */
public final class Coverage {

    /** Files of one source type that share a status and a reason: "46 Ansible files, not supported yet". */
    public record Group(SourceType type, FileCoverage.Status status, String reason, List<String> paths, Set<String> units) {

        public int files() {
            return paths.size();
        }
    }

    /** One source type's numbers. */
    public record OfType(SourceType type, int files, int analysed, int partial, int notAnalysed, List<Group> groups) {}

    public static final Coverage NONE = new Coverage(List.of());

    private final List<FileCoverage> files;
    private final LiveScopes live;

    public Coverage(List<FileCoverage> files) {
        this(files, LiveScopes.ALL_LIVE);
    }

    /** @param live the retired and test folders; their files are counted as not analysed, for that reason */
    public Coverage(List<FileCoverage> files, LiveScopes live) {
        this.files = files.stream().sorted(Comparator.comparing(FileCoverage::path)).toList();
        this.live = live;
    }

    /** True when {@code path} is part of the running platform, not retired or test content. */
    public boolean isLive(String path) {
        return live.isLive(path);
    }

    /**
     * True when every live infrastructure file was analysed in full: only then can a rule say the
     * repository lacks something as a whole.
     */
    public boolean sawAllLive() {
        return files.stream().allMatch(file -> file.status() == FileCoverage.Status.ANALYSED || !live.isLive(file.path()));
    }

    public List<FileCoverage> files() {
        return files;
    }

    /** Infrastructure files in all. */
    public int total() {
        return files.size();
    }

    public int count(FileCoverage.Status status) {
        return (int) files.stream().filter(file -> file.status() == status).count();
    }

    public boolean isEmpty() {
        return files.isEmpty();
    }

    /** True when every infrastructure file was analysed in full. */
    public boolean complete() {
        return files.stream().allMatch(file -> file.status() == FileCoverage.Status.ANALYSED);
    }

    /** Each source type present, in the enum's order. */
    public List<OfType> byType() {
        Map<SourceType, List<FileCoverage>> byType = new EnumMap<>(SourceType.class);
        files.forEach(file -> byType.computeIfAbsent(file.type(), type -> new ArrayList<>()).add(file));
        List<OfType> types = new ArrayList<>();
        byType.forEach((type, ofType) -> types.add(new OfType(type, ofType.size(),
                count(ofType, FileCoverage.Status.ANALYSED), count(ofType, FileCoverage.Status.PARTIAL),
                count(ofType, FileCoverage.Status.NOT_ANALYSED), groups(type, ofType))));
        return types;
    }

    /** Every group not analysed in full, largest first: what the reports name in words. */
    public List<Group> gaps() {
        List<Group> gaps = new ArrayList<>();
        byType().forEach(type -> gaps.addAll(type.groups()));
        gaps.sort(Comparator.comparing((Group group) -> group.status() == FileCoverage.Status.PARTIAL)
                .thenComparing(Comparator.comparingInt(Group::files).reversed()));
        return gaps;
    }

    private static int count(List<FileCoverage> files, FileCoverage.Status status) {
        return (int) files.stream().filter(file -> file.status() == status).count();
    }

    private static List<Group> groups(SourceType type, List<FileCoverage> files) {
        Map<String, List<FileCoverage>> byReason = new LinkedHashMap<>();
        for (FileCoverage file : files) {
            if (file.status() != FileCoverage.Status.ANALYSED) {
                byReason.computeIfAbsent(file.status() + "\u0000" + file.reason(), key -> new ArrayList<>()).add(file);
            }
        }
        List<Group> groups = new ArrayList<>();
        for (List<FileCoverage> same : byReason.values()) {
            Set<String> units = new LinkedHashSet<>();
            same.forEach(file -> {
                if (!file.unit().isEmpty()) {
                    units.add(file.unit());
                }
            });
            groups.add(new Group(type, same.get(0).status(), same.get(0).reason(),
                    same.stream().map(FileCoverage::path).toList(), units));
        }
        return groups;
    }
}
