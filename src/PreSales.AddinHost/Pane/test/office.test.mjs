// The office module against office-addin-mock's PowerPoint and Word objects (and a plain Office common API object).
import { test, beforeEach } from "node:test";
import assert from "node:assert/strict";
import { OfficeMockObject } from "office-addin-mock";
import * as office from "../src/office/office.js";

const common = ({ sets = {}, file, displayLanguage = "zh-CN", host = "PowerPoint" } = {}) => ({
  HostType: { PowerPoint: "PowerPoint", Word: "Word" },
  FileType: { Compressed: "compressed" },
  AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  onReady: async () => ({ host }),
  context: {
    displayLanguage,
    requirements: { isSetSupported: (name, version) => Boolean(sets[`${name} ${version}`]) },
    document: file ? { getFileAsync: file } : {},
  },
});

function powerPoint({ selected = [], slides = ["256#", "257#", "258#"] } = {}) {
  return new OfficeMockObject({
    context: {
      presentation: {
        selection: { items: selected.map((id) => ({ id })) },
        slides: { items: slides.map((id) => ({ id })) },
        getSelectedSlides() { return this.selection; },
        insertSlidesFromBase64(base64, options) { this.inserted = { base64, options }; },
        setSelectedSlides(ids) { this.selectedIds = ids; },
      },
    },
    run: async function (callback) { return callback(this.context); },
  });
}

beforeEach(() => {
  delete globalThis.Office;
  delete globalThis.PowerPoint;
  delete globalThis.Word;
});

test("slides are inserted after the selected slide, keeping the destination's theme", async () => {
  globalThis.Office = common({ sets: { "PowerPointApi 1.2": true, "PowerPointApi 1.5": true } });
  globalThis.PowerPoint = powerPoint({ selected: ["257#", "258#"] });
  const result = await office.insertSlides("UEsDBA==");
  const inserted = globalThis.PowerPoint.context.presentation.inserted;
  assert.equal(inserted.base64, "UEsDBA==");
  assert.deepEqual(inserted.options, { formatting: "UseDestinationTheme", targetSlideId: "258#" });
  assert.equal(result.targetSlideId, "258#");
});

test("with no slide selected the slides go first, without a target id (PowerPoint's own default)", async () => {
  globalThis.Office = common({ sets: { "PowerPointApi 1.2": true, "PowerPointApi 1.5": true } });
  globalThis.PowerPoint = powerPoint({ selected: [] });
  await office.insertSlides("UEsDBA==");
  assert.deepEqual(globalThis.PowerPoint.context.presentation.inserted.options, { formatting: "UseDestinationTheme" });
});

test("without PowerPointApi 1.5 the selection is not asked for", async () => {
  globalThis.Office = common({ sets: { "PowerPointApi 1.2": true } });
  globalThis.PowerPoint = powerPoint({ selected: ["257#"] });
  globalThis.PowerPoint.context.presentation.getSelectedSlides = () => assert.fail("getSelectedSlides needs 1.5");
  await office.insertSlides("UEsDBA==");
  assert.equal(globalThis.PowerPoint.context.presentation.inserted.options.targetSlideId, undefined);
});

test("a finding's slide number selects that slide by its id", async () => {
  globalThis.Office = common({ sets: { "PowerPointApi 1.5": true } });
  globalThis.PowerPoint = powerPoint({ slides: ["256#", "300#", "301#"] });
  assert.equal(await office.selectSlide(2), true);
  assert.deepEqual(globalThis.PowerPoint.context.presentation.selectedIds, ["300#"]);
});

test("a slide number past the deck's end selects nothing", async () => {
  globalThis.Office = common({ sets: { "PowerPointApi 1.5": true } });
  globalThis.PowerPoint = powerPoint({ slides: ["256#"] });
  assert.equal(await office.selectSlide(5), false);
  assert.equal(globalThis.PowerPoint.context.presentation.selectedIds, undefined);
});

function fileOf(bytes, { sliceSize = 3, failAt = -1 } = {}) {
  const log = [];
  const file = {
    sliceCount: Math.ceil(bytes.length / sliceSize),
    getSliceAsync(i, callback) {
      log.push(`slice ${i}`);
      if (i === failAt) return callback({ status: "failed", error: { code: 5001, message: "slice failed" } });
      callback({ status: "succeeded", value: { data: Array.from(bytes.slice(i * sliceSize, (i + 1) * sliceSize)) } });
    },
    closeAsync(callback) {
      log.push("close");
      callback({ status: "succeeded" });
    },
  };
  const getFileAsync = (type, options, callback) => {
    log.push(`open ${type} ${options.sliceSize}`);
    callback({ status: "succeeded", value: file });
  };
  return { getFileAsync, log };
}

