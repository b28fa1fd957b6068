/**
 * Files of surveys: criteria sets as YAML files ({@link dev.chitieu.survey.io.CriteriaFile}, with the bundled
 * national set), responses as CSV tables and filled .xlsx forms ({@link dev.chitieu.survey.io.ResponseCsv}, {@link
 * dev.chitieu.survey.io.SurveyForm}), and the mapping of results into plan measurements ({@link
 * dev.chitieu.survey.io.MappingFile}). Every reader reports every problem with its file, line and column (or sheet
 * and cell) and what would be right.
 */
package dev.chitieu.survey.io;
