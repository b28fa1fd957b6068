/**
 * The model of a plan: {@link dev.chitieu.core.model.Plan}, its indicators, targets, scopes, periods, units and ids,
 * in Vietnamese and English. Values only: immutable, thread-safe, no I/O.
 */
package dev.chitieu.core.model;
