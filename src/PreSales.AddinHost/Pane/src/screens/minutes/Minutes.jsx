// Word: the minutes of the chosen exchange, from the nine-section form or from the notes typed in the meeting (shown
// as understood before saving), saved into the deal and, as a document, into the knowledge base.
import { useEffect, useState } from "react";
import { Button, Checkbox, Field, Input, Radio, RadioGroup, Select, Text, Textarea } from "@fluentui/react-components";
import { exchangeIdOf } from "../../api/client.js";
import { applyForm, formFrom, personName, questionKinds } from "../../logic/minutes.js";
import { FormProblem, TaskStatus, useTask } from "../shared/task.jsx";
import { usePane } from "../shared/context.js";

export function Minutes() {
  const { t, deal, exchangeIndex } = usePane();
  const [mode, setMode] = useState("notes");
  if (!deal || exchangeIndex === null) return <Text as="p">{t("needDeal")}</Text>;
  return (
    <section aria-labelledby="minutes-title">
      <h2 id="minutes-title">{t("minutes.title")}</h2>
      <Field label={t("minutes.mode")}>
        <RadioGroup layout="horizontal" value={mode} onChange={(_, d) => setMode(d.value)}>
          <Radio value="notes" label={t("minutes.modeNotes")} />
          <Radio value="form" label={t("minutes.modeForm")} />
        </RadioGroup>
      </Field>
      {mode === "notes" ? <FromNotes /> : <MinutesForm key={`${deal.id}-${exchangeIndex}`} />}
      <ToKnowledgeBase />
    </section>
  );
}

/** The nine section headings, for notes typed from scratch. */
const outline = (t) => [1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => `## ${t(`minutes.s${n}`).replace(/^\d+ /, "").replace(/[(（].*$/, "")}\n`).join("\n");

function FromNotes() {
  const { t, api, deal, exchangeIndex, reloadDeal } = usePane();
  const [notes, setNotes] = useState("");
  const [understood, setUnderstood] = useState(null);
  const task = useTask();
  const exchangeId = exchangeIdOf(exchangeIndex);
  return (
    <div className="stack">
      <Field label={t("minutes.notes")} hint={t("minutes.notesHelp")}>
        <Textarea rows={10} resize="vertical" value={notes} onChange={(_, d) => setNotes(d.value)} data-testid="notes" />
      </Field>
      <div className="row">
        <Button disabled={task.busy} onClick={() => setNotes((n) => (n.trim() ? `${n.trimEnd()}\n\n${outline(t)}` : outline(t)))}>
          {t("minutes.outline")}
        </Button>
        <Button disabled={task.busy || !notes.trim()} data-testid="dry-run"
          onClick={() => task.run(async () => setUnderstood(await api.minutesFromNotes(deal.id, exchangeId, notes, { dryRun: true })))}>
          {t("minutes.dryRun")}
        </Button>
        <Button appearance="primary" disabled={task.busy || !notes.trim()} data-testid="save-notes"
          onClick={() => task.run(async () => {
            setUnderstood(await api.minutesFromNotes(deal.id, exchangeId, notes, { dryRun: false }));
            await reloadDeal();
            return t("minutes.saved");
          })}>
          {t("minutes.save")}
        </Button>
      </div>
      <TaskStatus task={task} />
      {understood && <Understood result={understood} />}
      {understood?.lines?.length > 0 && <LineByLine lines={understood.lines} />}
    </div>
  );
}

