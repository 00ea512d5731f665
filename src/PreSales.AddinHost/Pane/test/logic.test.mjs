// The pane's pure logic: plan editing, minutes form, review grouping, new deals, languages.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { bodyToLines, dropSlide, editBrief, editSlide, moveSlide, slideKey, timeAgainstSlot, withKeys } from "../src/logic/plan.js";
import { applyForm, formFrom } from "../src/logic/minutes.js";
import { bySlide, speakingTime } from "../src/logic/review.js";
import { newDeal, newDealId, newExchange } from "../src/logic/deal.js";
import { dictionaries, languageFrom, text } from "../src/i18n/strings.js";

const plan = () => withKeys({
  schemaVersion: 1, language: "zh-CN", customer: "汉通物流", durationMinutes: 10,
  brief: { goal: "g", audience: [{ name: "王总", hotButtons: ["成本"], concerns: [] }], theme: "t", structure: ["a"] },
  slides: [
    { kind: "title", title: "封面", body: [], notes: { talkTrack: "开场", minutes: 1 } },
    { kind: "content", title: "现状", body: [{ text: "四级网络", level: 0 }, { text: "520 个站点", level: 1 }], notes: { talkTrack: "", minutes: 4 } },
    { kind: "closing", title: "行动", body: [], notes: { talkTrack: "", minutes: 2.5 } },
  ],
});

test("slides move up and down, and stay put at either end", () => {
  const p = plan();
  assert.deepEqual(moveSlide(p, 1, -1).slides.map((s) => s.title), ["现状", "封面", "行动"]);
  assert.deepEqual(moveSlide(p, 1, 1).slides.map((s) => s.title), ["封面", "行动", "现状"]);
  assert.equal(moveSlide(p, 0, -1), p);
  assert.equal(moveSlide(p, 2, 1), p);
  assert.deepEqual(p.slides.map((s) => s.title), ["封面", "现状", "行动"], "the original plan is unchanged");
});

test("a dropped slide is gone and the time adds up again", () => {
  const p = dropSlide(plan(), 1);
  assert.deepEqual(p.slides.map((s) => s.title), ["封面", "行动"]);
  assert.deepEqual(timeAgainstSlot(p), { total: 3.5, slot: 10, over: -6.5 });
});

test("minutes against the slot say how far over the deck runs", () => {
  const p = editSlide(plan(), 1, { minutes: "9" });
  assert.deepEqual(timeAgainstSlot(p), { total: 12.5, slot: 10, over: 2.5 });
  assert.equal(editSlide(plan(), 1, { minutes: "abc" }).slides[1].notes.minutes, 0);
  assert.equal(editSlide(plan(), 1, { minutes: "3" }).slides[1].notes.talkTrack, "", "the talk track stays");
});

test("a slide's title and points are edited; levels kept or set by indentation; keys survive and stay out of JSON", () => {
  const p = editSlide(plan(), 1, { title: "现状与挑战", body: "四级网络\n  520 个站点\n\n新增要点" });
  assert.equal(p.slides[1].title, "现状与挑战");
  assert.deepEqual(p.slides[1].body, [{ text: "四级网络", level: 0 }, { text: "520 个站点", level: 1 }, { text: "新增要点", level: 0 }]);
  assert.equal(p.slides[1][slideKey], 1);
  assert.equal(bodyToLines(plan().slides[1].body), "四级网络\n  520 个站点");
  assert.ok(!JSON.stringify(p).includes("slideKey"));
  assert.deepEqual(JSON.parse(JSON.stringify(p)).slides[1].notes, { talkTrack: "", minutes: 4 });
});

test("steps 1–4 edit the brief: goal, theme, structure lines, a member's hot buttons", () => {
  let p = editBrief(plan(), { goal: "拿下试点", theme: "四级联网", structure: "现状\n\n方案\n 价值 " });
  p = editBrief(p, { audience: { index: 0, hotButtons: "成本\n可靠性" } });
  assert.equal(p.brief.goal, "拿下试点");
  assert.deepEqual(p.brief.structure, ["现状", "方案", "价值"]);
  assert.deepEqual(p.brief.audience[0].hotButtons, ["成本", "可靠性"]);
  assert.deepEqual(p.brief.audience[0].concerns, []);
});

test("findings are grouped: the whole deck first, then slide by slide, errors first", () => {
  const groups = bySlide({
    findings: [
      { slide: 3, severity: "tip", message: "a" }, { slide: null, severity: "warning", message: "b" },
      { slide: 1, severity: "warning", message: "c" }, { slide: 3, severity: "error", message: "d" },
    ],
  });
  assert.deepEqual(groups.map((g) => g.slide), [null, 1, 3]);
  assert.deepEqual(groups[2].findings.map((f) => f.message), ["d", "a"]);
  assert.deepEqual(bySlide({ findings: [] }), []);
});

test("speaking time is set against the slot when the review had one", () => {
  assert.deepEqual(speakingTime({ estimatedMinutes: 34.5, allottedMinutes: 30 }), { minutes: 34.5, slot: 30, over: 4.5, fits: false });
  assert.deepEqual(speakingTime({ estimatedMinutes: 45.4, allottedMinutes: 45 }), { minutes: 45.4, slot: 45, over: 0.4, fits: true });
  assert.deepEqual(speakingTime({ estimatedMinutes: 20, allottedMinutes: 45 }), { minutes: 20, slot: 45, over: -25, fits: false });
  assert.deepEqual(speakingTime({ estimatedMinutes: 12 }), { minutes: 12, slot: null, over: null, fits: null });
});

