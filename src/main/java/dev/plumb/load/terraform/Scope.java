package dev.plumb.load.terraform;

import dev.plumb.model.Node;
import dev.plumb.model.Position;
import java.util.HashMap;
import java.util.Map;

/** What names mean where an expression is evaluated: a stack instance, and the names loops and templates bind inside it. */
interface Scope {

    /** A name bound by an enclosing {@code for}, {@code dynamic} block, {@code count}/{@code for_each} or template; null when not bound. */
    Node bound(String name);

    /** {@code var.x}, {@code local.x}, {@code path.module}, {@code module.x}, {@code type.name}: the value, Unknown when not known. */
    Node reference(String root, String name, Position at);

    /** The root stack's directory, root-relative: where Terraform runs, so where relative file paths start. */
    String workingDirectory();

    Evaluation evaluation();

    default Scope with(String name, Node value) {
        Map<String, Node> names = new HashMap<>(2);
        names.put(name, value);
        return with(names);
    }

    default Scope with(Map<String, Node> names) {
        Scope outer = this;
        return new Scope() {
            @Override
            public Node bound(String name) {
                Node value = names.get(name);
                return value != null ? value : outer.bound(name);
            }

            @Override
            public Node reference(String root, String name, Position at) {
                return outer.reference(root, name, at);
            }

            @Override
            public String workingDirectory() {
                return outer.workingDirectory();
            }

            @Override
            public Evaluation evaluation() {
                return outer.evaluation();
            }
        };
    }

    /** Only the names given: a template sees the variables passed to it and nothing of the stack. */
    static Scope isolated(Map<String, Node> names, String workingDirectory, Evaluation evaluation) {
        return new Scope() {
            @Override
            public Node bound(String name) {
                return names.get(name);
            }

            @Override
            public Node reference(String root, String name, Position at) {
                return Values.unknown(at);
            }

            @Override
            public String workingDirectory() {
                return workingDirectory;
            }

            @Override
            public Evaluation evaluation() {
                return evaluation;
            }
        };
    }
}