/** The exchange read from the notes, section by section, so a misplaced line is seen before it is saved. */
function Understood({ result }) {
  const { t, deal } = usePane();
  const who = (id) => personName(deal?.stakeholders, id);
  const x = result.exchange ?? {};
  const warnings = result.warnings ?? [];
  const list = (items) => (items?.length ? <ul>{items.map((item, i) => <li key={i}>{item}</li>)}</ul> : <p className="hint">—</p>);
  const known = (id) => deal?.stakeholders?.find((s) => s.id === id);
  const people = (items, extra) => list((items ?? []).map((a) =>
    [a.name ?? who(a.stakeholderId), a[extra] ?? known(a.stakeholderId)?.title].filter(Boolean).join(", ")));
  return (
    <div className="card understood" data-testid="understood">
      <h3>{t("minutes.understood")}</h3>
      <p><strong>{x.title}</strong> · {x.date}</p>
      {warnings.length > 0 && (
        <div role="note">
          <h4>{t("minutes.warnings")}</h4>
          <ul>{warnings.map((w, i) => <li key={i} className="over">{typeof w === "string" ? w : `${t("minutes.line", { line: w.line })}: ${w.message}`}</li>)}</ul>
        </div>
      )}
      <h4>{t("minutes.s1")}</h4>
      {list(x.agenda)}
      <p className="section">{t("minutes.customerAttendeesShort")}</p>
      {people(x.customerAttendees, "title")}
      <p className="section">{t("minutes.ourAttendeesShort")}</p>
      {people(x.ourAttendees, "role")}
      {(x.strategy || x.content) && <><h4>{t("minutes.s2")}</h4><p>{[x.strategy, x.content].filter(Boolean).join(" ")}</p></>}
      {x.customerInterests?.length > 0 && <><h4>{t("minutes.s3")}</h4>{list(x.customerInterests)}</>}
      <h4>{t("minutes.s4")}</h4>
      {list((x.questions ?? []).map((q) => `【${t(`qkind.${q.kind}`)}】${q.question}${q.askedBy ? ` (${who(q.askedBy)})` : ""}${q.answer ? ` → ${q.answer}` : ""}`))}
      {[...(x.information?.customer ?? []), ...(x.information?.competitors ?? []), ...(x.information?.other ?? [])].length > 0 && (
        <><h4>{t("minutes.s5")}</h4>{list([...(x.information.customer ?? []), ...(x.information.competitors ?? []), ...(x.information.other ?? [])])}</>
      )}
      {x.materials?.length > 0 && <><h4>{t("minutes.s6")}</h4>{list(x.materials)}</>}
      {(x.whatWorked?.length > 0 || x.lessons?.length > 0) && <><h4>{t("minutes.s7")}</h4>{list([...(x.whatWorked ?? []), ...(x.lessons ?? [])])}</>}
      {x.nextFocus?.length > 0 && <><h4>{t("minutes.s8")}</h4>{list(x.nextFocus)}</>}
      <h4>{t("minutes.s9")}</h4>
      {list((x.actionItems ?? []).map((a) => [a.item, a.owner, a.due].filter(Boolean).join(" — ")))}
    </div>
  );
}

/** The nine sections in the order of the minutes, by the engine's slugs (MinutesSection in camelCase). */
const sectionNumbers = ["agendaAndAttendees", "strategyAndContent", "customerInterests", "questionsAndAnswers", "informationGained",
  "materials", "lessons", "nextExchange", "openIssues"];
const readings = ["heading", "part", "title", "date", "place", "attendee", "ourAttendee", "agenda", "question", "answer", "action", "item",
  "tableHeader", "tableRow", "text"];