test("the open deck is read compressed, slice by slice, then closed", async () => {
  const bytes = [80, 75, 3, 4, 1, 2, 3, 4, 5, 6];
  const { getFileAsync, log } = fileOf(bytes);
  globalThis.Office = common({ file: getFileAsync });
  const read = await office.readOpenFile();
  assert.deepEqual(Array.from(read), bytes);
  assert.deepEqual(log, [`open compressed ${4 * 1024 * 1024}`, "slice 0", "slice 1", "slice 2", "slice 3", "close"]);
});

test("a failed slice still closes the file, and the failure is reported", async () => {
  const { getFileAsync, log } = fileOf([1, 2, 3, 4, 5, 6, 7], { failAt: 1 });
  globalThis.Office = common({ file: getFileAsync });
  await assert.rejects(office.readOpenFile(), /slice failed/);
  assert.equal(log.at(-1), "close");
});

function word(bodyText) {
  return new OfficeMockObject({
    context: {
      document: {
        body: { text: bodyText },
        selection: { insertFileFromBase64(base64, location) { this.inserted = { base64, location }; } },
        getSelection() { return this.selection; },
        insertFileFromBase64(base64, location) { this.inserted = { base64, location }; },
      },
    },
    run: async function (callback) { return callback(this.context); },
  });
}

test("an empty Word document takes the file whole, headers and footers too (WordApi 1.5)", async () => {
  globalThis.Office = common({ host: "Word", sets: { "WordApi 1.3": true, "WordApi 1.5": true } });
  globalThis.Word = word("  \n");
  assert.equal(await office.insertWordFile("UEsDBA=="), "document");
  assert.deepEqual(globalThis.Word.context.document.inserted, { base64: "UEsDBA==", location: "Replace" });
});

test("a Word document with text gets the file after the selection, nothing replaced", async () => {
  globalThis.Office = common({ host: "Word", sets: { "WordApi 1.3": true, "WordApi 1.5": true } });
  globalThis.Word = word("会议纪要草稿");
  assert.equal(await office.insertWordFile("UEsDBA=="), "selection");
  assert.deepEqual(globalThis.Word.context.document.selection.inserted, { base64: "UEsDBA==", location: "After" });
  assert.equal(globalThis.Word.context.document.inserted, undefined);
});

test("an empty document without WordApi 1.5 also gets the file at the selection", async () => {
  globalThis.Office = common({ host: "Word", sets: { "WordApi 1.3": true } });
  globalThis.Word = word("");
  assert.equal(await office.insertWordFile("UEsDBA=="), "selection");
});

test("outside Office there is no host and the browser's language applies", async () => {
  const info = await office.start(50);
  assert.equal(info.host, null);
  assert.ok(info.displayLanguage);
});

test("Office.onReady with a null host (a plain browser) means no host", async () => {
  globalThis.Office = { ...common(), onReady: async () => ({ host: null }) };
  assert.equal((await office.start(1000)).host, null);
});

test("an onReady that never resolves times out instead of hanging the pane", async () => {
  globalThis.Office = { ...common(), onReady: () => new Promise(() => {}) };
  assert.equal((await office.start(30)).host, null);
});

test("inside PowerPoint the host and Office's display language are read", async () => {
  globalThis.Office = common({ host: "PowerPoint", displayLanguage: "en-GB" });
  assert.deepEqual(await office.start(1000), { host: "PowerPoint", displayLanguage: "en-GB" });
});

test("requirement sets are asked at run time; a throwing check counts as missing", () => {
  globalThis.Office = common({ sets: { "PowerPointApi 1.2": true } });
  assert.equal(office.supports(office.needs.insertSlides), true);
  assert.equal(office.supports(office.needs.selectSlides), false);
  globalThis.Office.context.requirements.isSetSupported = () => { throw new Error("no"); };
  assert.equal(office.supports(office.needs.insertSlides), false);
  delete globalThis.Office;
  assert.equal(office.supports(office.needs.insertSlides), false);
});

test("bytes become base64 in chunks, the same as Node's encoder", () => {
  const bytes = new Uint8Array(100_000).map((_, i) => (i * 31) % 256);
  assert.equal(office.toBase64(bytes), Buffer.from(bytes).toString("base64"));
});

test("the open file's name comes from its URL or path; none for a new file", () => {
  globalThis.Office = common();
  globalThis.Office.context.document.url = "https://contoso.sharepoint.com/sites/s/Shared%20Documents/%E6%96%B9%E6%A1%88.pptx?web=1";
  assert.equal(office.openFileName(), "方案.pptx");
  globalThis.Office.context.document.url = "C:\\Users\\chen\\Desktop\\pitch.pptx";
  assert.equal(office.openFileName(), "pitch.pptx");
  globalThis.Office.context.document.url = "";
  assert.equal(office.openFileName(), null);
});
