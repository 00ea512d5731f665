// A generated file goes into the open document when Office can take it, else it is downloaded; either way the user
// gets a sentence saying which happened (and why, when a requirement set is missing).
import * as office from "../../office/office.js";

/** Inserts a .pptx's slides (PowerPoint) or downloads it; returns the sentence to show. */
export async function deliverSlides({ host, t }, file, count) {
  if (host === "PowerPoint" && office.supports(office.needs.insertSlides)) {
    const bytes = new Uint8Array(await file.blob.arrayBuffer());
    const { targetSlideId } = await office.insertSlides(office.toBase64(bytes));
    return t(targetSlideId ? "routine.inserted" : "routine.insertedFirst", { count });
  }
  office.download(file.blob, file.fileName);
  const downloaded = t("routine.downloaded", { file: file.fileName });
  return host === "PowerPoint" ? `${t("missing.insertSlides")} ${downloaded}` : downloaded;
}

/** Inserts a .docx into the open document (Word) or downloads it; returns the sentence to show. */
export async function deliverDocument({ host, t }, file) {
  if (host === "Word" && office.supports(office.needs.insertWordFile)) {
    const bytes = new Uint8Array(await file.blob.arrayBuffer());
    await office.insertWordFile(office.toBase64(bytes));
    return t("docs.inserted", { file: file.fileName });
  }
  office.download(file.blob, file.fileName);
  const downloaded = t("routine.downloaded", { file: file.fileName });
  return host === "Word" ? `${t("missing.insertWord")} ${downloaded}` : downloaded;
}
