package dev.plumb.load.terraform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openrewrite.hcl.tree.BodyContent;
import org.openrewrite.hcl.tree.Hcl;

/** The {@code .tf} files of one directory: one Terraform module, its declarations indexed by name. */
final class Stack {

    /** A {@code locals} entry: its expression and the file it is written in. */
    record Definition(Hcl.Attribute attribute, Locator locator) {}

    private final String directory;
    private final Map<String, HclBlock> variables = new LinkedHashMap<>();
    private final Map<String, Definition> locals = new LinkedHashMap<>();
    private final Map<String, HclBlock> resources = new LinkedHashMap<>();
    private final Map<String, HclBlock> modules = new LinkedHashMap<>();
    private final Map<String, HclBlock> outputs = new LinkedHashMap<>();

    Stack(String directory, List<HclFile> files) {
        this.directory = directory;
        for (HclFile file : files) {
            for (HclBlock block : file.blocks()) {
                switch (block.type()) {
                    case "variable" -> variables.putIfAbsent(block.label(0), block);
                    case "resource" -> resources.putIfAbsent(block.label(0) + "." + block.label(1), block);
                    case "module" -> modules.putIfAbsent(block.label(0), block);
                    case "output" -> outputs.putIfAbsent(block.label(0), block);
                    case "locals" -> addLocals(block);
                    default -> { }
                }
            }
        }
    }

    private void addLocals(HclBlock block) {
        if (block.syntax() == null) {
            return;
        }
        for (BodyContent content : block.syntax().block().getBody()) {
            if (content instanceof Hcl.Attribute attribute) {
                String name = StaticText.ofKey(attribute.getName());
                if (name != null) {
                    locals.putIfAbsent(name, new Definition(attribute, block.syntax().locator()));
                }
            }
        }
    }

    String directory() {
        return directory;
    }

    HclBlock variable(String name) {
        return variables.get(name);
    }

    Definition local(String name) {
        return locals.get(name);
    }

    HclBlock resource(String address) {
        return resources.get(address);
    }

    List<HclBlock> resources() {
        return new ArrayList<>(resources.values());
    }

    HclBlock module(String name) {
        return modules.get(name);
    }

    List<HclBlock> modules() {
        return new ArrayList<>(modules.values());
    }

    Map<String, HclBlock> outputs() {
        return outputs;
    }

    /** An argument of a block as written, or null. */
    static Hcl.Attribute attribute(HclBlock block, String name) {
        if (block.syntax() == null) {
            return null;
        }
        for (BodyContent content : block.syntax().block().getBody()) {
            if (content instanceof Hcl.Attribute attribute && name.equals(StaticText.ofKey(attribute.getName()))) {
                return attribute;
            }
        }
        return null;
    }

    /** A local module source ({@code ./x}, {@code ../modules/x}): Terraform reads it from this repository. */
    static boolean isLocalSource(String source) {
        return source.startsWith("./") || source.startsWith("../") || source.equals(".") || source.equals("..");
    }
}
