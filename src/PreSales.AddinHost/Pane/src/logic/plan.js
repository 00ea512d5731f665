// Editing the deck plan (the engine's plan JSON) in the pane: pure functions, each returning a new plan.

const withSlides = (plan, slides) => ({ ...plan, slides });

/** The plan with slide i moved by delta (-1 up, +1 down); unchanged at either end. */
export function moveSlide(plan, i, delta) {
  const j = i + delta;
  if (i < 0 || j < 0 || i >= plan.slides.length || j >= plan.slides.length) return plan;
  const slides = [...plan.slides];
  [slides[i], slides[j]] = [slides[j], slides[i]];
  return withSlides(plan, slides);
}

/** The plan without slide i. */
export const dropSlide = (plan, i) => withSlides(plan, plan.slides.filter((_, k) => k !== i));

/** The plan with slide i changed: title, minutes (the speaker notes' time budget) or body (one point a line). */
export function editSlide(plan, i, change) {
  const slides = plan.slides.map((slide, k) => {
    if (k !== i) return slide;
    let next = { ...slide };
    if (change.title !== undefined) next.title = change.title;
    if (change.minutes !== undefined) {
      const minutes = Number(change.minutes);
      next.notes = { talkTrack: slide.notes?.talkTrack ?? "", ...slide.notes, minutes: Number.isFinite(minutes) && minutes >= 0 ? minutes : 0 };
    }
    if (change.body !== undefined) next.body = linesToBody(change.body, slide.body ?? []);
    return next;
  });
  return withSlides(plan, slides);
}

/** One line a point: keeps a point's level when its text is unchanged, a leading run of spaces (two each) sets it. */
function linesToBody(text, old) {
  const levels = new Map(old.map((item) => [item.text, item.level ?? 0]));
  return text.split(/\r?\n/).filter((line) => line.trim().length > 0).map((line) => {
    const indent = /^( *)/.exec(line)[1].length;
    const trimmed = line.trim();
    return { text: trimmed, level: indent >= 2 ? Math.min(2, Math.floor(indent / 2)) : levels.get(trimmed) ?? 0 };
  });
}

/** The body as the lines the editor shows. */
export const bodyToLines = (body = []) => body.map((item) => `${"  ".repeat(item.level ?? 0)}${item.text}`).join("\n");

/** Minutes planned against the exchange's slot: { total, slot, over } (over ≤ 0 when it fits). */
export function timeAgainstSlot(plan) {
  const total = round(plan.slides.reduce((sum, slide) => sum + (Number(slide.notes?.minutes) || 0), 0));
  const slot = Number(plan.durationMinutes) || 0;
  return { total, slot, over: round(total - slot) };
}

const round = (n) => Math.round(n * 10) / 10;

/** The plan with steps 1–4 of the routine changed (goal, theme, structure lines, an audience member's lists). */
export function editBrief(plan, change) {
  const brief = { ...plan.brief };
  if (change.goal !== undefined) brief.goal = change.goal;
  if (change.theme !== undefined) brief.theme = change.theme;
  if (change.structure !== undefined) brief.structure = lines(change.structure);
  if (change.audience !== undefined) {
    const { index, hotButtons, concerns } = change.audience;
    brief.audience = (brief.audience ?? []).map((member, k) => k !== index ? member : {
      ...member,
      ...(hotButtons !== undefined ? { hotButtons: lines(hotButtons) } : {}),
      ...(concerns !== undefined ? { concerns: lines(concerns) } : {}),
    });
  }
  return { ...plan, brief };
}

/** Non-empty trimmed lines. */
export const lines = (text) => String(text ?? "").split(/\r?\n/).map((l) => l.trim()).filter((l) => l.length > 0);

/** Each slide's key for the editor: a symbol, so it survives edits ({...slide}) and never reaches the JSON sent back. */
export const slideKey = Symbol("slideKey");

/** The plan with a key on each slide. */
export const withKeys = (plan) => ({ ...plan, slides: (plan.slides ?? []).map((slide, i) => ({ ...slide, [slideKey]: i })) });

