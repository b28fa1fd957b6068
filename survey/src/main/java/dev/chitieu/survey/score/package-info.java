/**
 * Scores and levels of self-assessments: per respondent, criterion → component → pillar → total → level, each
 * explained; aggregates per commune, sector, size class and province; and the declared mapping of survey results
 * into measurements of a plan's indicators. Every type is immutable and thread-safe unless said otherwise.
 */
package dev.chitieu.survey.score;
