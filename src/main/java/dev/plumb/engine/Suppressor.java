package dev.plumb.engine;

import dev.plumb.model.IgnoreAnnotation;
import dev.plumb.model.IgnoreDirective;
import dev.plumb.model.Platform;
import dev.plumb.model.Resource;
import dev.plumb.model.Workload;
import dev.plumb.result.Finding;
import dev.plumb.rule.Subject;
import dev.plumb.result.Suppression;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides whether a finding is silenced: an inline {@code # plumb:ignore} on or above its line,
 * a {@code plumb.dev/ignore} annotation on its object or pod template, or a {@code .plumb.yaml}
 * exception. An expired exception silences nothing and says so on the finding.
 */
final class Suppressor {

    private record CompiledException(ConfigException source, Glob path, Glob subject) {}

    private static final String REASONLESS_IGNORE_RULE = "ignore-without-reason";

    private final Platform platform;
    private final Map<String, List<IgnoreDirective>> directivesByFile = new HashMap<>();
    private final List<CompiledException> exceptions = new ArrayList<>();
    private final LocalDate today;

    Suppressor(Platform platform, List<ConfigException> configExceptions, LocalDate today) {
        this.platform = platform;
        this.today = today;
        for (IgnoreDirective directive : platform.ignoreDirectives()) {
            directivesByFile.computeIfAbsent(directive.position().file(), f -> new ArrayList<>()).add(directive);
        }
        for (ConfigException exception : configExceptions) {
            exceptions.add(new CompiledException(exception,
                    exception.path() == null ? null : Glob.of(exception.path()),
                    exception.subject() == null ? null : Glob.of(exception.subject())));
        }
    }

    Finding apply(Finding finding) {
        Optional<Suppression> inline = inline(finding);
        if (inline.isPresent()) {
            return finding.suppressed(inline.get());
        }
        Optional<Suppression> annotation = annotation(finding);
        if (annotation.isPresent()) {
            return finding.suppressed(annotation.get());
        }
        return configured(finding);
    }

    private Optional<Suppression> inline(Finding finding) {
        if (finding.rule().id().equals(REASONLESS_IGNORE_RULE)) {
            // A reasonless "# plumb:ignore all" must not hide the finding about itself.
            return Optional.empty();
        }
        for (IgnoreDirective directive : directivesByFile.getOrDefault(finding.file(), List.of())) {
            if (directive.targetLine() == finding.line() && directive.covers(finding.rule().id())) {
                return Optional.of(new Suppression("inline", directive.reason()));
            }
        }
        return Optional.empty();
    }

    private Optional<Suppression> annotation(Finding finding) {
        Subject subject = finding.subject();
        if (subject.isNone()) {
            return Optional.empty();
        }
        // Copies of an object (kustomize base and overlay) carry their own annotations: read the one in the finding's file.
        Optional<Resource> resource = platform.findNear(subject.kind(), subject.namespace(), subject.name(), finding.file());
        if (resource.isEmpty()) {
            return Optional.empty();
        }
        Optional<Suppression> onObject = fromAnnotations(resource.get().annotations(), finding);
        if (onObject.isPresent()) {
            return onObject;
        }
        return platform.workloadOf(resource.get()).flatMap(workload -> fromAnnotations(workload.templateAnnotations(), finding));
    }

    private static Optional<Suppression> fromAnnotations(Map<String, String> annotations, Finding finding) {
        String value = annotations.get(IgnoreAnnotation.KEY);
        if (value == null) {
            return Optional.empty();
        }
        IgnoreAnnotation annotation = IgnoreAnnotation.parse(value);
        return annotation.covers(finding.rule().id())
                ? Optional.of(new Suppression("annotation", annotation.reason()))
                : Optional.empty();
    }

    private Finding configured(Finding finding) {
        for (CompiledException exception : exceptions) {
            if (!matches(exception, finding)) {
                continue;
            }
            ConfigException source = exception.source();
            if (source.expiredOn(today)) {
                return finding.withNote("exception expired " + source.expires() + ": " + source.reason());
            }
            return finding.suppressed(new Suppression("config", source.reason(), source.expires()));
        }
        return finding;
    }

    private static boolean matches(CompiledException exception, Finding finding) {
        String rule = exception.source().rule();
        if (!rule.equals("*") && !rule.equals(finding.rule().id())) {
            return false;
        }
        boolean pathMatches = exception.path() == null || exception.path().matches(finding.file());
        boolean subjectMatches = exception.subject() == null
                || (!finding.subject().isNone() && exception.subject().matches(finding.subject().id()));
        return pathMatches && subjectMatches;
    }
}
