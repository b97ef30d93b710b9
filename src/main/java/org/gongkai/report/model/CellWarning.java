package org.gongkai.report.model;

/** A cell that could not be read, or was left blank; {@code cell} may name a whole table. */
public record CellWarning(String cell, String message) {}
