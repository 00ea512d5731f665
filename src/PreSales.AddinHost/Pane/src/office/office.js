// Every call into Office goes through this module, so tests can stand in for Office (office-addin-mock in unit tests,
// an injected stand-in in the browser tests) and the rest of the pane never touches the globals.

/** The requirement sets each insertion needs; checked at run time (never in the manifest, which lists two hosts). */
export const needs = {
  insertSlides: ["PowerPointApi", "1.2"],
  selectSlides: ["PowerPointApi", "1.5"],
  readDeck: null, // getFileAsync is the Common API: present wherever PowerPoint runs the pane
  insertWordFile: ["WordApi", "1.3"],
};

const globals = () => globalThis;

/**
 * Waits for Office: { host: "PowerPoint" | "Word" | null, displayLanguage }. In an ordinary browser office.js either
 * resolves onReady with a null host or never loads or resolves at all: after timeoutMs the pane goes on without Office.
 */
export async function start(timeoutMs = 3000) {
  const Office = globals().Office;
  const browserLanguage = globals().navigator?.language ?? "zh-CN";
  if (!Office?.onReady) return { host: null, displayLanguage: browserLanguage };
  const timeout = new Promise((resolve) => setTimeout(() => resolve(null), timeoutMs));
  const info = await Promise.race([Promise.resolve(Office.onReady()).catch(() => null), timeout]);
  const host = info?.host === Office.HostType?.PowerPoint || info?.host === "PowerPoint" ? "PowerPoint"
    : info?.host === Office.HostType?.Word || info?.host === "Word" ? "Word" : null;
  const displayLanguage = (host && Office.context?.displayLanguage) || browserLanguage;
  return { host, displayLanguage };
}

/** Whether the running Office has the requirement set; false outside Office. */
export function supports(need) {
  if (need === null) return Boolean(globals().Office?.context?.document?.getFileAsync);
  const requirements = globals().Office?.context?.requirements;
  try {
    return Boolean(requirements?.isSetSupported(need[0], need[1]));
  } catch {
    return false;
  }
}

/** The id of the selected slide (the last one when several are: the active one on the web), or null. */
export async function selectedSlideId() {
  return globals().PowerPoint.run(async (context) => {
    const selected = context.presentation.getSelectedSlides();
    selected.load("items");
    await context.sync();
    const items = selected.items ?? [];
    return items.length > 0 ? items[items.length - 1].id : null;
  });
}

/**
 * Inserts the slides of a .pptx (base64) after the selected slide, keeping the open deck's theme. Without a selection
 * (or without PowerPointApi 1.5 to ask for it) PowerPoint puts them first, as it does for no targetSlideId.
 */
export async function insertSlides(base64) {
  const target = supports(needs.selectSlides) ? await selectedSlideId() : null;
  const options = { formatting: "UseDestinationTheme" };
  if (target) options.targetSlideId = target;
  await globals().PowerPoint.run(async (context) => {
    context.presentation.insertSlidesFromBase64(base64, options);
    await context.sync();
  });
  return { targetSlideId: target };
}

/** Selects the n-th slide (from 1) of the open deck; false when the deck has fewer slides. */
export async function selectSlide(position) {
  return globals().PowerPoint.run(async (context) => {
    const slides = context.presentation.slides;
    slides.load("items");
    await context.sync();
    const slide = slides.items?.[position - 1];
    if (!slide) return false;
    context.presentation.setSelectedSlides([slide.id]);
    await context.sync();
    return true;
  });
}

const sliceSize = 4 * 1024 * 1024;

/**
 * The open document as a file (Office.FileType.Compressed), read slice by slice. The file is always closed, even when
 * a slice fails: an unclosed file breaks later calls until the pane reloads.
 */
export async function readOpenFile() {
  const Office = globals().Office;
  const file = await new Promise((resolve, reject) =>
    Office.context.document.getFileAsync(Office.FileType.Compressed, { sliceSize }, (result) =>
      result.status === Office.AsyncResultStatus.Succeeded ? resolve(result.value) : reject(officeError(result))));
  try {
    const parts = [];
    let length = 0;
    for (let i = 0; i < file.sliceCount; i++) {
      const slice = await new Promise((resolve, reject) =>
        file.getSliceAsync(i, (result) =>
          result.status === Office.AsyncResultStatus.Succeeded ? resolve(result.value) : reject(officeError(result))));
      const bytes = slice.data instanceof Uint8Array ? slice.data : Uint8Array.from(slice.data);
      parts.push(bytes);
      length += bytes.length;
    }
    const whole = new Uint8Array(length);
    let at = 0;
    for (const part of parts) {
      whole.set(part, at);
      at += part.length;
    }
    return whole;
  } finally {
    await new Promise((resolve) => file.closeAsync(() => resolve()));
  }
}

/**
 * Inserts a .docx (base64) into the open document: at an empty document's place with its headers and footers
 * (Document.insertFileFromBase64, WordApi 1.5), else after the selection.
 */
export async function insertWordFile(base64) {
  return globals().Word.run(async (context) => {
    const body = context.document.body;
    body.load("text");
    await context.sync();
    const empty = (body.text ?? "").trim().length === 0;
    if (empty && supports(["WordApi", "1.5"])) {
      context.document.insertFileFromBase64(base64, "Replace");
      await context.sync();
      return "document";
    }
    context.document.getSelection().insertFileFromBase64(base64, "After");
    await context.sync();
    return "selection";
  });
}

/** The open document's file name (from its URL or path), or null when Office does not say (a new, unsaved file). */
export function openFileName() {
  const url = globals().Office?.context?.document?.url;
  if (!url) return null;
  const name = decodeURIComponent(String(url).split(/[\\/]/).pop().split("?")[0]);
  return name || null;
}

/** Saves a file the browser's way (the fallback wherever Office cannot insert). */
export function download(blob, fileName) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function officeError(result) {
  const error = new Error(result.error?.message ?? "Office call failed");
  error.officeCode = result.error?.code;
  return error;
}

/** Bytes to base64 without building one huge string of characters at once. */
export function toBase64(bytes) {
  let binary = "";
  const step = 0x8000;
  for (let i = 0; i < bytes.length; i += step) binary += String.fromCharCode(...bytes.subarray(i, i + step));
  return btoa(binary);
}
