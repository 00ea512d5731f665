// The review report (the CLI's review --format json) grouped for the pane: the deck's own findings, then slide by slide.

const order = { error: 0, warning: 1, tip: 2 };

/** [{ slide: null | n, findings }] with the whole deck first, then slides in order, errors first within each. */
export function bySlide(report) {
  const groups = new Map();
  for (const finding of report?.findings ?? []) {
    const key = Number.isInteger(finding.slide) ? finding.slide : null;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(finding);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === null ? -1 : b === null ? 1 : a - b))
    .map(([slide, findings]) => ({
      slide,
      findings: [...findings].sort((x, y) => (order[x.severity] ?? 3) - (order[y.severity] ?? 3)),
    }));
}

/**
 * Speaking time against the slot: { minutes, slot, over, fits } (slot null when the review had no exchange to go by);
 * it fits within a tenth of the slot either way, the tolerance the planner and the review's timing rule use.
 */
export function speakingTime(report) {
  const minutes = Number(report?.estimatedMinutes) || 0;
  const slot = Number.isFinite(report?.allottedMinutes) ? report.allottedMinutes : null;
  const over = slot === null ? null : Math.round((minutes - slot) * 10) / 10;
  return { minutes, slot, over, fits: slot === null ? null : Math.abs(minutes - slot) <= slot * 0.1 };
}
