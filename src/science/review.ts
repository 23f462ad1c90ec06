/**
 * The month of the last review of the evidence (science spec §7), as an ISO year-month. The About
 * dialog, the references and the printed handout show it ("Evidence reviewed: December 2026"), each
 * language formatting it its own way; the next review changes this line only.
 */
export const EVIDENCE_REVIEWED = '2026-12';
