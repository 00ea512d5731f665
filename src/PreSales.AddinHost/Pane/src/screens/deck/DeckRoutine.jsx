// PowerPoint: the eight-step routine as a guided sequence. Steps 1–4 edit the plan's brief, step 5 the slides
// (reorder, drop, edit, minutes against the slot), then the deck is generated and inserted after the selected slide.
import { useEffect, useState } from "react";
import { Button, Field, Input, Select, Text, Textarea } from "@fluentui/react-components";
import { exchangeIdOf } from "../../api/client.js";
import { bodyToLines, dropSlide, editBrief, editSlide, moveSlide, slideKey, timeAgainstSlot, withKeys } from "../../logic/plan.js";
import { deliverSlides } from "../shared/deliver.js";
import { TaskStatus, useTask } from "../shared/task.jsx";
import { usePane } from "../shared/context.js";

const steps = ["routine.step1", "routine.step2", "routine.step3", "routine.step4", "routine.step5"];

export function DeckRoutine() {
  const pane = usePane();
  const { t, api, deal, exchangeIndex, host } = pane;
  const [plan, setPlan] = useState(null);
  const [step, setStep] = useState(0);
  const [templates, setTemplates] = useState([]);
  const [template, setTemplate] = useState("");
  const load = useTask();
  const generate = useTask();

  const loadPlan = () => load.run(async () => {
    setPlan(withKeys(await api.deckPlan(deal.id, exchangeIdOf(exchangeIndex))));
    setStep(0);
  });
  // The team's deck templates (the built-in one and those uploaded); the default is chosen until the user picks another.
  useEffect(() => {
    api.listTemplates("deck").then((list) => {
      setTemplates(list);
      setTemplate(list.find((x) => x.isDefault)?.id ?? "");
    }).catch(() => setTemplates([]));
  }, [api]);
  useEffect(() => {
    setPlan(null);
    if (deal && exchangeIndex !== null) loadPlan();
  }, [deal?.id, exchangeIndex]); // eslint-disable-line react-hooks/exhaustive-deps

  if (!deal || exchangeIndex === null) return <Text as="p">{t("needDeal")}</Text>;
  const go = (n) => setStep(Math.max(0, Math.min(steps.length - 1, n)));

  return (
    <section aria-labelledby="routine-title">
      <h2 id="routine-title">{t("routine.title")}</h2>
      <TaskStatus task={load} />
      {!plan && !load.busy && <Button onClick={loadPlan}>{t("routine.load")}</Button>}
      {plan && (
        <>
          <nav aria-label={t("routine.steps")}>
            <ol className="steps">
              {steps.map((key, i) => (
                <li key={key}>
                  <Button size="small" appearance={i === step ? "primary" : "subtle"} aria-current={i === step ? "step" : undefined}
                    onClick={() => go(i)}>{t(key)}</Button>
                </li>
              ))}
            </ol>
          </nav>
          <div className="step" data-testid={`step-${step + 1}`}>
            {step === 0 && <GoalStep plan={plan} setPlan={setPlan} />}
            {step === 1 && <AudienceStep plan={plan} setPlan={setPlan} />}
            {step === 2 && (
              <Field label={t("routine.theme")}>
                <Textarea value={plan.brief?.theme ?? ""} resize="vertical" onChange={(_, d) => setPlan((p) => editBrief(p, { theme: d.value }))} />
              </Field>
            )}
            {step === 3 && (
              <Field label={t("routine.structure")}>
                <Textarea rows={6} resize="vertical" value={(plan.brief?.structure ?? []).join("\n")}
                  onChange={(_, d) => setPlan((p) => editBrief(p, { structure: d.value }))} />
              </Field>
            )}
            {step === 4 && <SlidesStep plan={plan} setPlan={setPlan} />}
            {step === 4 && templates.length > 1 && (
              <Field label={t("routine.template")} hint={t(host === "PowerPoint" ? "routine.templateHelp" : "routine.templateHelpDownload")}>
                <Select data-testid="template-select" value={template} onChange={(_, d) => setTemplate(d.value)}>
                  {templates.map((x) => <option key={x.id} value={x.id}>{x.builtin ? t("routine.builtinTemplate") : x.name}</option>)}
                </Select>
              </Field>
            )}
          </div>
          <div className="row">
            <Button disabled={step === 0} onClick={() => go(step - 1)}>{t("routine.back")}</Button>
            {step < steps.length - 1 && <Button appearance="primary" onClick={() => go(step + 1)}>{t("routine.next")}</Button>}
            {step === steps.length - 1 && (
              <Button appearance="primary" disabled={generate.busy || plan.slides.length === 0} data-testid="generate"
                onClick={() => generate.run(async () => deliverSlides(pane, await api.deckFromPlan(deal.id, exchangeIdOf(exchangeIndex), plan, template || undefined), plan.slides.length))}>
                {t(host === "PowerPoint" ? "routine.generate" : "routine.generateDownload")}
              </Button>
            )}
          </div>
          <TaskStatus task={generate} />
          {step === steps.length - 1 && <Text as="p" size={200} className="hint">{t("routine.after")}</Text>}
        </>
      )}
    </section>
  );
}

