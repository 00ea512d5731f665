// Choose or create the deal and the exchange every other screen works on.
import { useEffect, useState } from "react";
import { Button, Field, Input, Select } from "@fluentui/react-components";
import { newDeal, newExchange, stages } from "../../logic/deal.js";
import { exchangeIdOf } from "../../api/client.js";
import { FormProblem, TaskStatus, useTask } from "../shared/task.jsx";
import { usePane } from "../shared/context.js";

export function DealBar({ onDeal, onExchange }) {
  const { t, api, deal, exchangeIndex } = usePane();
  const [deals, setDeals] = useState(null);
  const [creating, setCreating] = useState(null); // null | "deal" | "exchange"
  const list = useTask();

  const loadDeals = () => list.run(async () => {
    const page = await api.listDeals();
    setDeals(page.items ?? []);
  });
  useEffect(() => {
    loadDeals();
  }, []); // eslint-disable-line react-hooks/exhaustive-deps

  const exchanges = deal?.exchanges ?? [];
  return (
    <section className="deal-bar" aria-label={t("deal.label")}>
      <div className="row">
        <Field label={t("deal.label")} className="grow">
          <Select value={deal?.id ?? ""} onChange={(_, d) => onDeal(d.value || null)} data-testid="deal-select">
            <option value="">{deals?.length === 0 ? t("deal.none") : t("deal.choose")}</option>
            {(deals ?? []).map((d) => <option key={d.id} value={d.id}>{d.name}</option>)}
          </Select>
        </Field>
        <Button onClick={() => setCreating(creating === "deal" ? null : "deal")} aria-expanded={creating === "deal"}>
          {t("deal.new")}
        </Button>
      </div>
      <TaskStatus task={list} />
      {creating === "deal" && (
        <NewDealForm onCancel={() => setCreating(null)} onCreated={async (id) => {
          setCreating(null);
          await loadDeals();
          onDeal(id);
        }} />
      )}
      {deal && (
        <div className="row">
          <Field label={t("exchange.label")} className="grow">
            <Select value={exchangeIndex ?? ""} onChange={(_, d) => onExchange(d.value === "" ? null : Number(d.value))} data-testid="exchange-select">
              <option value="">{exchanges.length === 0 ? t("exchange.none") : t("exchange.choose")}</option>
              {exchanges.map((x, i) => (
                <option key={i} value={i}>
                  {`${exchangeIdOf(i)} · ${x.date} · ${x.title} (${t(x.status === "planned" ? "exchange.planned" : "exchange.held")})`}
                </option>
              ))}
            </Select>
          </Field>
          <Button onClick={() => setCreating(creating === "exchange" ? null : "exchange")} aria-expanded={creating === "exchange"}>
            {t("exchange.new")}
          </Button>
        </div>
      )}
      {deal && creating === "exchange" && (
        <NewExchangeForm onCancel={() => setCreating(null)} onCreated={(index) => {
          setCreating(null);
          onExchange(index);
        }} />
      )}
    </section>
  );
}

function NewDealForm({ onCreated, onCancel }) {
  const { t, api, language } = usePane();
  const [form, setForm] = useState({ customer: "", industry: "", project: "", ourCompany: "", language, stage: "discovery" });
  const task = useTask();
  const set = (name) => (_, d) => setForm((f) => ({ ...f, [name]: d.value }));
  const submit = (event) => {
    event.preventDefault();
    task.run(async () => {
      const made = newDeal(form);
      if (made.missing) throw new FormProblem(t("deal.required", { field: t(`deal.${made.missing}`) }));
      await api.createDeal(made.deal);
      await onCreated(made.deal.id);
      return t("deal.created", { name: made.deal.name });
    });
  };
  return (
    <form className="card" noValidate onSubmit={submit} aria-label={t("deal.new")}>
      <Field label={t("deal.customer")} required><Input value={form.customer} onChange={set("customer")} /></Field>
      <Field label={t("deal.industry")} required><Input value={form.industry} onChange={set("industry")} /></Field>
      <Field label={t("deal.project")} required><Input value={form.project} onChange={set("project")} /></Field>
      <Field label={t("deal.ourCompany")} required><Input value={form.ourCompany} onChange={set("ourCompany")} /></Field>
      <div className="row">
        <Field label={t("deal.language")} className="grow">
          <Select value={form.language} onChange={set("language")}>
            <option value="zh-CN">中文</option>
            <option value="en-US">English</option>
          </Select>
        </Field>
        <Field label={t("deal.stage")} className="grow">
          <Select value={form.stage} onChange={set("stage")}>
            {stages.map((s) => <option key={s} value={s}>{t(`stage.${s}`)}</option>)}
          </Select>
        </Field>
      </div>
      <div className="row">
        <Button appearance="primary" type="submit" disabled={task.busy}>{t("deal.create")}</Button>
        <Button onClick={onCancel}>{t("deal.cancel")}</Button>
      </div>
      <TaskStatus task={task} />
    </form>
  );
}

function NewExchangeForm({ onCreated, onCancel }) {
  const { t, api, deal, reloadDeal } = usePane();
  const [form, setForm] = useState({ title: "", date: new Date().toISOString().slice(0, 10), kind: "formal", durationMinutes: "30" });
  const task = useTask();
  const set = (name) => (_, d) => setForm((f) => ({ ...f, [name]: d.value }));
  const submit = (event) => {
    event.preventDefault();
    task.run(async () => {
      const made = newExchange(form, deal.stage);
      if (made.missing) throw new FormProblem(t("deal.required", { field: t(`exchange.${made.missing}`) }));
      const added = await api.addExchange(deal.id, made.exchange);
      await reloadDeal();
      onCreated(added.number - 1);
      return t("exchange.created", { title: made.exchange.title });
    });
  };
  return (
    <form className="card" noValidate onSubmit={submit} aria-label={t("exchange.new")}>
      <Field label={t("exchange.title")} required><Input value={form.title} onChange={set("title")} /></Field>
      <div className="row">
        <Field label={t("exchange.date")} className="grow"><Input type="date" value={form.date} onChange={set("date")} /></Field>
        <Field label={t("exchange.minutes")} className="grow">
          <Input type="number" min={1} max={1440} value={form.durationMinutes} onChange={set("durationMinutes")} />
        </Field>
      </div>
      <Field label={t("exchange.kind")}>
        <Select value={form.kind} onChange={set("kind")}>
          <option value="formal">{t("kind.formal")}</option>
          <option value="informal">{t("kind.informal")}</option>
        </Select>
      </Field>
      <div className="row">
        <Button appearance="primary" type="submit" disabled={task.busy}>{t("exchange.create")}</Button>
        <Button onClick={onCancel}>{t("deal.cancel")}</Button>
      </div>
      <TaskStatus task={task} />
    </form>
  );
}
