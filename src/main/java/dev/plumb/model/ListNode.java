package dev.plumb.model;

import java.util.List;

/** A sequence. */
public final class ListNode extends Node {

    private final List<Node> elements;

    public ListNode(Position start, int endLine, List<Node> elements) {
        super(start, endLine);
        this.elements = List.copyOf(elements);
    }

    @Override
    public Node get(int index) {
        return index >= 0 && index < elements.size() ? elements.get(index) : MissingNode.INSTANCE;
    }

    @Override
    public boolean isList() {
        return true;
    }

    @Override
    public List<Node> elements() {
        return elements;
    }

    @Override
    public String toString() {
        return elements.toString();
    }
}
