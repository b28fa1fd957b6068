/** Judging targets: {@link dev.chitieu.core.assess.Assessment} and its results, statuses, evidence, projections and the SDG progress measure. */
package dev.chitieu.core.assess;
