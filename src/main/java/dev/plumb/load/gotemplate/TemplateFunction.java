package dev.plumb.load.gotemplate;

import java.util.List;

/** A function a template may call; it throws {@link FunctionException} to refuse its arguments. */
@FunctionalInterface
public interface TemplateFunction {

    Object call(List<Object> arguments, Invocation invocation);

    /** Where a function is called from, and the execution it may render more templates in ({@code tpl}). */
    record Invocation(Execution execution, String name, int line, int column) {}
}
