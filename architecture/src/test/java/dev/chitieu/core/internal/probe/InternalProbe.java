package dev.chitieu.core.internal.probe;

/** An internal class of core, for the rules' own tests. */
public class InternalProbe {}
