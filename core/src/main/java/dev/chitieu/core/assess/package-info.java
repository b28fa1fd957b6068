/**
 * Judging targets: {@link dev.chitieu.core.assess.Assessor} gives an {@link dev.chitieu.core.assess.Assessment} of a
 * plan (statuses, evidence, projections, explanations in Vietnamese and English), and {@link
 * dev.chitieu.core.assess.Progress} computes the SDG progress measure national platforms publish (Open SDG,
 * sdg-build 2.4.0) for any yearly series. The rules are in {@code docs/assessment.md}.
 */
package dev.chitieu.core.assess;
