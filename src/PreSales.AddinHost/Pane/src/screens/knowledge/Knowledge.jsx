// The knowledge base: search every stored document of the team and open (or, in Word, insert) a result.
import { useState } from "react";
import { Button, Field, Input, Select, Text } from "@fluentui/react-components";
import { deliverDocument } from "../shared/deliver.js";
import * as office from "../../office/office.js";
import { TaskStatus, useTask } from "../shared/task.jsx";
import { usePane } from "../shared/context.js";

const kinds = ["deck", "slides", "minutes", "plan", "summary", "qa", "brief", "review", "annotated", "upload"];

/** The snippet's pieces: the host HTML-escapes everything and marks hits with <mark>; decoded as text, never as HTML. */
export function snippetPieces(snippet) {
  const decode = (s) => s.replace(/&(lt|gt|amp|quot|#39|#x27);/g, (_, e) => ({ lt: "<", gt: ">", amp: "&", quot: '"', "#39": "'", "#x27": "'" })[e]);
  return String(snippet ?? "").split(/(<mark>.*?<\/mark>)/s).filter(Boolean).map((part) => {
    const hit = /^<mark>(.*)<\/mark>$/s.exec(part);
    return hit ? { text: decode(hit[1]), hit: true } : { text: decode(part), hit: false };
  });
}

export function Knowledge() {
  const pane = usePane();
  const { t, api, host } = pane;
  const [query, setQuery] = useState({ q: "", kind: "" });
  const [found, setFound] = useState(null);
  const search = useTask();
  const open = useTask();
  const submit = (event) => {
    event.preventDefault();
    search.run(async () => setFound(await api.searchDocuments({ q: query.q.trim(), kind: query.kind })));
  };
  const kindName = (k) => (t(`doc.${k}`) !== `doc.${k}` ? t(`doc.${k}`) : t(`kind.${k}`));
  return (
    <section aria-labelledby="kb-title">
      <h2 id="kb-title">{t("kb.title")}</h2>
      <form onSubmit={submit} role="search" className="stack">
        <Field label={t("kb.query")}>
          <Input type="search" value={query.q} onChange={(_, d) => setQuery((q) => ({ ...q, q: d.value }))} data-testid="kb-query" />
        </Field>
        <Field label={t("kb.kind")}>
          <Select value={query.kind} onChange={(_, d) => setQuery((q) => ({ ...q, kind: d.value }))}>
            <option value="">{t("kb.anyKind")}</option>
            {kinds.map((k) => <option key={k} value={k}>{kindName(k)}</option>)}
          </Select>
        </Field>
        <Button appearance="primary" type="submit" disabled={search.busy}>{t("kb.search")}</Button>
      </form>
      <TaskStatus task={search} />
      {found && (
        <>
          <p>{found.items.length === 0 ? t("kb.none") : t("kb.total", { total: found.total })}</p>
          <ul className="plain">
            {found.items.map((item) => (
              <li key={item.id} className="card" data-testid="kb-result">
                <Text weight="semibold">{item.name}</Text>
                <Text as="p" size={200}>{[kindName(item.kind), item.customer, item.createdAt?.slice(0, 10)].filter(Boolean).join(" · ")}</Text>
                <p className="snippet">
                  {snippetPieces(item.snippet).map((p, i) => (p.hit ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
                </p>
                <div className="row">
                  <Button size="small" aria-label={t("kb.open", { name: item.name })}
                    onClick={() => open.run(async () => {
                      const file = await api.documentContent(item.id, item.name);
                      office.download(file.blob, file.fileName);
                      return t("routine.downloaded", { file: file.fileName });
                    })}>
                    {t("kb.openShort")}
                  </Button>
                  {host === "Word" && /\.docx$/i.test(item.name) && (
                    <Button size="small" aria-label={t("kb.insert", { name: item.name })}
                      onClick={() => open.run(async () => deliverDocument(pane, await api.documentContent(item.id, item.name)))}>
                      {t("kb.insertShort")}
                    </Button>
                  )}
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
      <TaskStatus task={open} />
    </section>
  );
}