test("the minutes form round-trips an exchange, full-width commas in attendees included", () => {
  const exchange = {
    date: "2026-12-01", kind: "formal", status: "planned", stage: "discovery", title: "技术交流",
    agenda: ["方案介绍"], questions: [{ question: "支持 IPv6 吗?", kind: "capability", answer: "支持" }],
    actionItems: [{ item: "发送报价", owner: "李工", due: "2026-12-05", status: "open" }],
  };
  const form = formFrom(exchange);
  form.customerAttendees = "王总\uff0c信息中心主任\n赵工";
  form.held = true;
  const { exchange: back } = applyForm(exchange, form);
  assert.equal(back.status, "held");
  assert.deepEqual(back.customerAttendees, [{ name: "王总", title: "信息中心主任" }, { name: "赵工" }]);
  assert.equal(formFrom(back).customerAttendees, "王总\uff0c信息中心主任\n赵工"); // shown again as typed
  assert.equal(formFrom({ ourAttendees: [{ name: "Liu Wei", role: "presales" }] }).ourAttendees, "Liu Wei, presales");
  assert.deepEqual(back.questions, [{ question: "支持 IPv6 吗?", kind: "capability", answer: "支持" }]);
  assert.deepEqual(back.actionItems, exchange.actionItems);
  assert.equal(back.title, "技术交流");
});

test("an action item without its owner or a question without its text is named, not dropped", () => {
  const form = formFrom({});
  form.actions = [{ item: "发送报价", owner: "", due: "", status: "open" }];
  assert.deepEqual(applyForm({}, form).problems, [{ what: ["minutes.item", 1], field: "minutes.owner" }]);
  const other = formFrom({});
  other.questions = [{ question: "", kind: "trap", askedBy: "王总", answer: "" }];
  assert.equal(applyForm({}, other).problems.length, 1);
  const blank = formFrom({});
  blank.actions = [{ item: "", owner: "", due: "", status: "open" }];
  assert.deepEqual(applyForm({}, blank).exchange.actionItems, [], "an untouched blank row is no item");
});

test("a new deal has the deal file's required fields; an empty one names what is missing", () => {
  const made = newDeal({ customer: "汉通物流", industry: "物流", project: "四级网络改造", ourCompany: "A 公司", language: "zh-CN", stage: "discovery" },
    new Date("2026-12-01T10:00:00Z"));
  assert.match(made.deal.id, /^deal-20261201-[0-9a-z]{4}$/);
  assert.deepEqual(Object.keys(made.deal).sort(), ["customer", "id", "language", "name", "ourCompany", "project", "stage"]);
  assert.deepEqual(newDeal({ customer: "x", industry: " ", project: "p", ourCompany: "o" }), { missing: "industry" });
  assert.equal(newDealId("Network Pilot 2027", new Date("2026-12-01"), () => 0), "network-pilot-2027-20261201-0000");
  assert.deepEqual(newExchange({ title: "", date: "2026-12-01" }, "discovery"), { missing: "title" });
  assert.deepEqual(newExchange({ title: "交流", date: "2026-12-01", durationMinutes: "45", kind: "formal" }, "negotiation").exchange,
    { date: "2026-12-01", kind: "formal", status: "planned", stage: "negotiation", title: "交流", durationMinutes: 45 });
});

test("the display language's primary subtag decides: any Chinese is zh-CN, anything else en-US", () => {
  for (const tag of ["zh-CN", "zh-cn", "zh-TW", "zh_Hans", "ZH"]) assert.equal(languageFrom(tag), "zh-CN", tag);
  for (const tag of ["en-US", "en-GB", "fr-FR", "", undefined]) assert.equal(languageFrom(tag), "en-US", String(tag));
});

test("both languages have every text, and every key the screens use exists", () => {
  const zh = Object.keys(dictionaries["zh-CN"]).sort(), en = Object.keys(dictionaries["en-US"]).sort();
  assert.deepEqual(zh, en);
  const src = fileURLToPath(new URL("../src/", import.meta.url));
  const files = (dir) => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
  const used = new Set();
  for (const file of files(src).filter((f) => /\.(jsx?|mjs)$/.test(f)))
    for (const m of readFileSync(file, "utf8").matchAll(/\bt\(\s*"([a-zA-Z0-9.]+)"/g)) used.add(m[1]);
  assert.ok(used.size > 50, `found ${used.size} keys`);
  for (const key of used) assert.ok(key in dictionaries["zh-CN"], `missing text: ${key}`);
  assert.equal(text("en-US", "plan.total", { total: 12, slot: 10 }), "12 min in all / 10 min slot");
  for (const value of Object.values(dictionaries["zh-CN"])) assert.match(value, /[\u3400-\u9fff]|^[A-Za-z ]+$|FAB/, value);
});

test("attendees and askers linked to stakeholders show their names and keep their links when saved", () => {
  const stakeholders = [{ id: "wang-jianguo", name: "王建国", title: "信息中心主任" }];
  const exchange = { customerAttendees: [{ stakeholderId: "wang-jianguo" }, { name: "赵工" }], questions: [{ question: "Q?", kind: "trap", askedBy: "wang-jianguo" }] };
  const form = formFrom(exchange, stakeholders);
  assert.equal(form.customerAttendees, "王建国\n赵工");
  assert.equal(form.questions[0].askedBy, "王建国");
  const { exchange: back } = applyForm(exchange, form, stakeholders);
  assert.deepEqual(back.customerAttendees, [{ stakeholderId: "wang-jianguo" }, { name: "赵工" }]);
  assert.equal(back.questions[0].askedBy, "wang-jianguo");
});

