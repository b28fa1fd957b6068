/**
 * Viet Nam: the national plans, contributed by {@link dev.chitieu.vietnam.VietnamPlanProvider}: Decision No.
 * 411/QĐ-TTg (31 March 2022), the national strategy for the digital economy and digital society; Decision No.
 * 749/QĐ-TTg (3 June 2020), the national digital transformation programme; and the 2024 plan of activities of the
 * National Committee for Digital Transformation (Decision No. 58/QĐ-UBQGCĐS, 19 April 2024). Plan modules that
 * need no change in chitieu-core.
 */
package dev.chitieu.vietnam;
