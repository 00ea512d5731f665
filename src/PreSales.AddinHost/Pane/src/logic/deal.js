// A new deal and a new exchange as the deal file expects them (samples/deal.schema.json's required fields).

export const stages = ["discovery", "requirementAnalysis", "solutionRefinement", "negotiation", "contract"];

/** An id for a new deal: the project's ASCII words if it has some, else "deal", then the date and a short random tail. */
export function newDealId(project, now = new Date(), random = Math.random) {
  const words = String(project).normalize("NFKD").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 32);
  const day = now.toISOString().slice(0, 10).replaceAll("-", "");
  return `${words || "deal"}-${day}-${Math.floor(random() * 36 ** 4).toString(36).padStart(4, "0")}`;
}

/** The deal body for the form, or { missing } naming the first empty required field. */
export function newDeal(form, now = new Date()) {
  for (const field of ["customer", "industry", "project", "ourCompany"])
    if (!String(form[field] ?? "").trim()) return { missing: field };
  const project = form.project.trim();
  return {
    deal: {
      id: newDealId(project, now),
      name: `${form.customer.trim()} ${project}`,
      language: form.language === "en-US" ? "en-US" : "zh-CN",
      ourCompany: form.ourCompany.trim(),
      customer: { name: form.customer.trim(), industry: form.industry.trim() },
      project: { name: project },
      stage: stages.includes(form.stage) ? form.stage : "discovery",
    },
  };
}

/** A planned exchange for the form, or { missing }. */
export function newExchange(form, stage) {
  if (!String(form.title ?? "").trim()) return { missing: "title" };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(form.date ?? "")) return { missing: "date" };
  const minutes = Number(form.durationMinutes);
  return {
    exchange: {
      date: form.date,
      kind: form.kind === "informal" ? "informal" : "formal",
      status: "planned",
      stage: stages.includes(stage) ? stage : "discovery",
      title: form.title.trim(),
      ...(Number.isInteger(minutes) && minutes >= 1 && minutes <= 1440 ? { durationMinutes: minutes } : {}),
    },
  };
}
