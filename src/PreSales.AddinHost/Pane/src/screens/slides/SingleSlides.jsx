// PowerPoint: one slide from the deal (the FAB table, a case, the strengths chart, the plan, the closing with the ask),
// inserted after the selected slide.
import { Button, Text } from "@fluentui/react-components";
import { deliverSlides } from "../shared/deliver.js";
import { TaskStatus, useTask } from "../shared/task.jsx";
import { usePane } from "../shared/context.js";

export const slideKinds = ["fab", "case", "strengths", "plan", "closing"];

export function SingleSlides() {
  const pane = usePane();
  const { t, api, deal } = pane;
  const task = useTask();
  if (!deal) return <Text as="p">{t("needDeal")}</Text>;
  return (
    <section aria-labelledby="slides-title">
      <h2 id="slides-title">{t("slides.title")}</h2>
      <Text as="p" size={200}>{t("slides.help")}</Text>
      <div className="stack">
        {slideKinds.map((kind) => (
          <Button key={kind} disabled={task.busy} data-testid={`slide-${kind}`}
            onClick={() => task.run(async () => deliverSlides(pane, await api.singleSlide(deal.id, kind), 1))}>
            {t(`slide.${kind}`)}
          </Button>
        ))}
      </div>
      <TaskStatus task={task} />
    </section>
  );
}