function GoalStep({ plan, setPlan }) {
  const { t } = usePane();
  return (
    <Field label={t("routine.goal")} hint={t("routine.goalHelp")}>
      <Textarea rows={3} resize="vertical" value={plan.brief?.goal ?? ""} onChange={(_, d) => setPlan((p) => editBrief(p, { goal: d.value }))} />
    </Field>
  );
}

function AudienceStep({ plan, setPlan }) {
  const { t } = usePane();
  const audience = plan.brief?.audience ?? [];
  if (audience.length === 0) return <Text as="p">{t("routine.noAudience")}</Text>;
  return (
    <ul className="plain">
      {audience.map((member, index) => (
        <li key={index} className="card">
          <Text weight="semibold" as="h3">{[member.name, member.title].filter(Boolean).join(" · ")}</Text>
          <Field label={`${t("routine.hotButtons")} — ${member.name}`}>
            <Textarea resize="vertical" value={(member.hotButtons ?? []).join("\n")}
              onChange={(_, d) => setPlan((p) => editBrief(p, { audience: { index, hotButtons: d.value } }))} />
          </Field>
          <Field label={`${t("routine.concerns")} — ${member.name}`}>
            <Textarea resize="vertical" value={(member.concerns ?? []).join("\n")}
              onChange={(_, d) => setPlan((p) => editBrief(p, { audience: { index, concerns: d.value } }))} />
          </Field>
        </li>
      ))}
    </ul>
  );
}

function SlidesStep({ plan, setPlan }) {
  const { t } = usePane();
  const [editing, setEditing] = useState(null);
  const time = timeAgainstSlot(plan);
  if (plan.slides.length === 0) return <Text as="p">{t("plan.empty")}</Text>;
  return (
    <>
      <h3>{t("plan.slides")}</h3>
      <p className={time.over > 0 ? "over" : "fits"} data-testid="plan-time">
        {t("plan.total", { total: time.total, slot: time.slot })}{" "}
        {time.over > 0 ? t("plan.over", { over: time.over }) : t("plan.fits")}
      </p>
      <ol className="plan">
        {plan.slides.map((slide, i) => {
          const n = i + 1;
          return (
            <li key={slide[slideKey]} className="plan-slide" data-testid="plan-slide">
              <div className="row">
                <Text className="slide-no" aria-hidden="true">{n}</Text>
                <Field className="grow" label={{ children: t("plan.titleOf", { n }), className: "visually-hidden" }}>
                  <Input value={slide.title} onChange={(_, d) => setPlan((p) => editSlide(p, i, { title: d.value }))} />
                </Field>
                <Field className="minutes" label={{ children: t("plan.minutesOf", { n }), className: "visually-hidden" }}>
                  <Input type="number" min={0} step={0.5} value={String(slide.notes?.minutes ?? 0)} contentAfter="′"
                    onChange={(_, d) => setPlan((p) => editSlide(p, i, { minutes: d.value }))} />
                </Field>
              </div>
              <div className="row actions">
                <Text size={200} className="section">{slide.section ?? ""}</Text>
                <Button size="small" appearance="subtle" aria-label={t("plan.up", { n })} disabled={i === 0}
                  onClick={() => setPlan((p) => moveSlide(p, i, -1))}>↑</Button>
                <Button size="small" appearance="subtle" aria-label={t("plan.down", { n })} disabled={i === plan.slides.length - 1}
                  onClick={() => setPlan((p) => moveSlide(p, i, 1))}>↓</Button>
                <Button size="small" appearance="subtle" aria-label={t("plan.edit", { n })} aria-expanded={editing === slide[slideKey]}
                  onClick={() => setEditing(editing === slide[slideKey] ? null : slide[slideKey])}>✎</Button>
                <Button size="small" appearance="subtle" aria-label={t("plan.drop", { n })}
                  onClick={() => { setEditing(null); setPlan((p) => dropSlide(p, i)); }}>✕</Button>
              </div>
              {editing === slide[slideKey] && (
                <Field label={t("plan.bodyOf", { n })}>
                  <Textarea rows={5} resize="vertical" defaultValue={bodyToLines(slide.body)}
                    onChange={(_, d) => setPlan((p) => editSlide(p, i, { body: d.value }))} />
                </Field>
              )}
            </li>
          );
        })}
      </ol>
    </>
  );
}
