// PowerPoint: one part of the deal's deck (the solution with its FAB table, the cases, why us, the keys to success, the
// timetable, the closing with the ask), inserted after the selected slide. The host plans and renders the part
// exactly as it would in the whole deck (GET /v1/deals/{id}/deck/slides/{part}).
import { Button, Text } from "@fluentui/react-components";
import { exchangeIdOf } from "../../api/client.js";
import { deliverSlides } from "../shared/deliver.js";
import { TaskStatus, useTask } from "../shared/task.jsx";
import { usePane } from "../shared/context.js";

export const slideParts = ["solution", "cases", "strengths", "keys", "timetable", "closing"];

export function SingleSlides() {
  const pane = usePane();
  const { t, api, deal, exchangeIndex, host } = pane;
  const task = useTask();
  if (!deal || exchangeIndex === null) return <Text as="p">{t("needDeal")}</Text>;
  const insert = (part) => task.run(async () => {
    const file = await api.deckSlides(deal.id, exchangeIdOf(exchangeIndex), part);
    return deliverSlides(pane, file, file.slideCount ?? 1);
  });
  return (
    <section aria-labelledby="slides-title">
      <h2 id="slides-title">{t("slides.title")}</h2>
      <Text as="p" size={200}>{t(host === "PowerPoint" ? "slides.help" : "slides.helpDownload")}</Text>
      <div className="stack">
        {slideParts.map((part) => (
          <Button key={part} disabled={task.busy} data-testid={`slide-${part}`} onClick={() => insert(part)}>
            {t(`slide.${part}`)}
          </Button>
        ))}
      </div>
      <TaskStatus task={task} />
    </section>
  );
}
