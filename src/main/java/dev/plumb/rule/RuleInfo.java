package dev.plumb.rule;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A rule's metadata, written on its class: the catalogue, the docs and every report read it from here. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {

    /** kebab-case, naming the problem. */
    String id();

    /** Sentence case, at most eight words. */
    String title();

    Category category();

    Severity severity();

    Effort effort();

    /** Why it matters: the "Impact" of a concern. */
    String rationale();

    /** What to do, in the imperative: the "Fix approach". */
    String fix();

    String[] references() default {};

    /**
     * The same check in other scanners, as {@code tool:check-id} ({@code polaris:tagNotSpecified},
     * {@code kube-score:container-image-tag}, {@code kube-linter:latest-tag}, {@code checkov:CKV_K8S_14}),
     * so a team moving from one of them can map its suppressions. Only checks that judge the same thing.
     */
    String[] equivalents() default {};
}
