// The minutes form ↔ the deal file's exchange object (docs/api.md: an exchange is the deal file's exchange object).
import { lines } from "./plan.js";

export const questionKinds = ["information", "capability", "trap", "coaching"];

/** A stakeholder's name for its id (attendees and askers linked to the deal's stakeholders carry only the id). */
export const personName = (stakeholders, idOrName) => stakeholders?.find((s) => s.id === idOrName)?.name ?? idOrName ?? "";

/** The stakeholder's id for a name typed (or kept) in the form, else null. */
const stakeholderFor = (stakeholders, name) => stakeholders?.find((s) => s.name === name || s.id === name) ?? null;

/** "name, title" as it is written: a Chinese name takes the full-width comma ("李振华\uff0c分公司总经理"). */
const person = (...parts) => {
  const shown = parts.filter(Boolean);
  return shown.join(/[\u4e00-\u9fff]/.test(shown[0] ?? "") ? "\uff0c" : ", ");
};

/** The form's state for an exchange: lists become text with one item a line, so typing is never cut short. */
export function formFrom(exchange = {}, stakeholders = []) {
  const join = (list) => (list ?? []).join("\n");
  return {
    agenda: join(exchange.agenda),
    customerAttendees: (exchange.customerAttendees ?? [])
      .map((a) => person(a.name ?? personName(stakeholders, a.stakeholderId), a.title)).join("\n"),
    ourAttendees: (exchange.ourAttendees ?? []).map((a) => person(a.name, a.role)).join("\n"),
    strategy: exchange.strategy ?? "",
    content: exchange.content ?? "",
    interests: join(exchange.customerInterests),
    questions: (exchange.questions ?? []).map((q) => ({
      question: q.question ?? "", kind: q.kind ?? "information", askedBy: personName(stakeholders, q.askedBy), answer: q.answer ?? "",
    })),
    infoCustomer: join(exchange.information?.customer),
    infoCompetitors: join(exchange.information?.competitors),
    infoOther: join(exchange.information?.other),
    materials: join(exchange.materials),
    whatWorked: join(exchange.whatWorked),
    lessons: join(exchange.lessons),
    nextFocus: join(exchange.nextFocus),
    actions: (exchange.actionItems ?? []).map((a) => ({ item: a.item ?? "", owner: a.owner ?? "", due: a.due ?? "", status: a.status ?? "open" })),
    held: (exchange.status ?? "held") === "held",
  };
}

/** "name, title" (or full-width "，"/"、") split once. */
const pair = (line) => {
  const at = line.search(/[,，、]/);
  return at < 0 ? [line.trim(), ""] : [line.slice(0, at).trim(), line.slice(at + 1).trim()];
};

/**
 * The exchange with the form applied, or { problems } naming each incomplete row (a question without its text, an
 * action item without its owner): nothing is dropped in silence.
 */
export function applyForm(exchange, form, stakeholders = []) {
  const problems = [];
  form.questions.forEach((q, i) => {
    const empty = !q.question.trim() && !q.answer.trim() && !q.askedBy.trim();
    if (!empty && !q.question.trim()) problems.push({ what: ["minutes.question", i + 1], field: "minutes.question" });
  });
  form.actions.forEach((a, i) => {
    const empty = !a.item.trim() && !a.owner.trim() && !a.due;
    if (empty) return;
    if (!a.item.trim()) problems.push({ what: ["minutes.item", i + 1], field: "minutes.item" });
    if (!a.owner.trim()) problems.push({ what: ["minutes.item", i + 1], field: "minutes.owner" });
  });
  if (problems.length > 0) return { problems };
  const optional = (s) => (s.trim() ? s.trim() : undefined);
  return {
    exchange: {
      ...exchange,
      status: form.held ? "held" : "planned",
      agenda: lines(form.agenda),
      customerAttendees: lines(form.customerAttendees).map((l) => {
        const [name, title] = pair(l);
        const known = stakeholderFor(stakeholders, name);
        if (known) return { stakeholderId: known.id, ...(title && title !== known.title ? { title } : {}) };
        return { name, ...(title ? { title } : {}) };
      }),
      ourAttendees: lines(form.ourAttendees).map((l) => {
        const [name, role] = pair(l);
        return { name, ...(role ? { role } : {}) };
      }),
      strategy: optional(form.strategy),
      content: optional(form.content),
      customerInterests: lines(form.interests),
      questions: form.questions.filter((q) => q.question.trim()).map((q) => ({
        question: q.question.trim(), kind: q.kind,
        ...(q.askedBy.trim() ? { askedBy: stakeholderFor(stakeholders, q.askedBy.trim())?.id ?? q.askedBy.trim() } : {}),
        ...(q.answer.trim() ? { answer: q.answer.trim() } : {}),
      })),
      information: { customer: lines(form.infoCustomer), competitors: lines(form.infoCompetitors), other: lines(form.infoOther) },
      materials: lines(form.materials),
      whatWorked: lines(form.whatWorked),
      lessons: lines(form.lessons),
      nextFocus: lines(form.nextFocus),
      actionItems: form.actions.filter((a) => a.item.trim()).map((a) => ({
        item: a.item.trim(), owner: a.owner.trim(), ...(a.due ? { due: a.due } : {}), status: a.status || "open",
      })),
    },
  };
}
