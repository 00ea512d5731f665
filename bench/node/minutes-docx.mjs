// Peer for `PreSales.Bench minutes`: the npm package docx building a document comparable to our minutes —
// nine headed sections, three tables, about forty paragraphs of Chinese — in a warm Node process.
// Prints the median milliseconds of `runs` builds (to a Buffer, zipped) after `warmup` untimed ones.
import { Document, Packer, Paragraph, HeadingLevel, Table, TableRow, TableCell, TextRun, WidthType } from "docx";

const [warmup, runs] = [Number(process.argv[2] ?? 20), Number(process.argv[3] ?? 100)];
const zh = "售前团队在本次交流中讲解了四级组网方案,客户重点关注国产化与等保测评,并提出了若干问题。";
const sections = ["议程与参会人员", "交流策略与主要内容", "客户关注重点", "问题与答复", "获取的信息", "交流材料", "得失与经验教训", "下次交流建议", "遗留问题"];
const font = { ascii: "Calibri", hAnsi: "Calibri", eastAsia: "Microsoft YaHei" };

const cell = (text, bold = false) => new TableCell({ width: { size: 25, type: WidthType.PERCENTAGE }, children: [new Paragraph({ children: [new TextRun({ text, bold, font })] })] });
const table = (header, rows) => new Table({
  width: { size: 100, type: WidthType.PERCENTAGE },
  rows: [new TableRow({ tableHeader: true, children: header.map(h => cell(h, true)) }), ...rows.map(r => new TableRow({ children: r.map(c => cell(c)) }))],
});

function build() {
  const children = [new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun({ text: "交流总结:第二次技术交流", font })] })];
  sections.forEach((title, i) => {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun({ text: `${i + 1} ${title}`, font })] }));
    for (let p = 0; p < 4; p++)
      children.push(new Paragraph({ children: [new TextRun({ text: zh, font }), new TextRun({ text: "重点", bold: true, font })] }));
    if (i === 0) children.push(table(["姓名", "职务", "部门", "角色与立场"], [["王建国", "副总经理", "分公司", "决策者 · 中立"], ["赵敏", "信息技术部主任", "信息技术部", "技术评估者 · 支持"], ["何伟", "传输网络主管", "运维部", "使用者 · 反对"]]));
    if (i === 3) children.push(table(["#", "问题", "类型", "答复"], [["1", "核心设备是否自主研发?", "考察能力类", "平台软件自主研发。"], ["2", "和 D 公司合作出问题找谁?", "陷阱类", "A 是唯一责任方。"], ["3", "停电后能否自动恢复?", "了解信息类", "可以,自动上线。"]]));
    if (i === 8) children.push(table(["事项", "负责人", "完成日期", "状态"], [["提交国产化说明", "林晓峰", "2026-10-29", "进行中"], ["提交维护方案", "马骏", "2026-11-05", "未开始"]]));
  });
  const doc = new Document({
    styles: { default: { document: { run: { font, language: { value: "zh-CN", eastAsia: "zh-CN" } } } } },
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}

for (let i = 0; i < warmup; i++) await build();
const times = [];
for (let i = 0; i < runs; i++) {
  const start = process.hrtime.bigint();
  const buffer = await build();
  times.push(Number(process.hrtime.bigint() - start) / 1e6);
  if (buffer.length < 1000) throw new Error("empty document");
}
times.sort((a, b) => a - b);
console.log(JSON.stringify({ medianMs: times[Math.floor(runs / 2)], runs }));
