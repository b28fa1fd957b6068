/**
 * Self-assessment surveys against a standard set of criteria: the criteria set (pillars, components, criteria, answer
 * scales, weights and levels, each part cited or marked as not stated by its sources), and the responses of the
 * businesses that assessed themselves. Reading and writing files is in {@code dev.chitieu.survey.io}; scores, levels,
 * aggregates and the mapping into plan measurements are in {@code dev.chitieu.survey.score}.
 *
 * <p>Every type here is immutable and thread-safe unless its documentation says otherwise.
 */
package dev.chitieu.survey;
