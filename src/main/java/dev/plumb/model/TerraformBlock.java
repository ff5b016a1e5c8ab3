package dev.plumb.model;

import java.util.List;

/**
 * A top-level block of a Terraform file, whatever it declares: {@code terraform}, {@code provider},
 * {@code module}, {@code resource "helm_release" "x"}… Its body keeps the positions of its
 * attributes; nested blocks are lists of bodies; values plumb cannot evaluate are unknown.
 *
 * @param file relative to the scanned root, '/'-separated
 */
public record TerraformBlock(String file, String type, List<String> labels, MapNode body, Position position) {

    public TerraformBlock {
        labels = List.copyOf(labels);
    }

    /** The label at {@code index} ("helm_release" of {@code resource "helm_release" "x"}), or "". */
    public String label(int index) {
        return index < labels.size() ? labels.get(index) : "";
    }

    /** {@code resource.helm_release.x}, {@code module.grafana_ingress}: how Terraform itself names it. */
    public String address() {
        return type.equals("resource") ? String.join(".", labels) : type + (labels.isEmpty() ? "" : "." + String.join(".", labels));
    }
}
