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
}
