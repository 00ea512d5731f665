// A stand-in for office.js in the browser tests and screenshots: the Office, PowerPoint and Word objects the pane
// calls, recording every call in window.__officeCalls. Configured by window.__standIn, set before this script runs:
//   { host: "PowerPoint" | "Word" | null, displayLanguage, sets: { "PowerPointApi 1.5": true, … },
//     deckBase64 (the open deck getFileAsync returns), slideIds: ["256#", …], selected: ["257#"] }
(() => {
  const config = Object.assign({ host: "PowerPoint", displayLanguage: "en-US", sets: {}, slideIds: ["256#", "257#", "258#"], selected: [] },
    window.__standIn || {});
  const calls = (window.__officeCalls = []);
  const record = (name, args) => calls.push({ name, args: JSON.parse(JSON.stringify(args)) });
  const defaultSets = {
    PowerPoint: { "PowerPointApi 1.2": true, "PowerPointApi 1.5": true },
    Word: { "WordApi 1.1": true, "WordApi 1.3": true, "WordApi 1.5": true },
  };
  const sets = Object.assign({}, defaultSets[config.host] || {}, config.sets);
  const bytes = config.deckBase64 ? Uint8Array.from(atob(config.deckBase64), (c) => c.charCodeAt(0)) : new Uint8Array(0);

  const succeeded = (value) => ({ status: "succeeded", value });
  const sliceBytes = config.sliceBytes || 16 * 1024; // small, so a test deck comes in several slices
  const file = {
    size: bytes.length,
    sliceCount: Math.max(1, Math.ceil(bytes.length / sliceBytes)),
    getSliceAsync(index, callback) {
      record("getSliceAsync", [index]);
      const data = Array.from(bytes.subarray(index * sliceBytes, (index + 1) * sliceBytes));
      setTimeout(() => callback(succeeded({ index, data, size: data.length })), 0);
    },
    closeAsync(callback) {
      record("closeAsync", []);
      setTimeout(() => callback && callback(succeeded()), 0);
    },
  };

  const queue = [];
  const presentation = {
    getSelectedSlides() {
      record("getSelectedSlides", []);
      return { load() {}, get items() { return config.selected.map((id) => ({ id })); } };
    },
    get slides() {
      return { load() {}, get items() { return config.slideIds.map((id) => ({ id })); } };
    },
    insertSlidesFromBase64(base64, options) {
      record("insertSlidesFromBase64", [base64, options]);
    },
    setSelectedSlides(ids) {
      record("setSelectedSlides", [ids]);
      config.selected = ids;
    },
  };
  const wordDocument = {
    body: {
      text: config.bodyText || "",
      load() {},
      insertFileFromBase64(base64, location) { record("body.insertFileFromBase64", [base64, location]); },
    },
    getSelection() {
      return { insertFileFromBase64(base64, location) { record("selection.insertFileFromBase64", [base64, location]); } };
    },
    insertFileFromBase64(base64, location, options) { record("document.insertFileFromBase64", [base64, location, options || null]); },
  };
  const context = { presentation, document: wordDocument, sync: async () => { queue.length = 0; } };

  window.Office = {
    HostType: { PowerPoint: "PowerPoint", Word: "Word" },
    FileType: { Compressed: "compressed" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    onReady: () => Promise.resolve({ host: config.host, platform: config.host ? "PC" : null }),
    context: {
      displayLanguage: config.displayLanguage,
      requirements: { isSetSupported: (name, version) => Boolean(sets[`${name} ${version}`]) },
      document: {
        getFileAsync(type, options, callback) {
          record("getFileAsync", [type, options]);
          setTimeout(() => callback(succeeded(file)), 0);
        },
      },
    },
  };
  if (config.host === "PowerPoint") window.PowerPoint = { run: async (work) => work(context) };
  if (config.host === "Word") window.Word = { run: async (work) => work(context) };
})();
