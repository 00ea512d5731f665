// Peer for `PreSales.Bench deck`: pptxgenjs builds the same deck from the same plan (text slides, tables,
// a bar chart, a timeline of shapes, speaker notes) in a warm Node process, written to an in-memory buffer.
// Usage: node deck-peer.mjs plan.json [runs=100] [batch=200]  → one JSON line with the timings.
import { readFileSync } from "node:fs";
import pptxgen from "pptxgenjs";

const [planPath, runsArg = "100", batchArg = "200"] = process.argv.slice(2);
const plan = JSON.parse(readFileSync(planPath, "utf8"));
const font = { fontFace: "Arial", color: "262626" };

function slideOf(pptx, s) {
  const slide = pptx.addSlide();
  slide.addText(s.title || " ", { x: 0.6, y: 0.35, w: 12.1, h: 1.0, fontSize: 32, bold: true, ...font });
  const body = (s.body || []).map((b) => ({ text: b.text, options: { bullet: true, indentLevel: b.level || 0, fontSize: b.level ? 20 : 24 } }));
  if (s.subtitle) body.push({ text: s.subtitle, options: { fontSize: 20 } });
  const twoCols = s.kind === "twoColumns";
  if (body.length) slide.addText(body, { x: 0.6, y: 1.6, w: twoCols ? 5.9 : 12.1, h: 2.4, valign: "top", fit: "shrink", ...font });
  const gx = twoCols ? 6.8 : 0.6, gw = twoCols ? 5.9 : 12.1, gy = body.length && !twoCols ? 4.1 : 1.6;
  if (s.table) {
    const rows = [s.table.header.map((h) => ({ text: h, options: { bold: true, color: "FFFFFF", fill: { color: "0B5CAD" } } })), ...s.table.rows];
    slide.addTable(rows, { x: gx, y: gy, w: gw, fontSize: 18, fontFace: "Arial" });
  }
  if (s.chart) {
    const data = s.chart.series.map((x) => ({ name: x.name, labels: s.chart.categories, values: x.values }));
    slide.addChart(pptx.ChartType.bar, data, { x: gx, y: gy, w: gw, h: 4.5, barDir: "col", showValue: true, showLegend: true, legendPos: "b", altText: s.chart.altText });
  }
  if (s.timeline) {
    const n = s.timeline.steps.length, step = gw / n;
    slide.addShape(pptx.ShapeType.line, { x: gx, y: 3.4, w: gw, h: 0, line: { color: "0B5CAD", width: 3, endArrowType: "triangle" } });
    s.timeline.steps.forEach((t, i) => {
      const cx = gx + step * i + step / 2;
      slide.addShape(pptx.ShapeType.ellipse, { x: cx - 0.3, y: 3.1, w: 0.6, h: 0.6, fill: { color: "0B5CAD" } });
      slide.addText(t.label, { x: cx - step / 2, y: 3.8, w: step, h: 0.8, fontSize: 18, bold: true, align: "center", ...font });
      if (t.when) slide.addText(t.when, { x: cx - step / 2, y: 2.4, w: step, h: 0.6, fontSize: 18, align: "center", ...font });
    });
  }
  if (s.notes) slide.addNotes(s.notes.talkTrack);
}

async function build() {
  const pptx = new pptxgen();
  pptx.layout = "LAYOUT_WIDE";
  for (const s of plan.slides) slideOf(pptx, s);
  return pptx.write({ outputType: "nodebuffer" });
}

const runs = Number(runsArg), batch = Number(batchArg);
for (let i = 0; i < 20; i++) await build();
const times = [];
for (let i = 0; i < runs; i++) {
  const t = process.hrtime.bigint();
  await build();
  times.push(Number(process.hrtime.bigint() - t) / 1e6);
}
times.sort((a, b) => a - b);
const t0 = process.hrtime.bigint();
let bytes = 0;
for (let i = 0; i < batch; i++) bytes += (await build()).length;
const batchMs = Number(process.hrtime.bigint() - t0) / 1e6;
console.log(JSON.stringify({ slides: plan.slides.length, medianMs: times[Math.floor(runs / 2)], batchMsPerDeck: batchMs / batch, bytes: bytes / batch }));
