package dev.plumb.model;

/** A Service an Ingress routes to, with the port as written (name or number) and where the reference is. */
public record BackendRef(String serviceName, String port, Node node) {}
