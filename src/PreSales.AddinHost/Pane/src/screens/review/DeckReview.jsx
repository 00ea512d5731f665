// PowerPoint: the open deck reviewed against the method's checklist; each finding selects its slide. In a browser (or
// an Office that cannot hand over the file) a chosen .pptx is reviewed instead.
import { useState } from "react";
import { Button, Field, Link, Text } from "@fluentui/react-components";
import * as office from "../../office/office.js";
import { bySlide, speakingTime } from "../../logic/review.js";
import { TaskStatus, useTask } from "../shared/task.jsx";
import { usePane } from "../shared/context.js";

export function DeckReview() {
  const { t, api, deal, host, language } = usePane();
  const [report, setReport] = useState(null);
  const [file, setFile] = useState(null);
  const task = useTask();
  const select = useTask();
  const readsOpenDeck = host === "PowerPoint" && office.supports(office.needs.readDeck);

  const review = () => task.run(async () => {
    const bytes = readsOpenDeck ? await office.readOpenFile() : new Uint8Array(await file.arrayBuffer());
    const result = await api.review(bytes, { dealId: deal?.id, fileName: readsOpenDeck ? office.openFileName() ?? undefined : file.name, lang: language });
    setReport(result.report);
  });
  const goTo = (n) => select.run(async () => {
    if (!office.supports(office.needs.selectSlides)) return t("missing.selectSlides", { n });
    if (!(await office.selectSlide(n))) return t("review.notThere", { n });
    return null;
  });

  return (
    <section aria-labelledby="review-title">
      <h2 id="review-title">{t("review.title")}</h2>
      {host === "PowerPoint" && !readsOpenDeck && <Text as="p">{t("missing.readDeck")}</Text>}
      <Text as="p" size={200}>{t(readsOpenDeck ? "review.help" : "review.helpBrowser")}</Text>
      {!readsOpenDeck && (
        <Field label={{ children: t("review.file"), htmlFor: "review-file" }}>
          <input type="file" id="review-file" accept=".pptx,application/vnd.openxmlformats-officedocument.presentationml.presentation"
            data-testid="review-file" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </Field>
      )}
      <Button appearance="primary" disabled={task.busy || (!readsOpenDeck && !file)} onClick={review} data-testid="review-run">
        {t(readsOpenDeck ? "review.run" : "review.runFile")}
      </Button>
      <TaskStatus task={task} />
      {report && <Report report={report} onSelect={host === "PowerPoint" ? goTo : null} />}
      <TaskStatus task={select} />
    </section>
  );
}

function Report({ report, onSelect }) {
  const { t } = usePane();
  const time = speakingTime(report);
  const groups = bySlide(report);
  return (
    <div className="report" data-testid="report">
      <p className="score"><strong>{t("review.score", { score: report.score })}</strong></p>
      <p className={time.fits === false ? "over" : undefined}>
        {time.slot === null ? t("review.timeNoSlot", { minutes: time.minutes }) : t("review.time", { minutes: time.minutes, slot: time.slot })}
      </p>
      {groups.length === 0 && <p>{t("review.none")}</p>}
      {groups.map(({ slide, findings }) => (
        <section key={slide ?? "deck"} className="finding-group" aria-label={slide === null ? t("review.deck") : t("review.slide", { n: slide })}>
          <h3>{slide === null ? t("review.deck") : t("review.slide", { n: slide })}</h3>
          <ul className="plain">
            {findings.map((f, i) => (
              <li key={i} className={`finding ${f.severity}`}>
                <span className="severity">{t(`severity.${f.severity}`)}</span>{" "}
                {slide !== null && onSelect ? (
                  <Link as="button" onClick={() => onSelect(slide)} aria-label={t("review.goTo", { n: slide, message: f.message })}
                    data-testid="finding-link" data-slide={slide}>
                    {f.message}
                  </Link>
                ) : <span>{f.message}</span>}
                {f.suggestion && <Text as="p" size={200} className="suggestion">{f.suggestion}</Text>}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
