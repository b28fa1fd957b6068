/**
 * Viet Nam: the digital-economy targets of Decision No. 411/QĐ-TTg (31 March 2022), the national strategy for the
 * digital economy and digital society to 2025 with orientation to 2030, contributed by {@link
 * dev.chitieu.vietnam.VietnamPlanProvider}. A third plan module that needs no change in chitieu-core.
 */
package dev.chitieu.vietnam;
