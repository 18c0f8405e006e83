// Hand-written explanations, shown in the report only when the matching budget is missed.
// Keep them true to the latest full run; each says why, with the measurement, and what would meet it.

/** Explanation per budget id (see budgets.mjs). */
export const EXPLANATIONS = {}
