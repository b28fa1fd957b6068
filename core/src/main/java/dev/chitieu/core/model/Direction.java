package dev.chitieu.core.model;

/** Which way an indicator should move for the plan to succeed. */
public enum Direction {
  /** More is better (shares, counts, coverage). */
  INCREASE,
  /** Less is better (e.g. processing time, incidents). */
  DECREASE
}
