package dev.chitieu.survey;

/** What a respondent's level is read from. The criteria set declares it; nothing in code assumes one. */
public enum LevelBasis {
  /** The level the total score reaches. */
  TOTAL,
  /** The lowest level any pillar's own score reaches: every pillar must reach a level for the respondent to. */
  LOWEST_PILLAR
}