/** Every non-empty line of the notes with the section it went to and what it was read as; unplaced lines stand out. */
function LineByLine({ lines }) {
  const { t } = usePane();
  const section = (slug) => {
    const n = sectionNumbers.indexOf(slug);
    return n >= 0 ? t(`minutes.s${n + 1}`) : t(slug === "header" ? "minutes.header" : "minutes.unplaced");
  };
  const unplaced = lines.filter((l) => l.section === "unplaced").length;
  return (
    <details className="card" data-testid="line-by-line" open={unplaced > 0}>
      <summary>{t("minutes.lineByLine", { count: lines.length })}{unplaced > 0 ? ` · ${t("minutes.unplacedCount", { count: unplaced })}` : ""}</summary>
      <table className="lines">
        <thead>
          <tr><th scope="col">{t("minutes.lineNo")}</th><th scope="col">{t("minutes.lineText")}</th><th scope="col">{t("minutes.lineSection")}</th></tr>
        </thead>
        <tbody>
          {lines.map((l) => (
            <tr key={l.number} className={l.section === "unplaced" ? "over" : undefined} data-section={l.section}>
              <td>{l.number}</td>
              <td>{l.text}</td>
              <td>{section(l.section)}{l.as ? ` · ${readings.includes(l.as) ? t(`reading.${l.as}`) : l.as}` : ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

function MinutesForm() {
  const { t, api, deal, exchangeIndex, reloadDeal } = usePane();
  const exchange = deal.exchanges[exchangeIndex];
  const [form, setForm] = useState(() => formFrom(exchange, deal.stakeholders));
  const task = useTask();
  useEffect(() => setForm(formFrom(deal.exchanges[exchangeIndex], deal.stakeholders)), [deal.id, exchangeIndex]); // eslint-disable-line react-hooks/exhaustive-deps
  const text = (name, label, rows = 3) => (
    <Field label={t(label)}>
      <Textarea rows={rows} resize="vertical" value={form[name]} onChange={(_, d) => setForm((f) => ({ ...f, [name]: d.value }))} />
    </Field>
  );
  const setRow = (list, i, name) => (_, d) =>
    setForm((f) => ({ ...f, [list]: f[list].map((row, k) => (k === i ? { ...row, [name]: d.value ?? d.checked } : row)) }));
  const save = (event) => {
    event.preventDefault();
    task.run(async () => {
      const applied = applyForm(deal.exchanges[exchangeIndex], form, deal.stakeholders);
      if (applied.problems) {
        const p = applied.problems[0];
        throw new FormProblem(t("minutes.incomplete", { what: `${t(p.what[0])} ${p.what[1]}`, field: t(p.field) }));
      }
      await api.updateExchange(deal.id, exchangeIdOf(exchangeIndex), applied.exchange, deal.etag);
      await reloadDeal();
      return t("minutes.formSaved");
    });
  };
  return (
    <form className="stack minutes-form" onSubmit={save}>
      <fieldset>
        <legend>{t("minutes.s1")}</legend>
        {text("agenda", "minutes.agenda")}
        {text("customerAttendees", "minutes.customerAttendees")}
        {text("ourAttendees", "minutes.ourAttendees")}
      </fieldset>
      <fieldset>
        <legend>{t("minutes.s2")}</legend>
        {text("strategy", "minutes.strategy")}
        {text("content", "minutes.content", 4)}
      </fieldset>
      <fieldset>
        <legend>{t("minutes.s3")}</legend>
        {text("interests", "minutes.interests")}
      </fieldset>
      <fieldset>
        <legend>{t("minutes.s4")}</legend>
        {form.questions.map((q, i) => (
          <div key={i} className="card">
            <Field label={`${t("minutes.question")} ${i + 1}`}><Input value={q.question} onChange={setRow("questions", i, "question")} /></Field>
            <div className="row">
              <Field label={t("minutes.questionKind")} className="grow">
                <Select value={q.kind} onChange={setRow("questions", i, "kind")}>
                  {questionKinds.map((k) => <option key={k} value={k}>{t(`qkind.${k}`)}</option>)}
                </Select>
              </Field>
              <Field label={t("minutes.askedBy")} className="grow"><Input value={q.askedBy} onChange={setRow("questions", i, "askedBy")} /></Field>
            </div>
            <Field label={t("minutes.answer")}><Textarea resize="vertical" value={q.answer} onChange={setRow("questions", i, "answer")} /></Field>
            <Button size="small" onClick={() => setForm((f) => ({ ...f, questions: f.questions.filter((_, k) => k !== i) }))}>
              {t("minutes.removeQuestion", { n: i + 1 })}
            </Button>
          </div>
        ))}
        <Button onClick={() => setForm((f) => ({ ...f, questions: [...f.questions, { question: "", kind: "information", askedBy: "", answer: "" }] }))}>
          {t("minutes.addQuestion")}
        </Button>
      </fieldset>
      <fieldset>
        <legend>{t("minutes.s5")}</legend>
        {text("infoCustomer", "minutes.infoCustomer")}
        {text("infoCompetitors", "minutes.infoCompetitors")}
        {text("infoOther", "minutes.infoOther")}
      </fieldset>
      <fieldset>
        <legend>{t("minutes.s6")}</legend>
        {text("materials", "minutes.materials")}
      </fieldset>
      <fieldset>
        <legend>{t("minutes.s7")}</legend>
        {text("whatWorked", "minutes.whatWorked")}
        {text("lessons", "minutes.lessons")}
      </fieldset>
      <fieldset>
        <legend>{t("minutes.s8")}</legend>
        {text("nextFocus", "minutes.nextFocus")}
      </fieldset>
      <fieldset>
        <legend>{t("minutes.s9")}</legend>
        {form.actions.map((a, i) => (
          <div key={i} className="card">
            <Field label={`${t("minutes.item")} ${i + 1}`}><Input value={a.item} onChange={setRow("actions", i, "item")} /></Field>
            <div className="row">
              <Field label={t("minutes.owner")} className="grow"><Input value={a.owner} onChange={setRow("actions", i, "owner")} /></Field>
              <Field label={t("minutes.due")} className="grow"><Input type="date" value={a.due} onChange={setRow("actions", i, "due")} /></Field>
            </div>
            <Button size="small" onClick={() => setForm((f) => ({ ...f, actions: f.actions.filter((_, k) => k !== i) }))}>
              {t("minutes.removeAction", { n: i + 1 })}
            </Button>
          </div>
        ))}
        <Button onClick={() => setForm((f) => ({ ...f, actions: [...f.actions, { item: "", owner: "", due: "", status: "open" }] }))}>
          {t("minutes.addAction")}
        </Button>
      </fieldset>
      <Checkbox checked={form.held} label={t("minutes.markHeld")} onChange={(_, d) => setForm((f) => ({ ...f, held: Boolean(d.checked) }))} />
      <Button appearance="primary" type="submit" disabled={task.busy} data-testid="save-form">{t("minutes.save")}</Button>
      <TaskStatus task={task} />
    </form>
  );
}

function ToKnowledgeBase() {
  const { t, api, deal, exchangeIndex } = usePane();
  const task = useTask();
  return (
    <div className="stack">
      <Button disabled={task.busy} data-testid="to-knowledge"
        onClick={() => task.run(async () => {
          const file = await api.document(deal.id, "minutes", exchangeIdOf(exchangeIndex));
          return t("minutes.inKnowledge", { file: file.fileName });
        })}>
        {t("minutes.toKnowledge")}
      </Button>
      <TaskStatus task={task} />
    </div>
  );
}
