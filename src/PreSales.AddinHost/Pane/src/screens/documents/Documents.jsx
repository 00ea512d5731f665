// Word: the minutes, the strategy plan, the deal summary, the Q&A sheet or the presenter's brief, inserted into the open document.
import { Button, Text } from "@fluentui/react-components";
import { exchangeIdOf } from "../../api/client.js";
import { deliverDocument } from "../shared/deliver.js";
import { TaskStatus, useTask } from "../shared/task.jsx";
import { usePane } from "../shared/context.js";

export const documentKinds = ["minutes", "plan", "summary", "qa", "brief"];

export function Documents() {
  const pane = usePane();
  const { t, api, deal, exchangeIndex, host } = pane;
  const task = useTask();
  if (!deal) return <Text as="p">{t("needDeal")}</Text>;
  const exchange = exchangeIndex === null ? undefined : exchangeIdOf(exchangeIndex);
  return (
    <section aria-labelledby="docs-title">
      <h2 id="docs-title">{t("docs.title")}</h2>
      <Text as="p" size={200}>{t(host === "Word" ? "docs.help" : "docs.helpDownload")}</Text>
      <div className="stack">
        {documentKinds.map((kind) => (
          <Button key={kind} disabled={task.busy} data-testid={`doc-${kind}`}
            onClick={() => task.run(async () => deliverDocument(pane, await api.document(deal.id, kind, exchange)))}>
            {t(`doc.${kind}`)}
          </Button>
        ))}
      </div>
      <TaskStatus task={task} />
    </section>
  );
}
