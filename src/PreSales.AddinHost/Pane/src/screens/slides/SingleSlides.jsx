// PowerPoint: one slide from the deal (the FAB table, a case, the strengths chart, the plan, the closing with the ask),
// inserted after the selected slide. Built from the exchange's deck plan with only those slides kept.
import { Button, Text } from "@fluentui/react-components";
import { exchangeIdOf } from "../../api/client.js";
import { slidesOf } from "../../logic/plan.js";
import { deliverSlides } from "../shared/deliver.js";
import { FormProblem, TaskStatus, useTask } from "../shared/task.jsx";
import { usePane } from "../shared/context.js";

export const slideKinds = ["fab", "case", "strengths", "plan", "closing"];

export function SingleSlides() {
  const pane = usePane();
  const { t, api, deal, exchangeIndex, host } = pane;
  const task = useTask();
  if (!deal || exchangeIndex === null) return <Text as="p">{t("needDeal")}</Text>;
  const insert = (kind) => task.run(async () => {
    const exchange = exchangeIdOf(exchangeIndex);
    const plan = slidesOf(await api.deckPlan(deal.id, exchange), kind);
    if (plan.slides.length === 0) throw new FormProblem(t("slides.noneOfKind", { kind: t(`slide.${kind}`) }));
    return deliverSlides(pane, await api.deckFromPlan(deal.id, exchange, plan), plan.slides.length);
  });
  return (
    <section aria-labelledby="slides-title">
      <h2 id="slides-title">{t("slides.title")}</h2>
      <Text as="p" size={200}>{t(host === "PowerPoint" ? "slides.help" : "slides.helpDownload")}</Text>
      <div className="stack">
        {slideKinds.map((kind) => (
          <Button key={kind} disabled={task.busy} data-testid={`slide-${kind}`} onClick={() => insert(kind)}>
            {t(`slide.${kind}`)}
          </Button>
        ))}
      </div>
      <TaskStatus task={task} />
    </section>
  );
}
