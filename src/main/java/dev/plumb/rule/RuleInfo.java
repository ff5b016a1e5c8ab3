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

    /**
     * True when a finding means something does not work as written today — a reference to an object
     * that is not there, a selector that selects nothing, an API the cluster no longer serves, a file
     * that does not parse: the concerns audit lists it under Known Bugs rather than by category.
     */
    boolean knownBug() default false;

    /**
     * The concerns-audit theme this rule is told in, with the other rules of one story
     * ("health-probes": "only 5 of 8 workloads define both probes"). Not the catalogue folder. The
     * theme's title and text are the report's ({@code report/concerns/Theme}); empty: a concern of its own.
     */
    String theme() default "";

    /** Within {@link #theme()}, the few words that say what is missing at a location ("no livenessProbe"). */
    String themeDetail() default "";

    /**
     * The compliance controls a finding of this rule makes ✘, by the ids {@code .plumb.yaml} uses
     * under {@code compliance.controls} ("probes", "network-policy").
     */
    String[] controls() default {};

    /** What the concerns audit counts the findings in, when not the workloads or objects they name. */
    Counted counted() default Counted.SUBJECTS;

    /** With {@link Counted#IMAGE_REFERENCES}: what each counted reference does ("use a mutable tag"). */
    String predicate() default "";
}
