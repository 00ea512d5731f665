// The host's HTTP API (docs/api.md), same origin as the pane. Problem details become a HostError carrying a sentence
// in the user's language; files come back as { blob, fileName, documentId }.
import { text } from "../i18n/strings.js";

/** An error the user can read: a sentence, never raw JSON. */
export class HostError extends Error {
  constructor(sentence, status, problem) {
    super(sentence);
    this.status = status;
    this.problem = problem;
  }
}

/** The sentence for a problem details body (or none): detail first, then each error with its place, else the status. */
export function sentenceFor(status, problem, language) {
  const parts = [];
  const detail = typeof problem?.detail === "string" ? problem.detail.trim() : "";
  const title = typeof problem?.title === "string" ? problem.title.trim() : "";
  if (detail) parts.push(detail);
  else if (title && !/^[A-Z][a-z]+( [A-Z]?[a-z]+)*$/.test(title)) parts.push(title); // a title that is more than "Bad Request"
  const errors = Array.isArray(problem?.errors) ? problem.errors
    : problem?.errors && typeof problem.errors === "object"
      ? Object.entries(problem.errors).flatMap(([path, messages]) => [].concat(messages).map((message) => ({ path, message })))
      : [];
  for (const error of errors.slice(0, 3)) {
    const message = typeof error === "string" ? error : error?.message;
    if (message) parts.push(error.path && error.path !== "$" ? `${error.path}: ${message}` : message);
  }
  if (errors.length > 3) parts.push(text(language, "error.more", { count: errors.length - 3 }));
  if (parts.length === 0) parts.push(text(language, statusKey(status)));
  return parts.map((p) => p.replace(/\s+/g, " ")).map(endSentence).join(" ");
}

const endSentence = (s) => (/[.。!！?？:：]$/.test(s) ? s : /[\u3000-\u9fff]/.test(s) ? `${s}。` : `${s}.`);

function statusKey(status) {
  if (status === 0) return "error.offline";
  if (status === 401 || status === 403) return "error.denied";
  if (status === 404) return "error.notFound";
  if (status === 409 || status === 412) return "error.conflict";
  if (status === 413) return "error.tooLarge";
  if (status >= 500) return "error.server";
  return "error.unusable";
}

/** The file name of a Content-Disposition header (RFC 6266: filename* in UTF-8 wins over filename). */
export function fileNameOf(disposition, fallback) {
  if (!disposition) return fallback;
  const star = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(disposition);
  if (star) {
    try {
      return decodeURIComponent(star[2].trim());
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(disposition);
  return plain ? plain[1].trim() : fallback;
}

/** A client of the host at baseUrl ("" for the pane's own origin) speaking the given language. */
export function hostClient({ baseUrl = "", language = () => "zh-CN", fetch: fetchImpl = (...a) => globalThis.fetch(...a) } = {}) {
  async function send(method, path, { json, body, contentType, headers = {} } = {}) {
    const lang = language();
    const init = { method, headers: { "Accept-Language": lang, ...headers } };
    if (json !== undefined) {
      init.body = JSON.stringify(json);
      init.headers["Content-Type"] = "application/json";
    } else if (body !== undefined) {
      init.body = body;
      if (contentType) init.headers["Content-Type"] = contentType;
    }
    let response;
    try {
      response = await fetchImpl(baseUrl + path, init);
    } catch {
      throw new HostError(sentenceFor(0, null, lang), 0, null);
    }
    if (!response.ok) {
      let problem = null;
      try {
        const type = response.headers.get("Content-Type") ?? "";
        if (type.includes("json")) problem = await response.json();
      } catch {
        problem = null;
      }
      throw new HostError(sentenceFor(response.status, problem, lang), response.status, problem);
    }
    return response;
  }

  const json = async (method, path, options) => {
    const response = await send(method, path, options);
    if (response.status === 204) return null;
    const value = await response.json();
    const etag = response.headers.get("ETag");
    return etag && value && typeof value === "object" ? Object.defineProperty(value, "etag", { value: etag, enumerable: false }) : value;
  };

  const file = async (method, path, options, fallbackName) => {
    const response = await send(method, path, options);
    return {
      blob: await response.blob(),
      fileName: fileNameOf(response.headers.get("Content-Disposition"), fallbackName),
      documentId: response.headers.get("X-Document-Id"),
      slideCount: Number(response.headers.get("X-Slide-Count")) || null,
    };
  };

  const q = (params) => {
    const search = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== "") search.set(k, String(v));
    const s = search.toString();
    return s ? `?${s}` : "";
  };
  const id = encodeURIComponent;

  return {
    listDeals: (params = {}) => json("GET", `/v1/deals${q({ pageSize: 100, ...params })}`),
    getDeal: (dealId) => json("GET", `/v1/deals/${id(dealId)}`),
    createDeal: (deal) => json("POST", "/v1/deals", { json: deal }),
    addExchange: (dealId, exchange) => json("POST", `/v1/deals/${id(dealId)}/exchanges`, { json: exchange }),
    updateExchange: (dealId, exchangeId, exchange, etag) =>
      json("PUT", `/v1/deals/${id(dealId)}/exchanges/${exchangeId}`, { json: exchange, headers: etag ? { "If-Match": etag } : {} }),
    minutesFromNotes: (dealId, exchangeId, notes, { dryRun }) =>
      json("POST", `/v1/deals/${id(dealId)}/exchanges/${exchangeId}/minutes${q({ dryRun: dryRun ? "true" : undefined })}`,
        { body: notes, contentType: "text/plain; charset=utf-8" }),
    deckPlan: (dealId, exchangeId) => json("GET", `/v1/deals/${id(dealId)}/deck/plan${q({ exchange: exchangeId })}`),
    deckFromPlan: (dealId, exchangeId, plan, template) =>
      file("POST", `/v1/deals/${id(dealId)}/deck${q({ exchange: exchangeId, template })}`, { json: plan }, "deck.pptx"),
    deckSlides: (dealId, exchangeId, part) =>
      file("GET", `/v1/deals/${id(dealId)}/deck/slides/${part}${q({ exchange: exchangeId })}`, {}, `${part}.pptx`),
    document: (dealId, kind, exchangeId) =>
      file("GET", `/v1/deals/${id(dealId)}/documents/${kind}${q({ exchange: exchangeId })}`, {}, `${kind}.docx`),
    review: (bytes, { dealId, fileName, lang }) =>
      json("POST", `/v1/reviews${q({ dealId, fileName, lang })}`, {
        body: bytes, contentType: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
      }),
    listTemplates: async (kind) => (await json("GET", "/v1/templates")).filter((x) => !kind || x.kind === kind),
    searchDocuments: (params) => json("GET", `/v1/documents${q({ pageSize: 20, ...params })}`),
    documentContent: (documentId, name) => file("GET", `/v1/documents/${id(documentId)}/content`, {}, name),
  };
}

/** The exchange's id in the API: its number, 1-based in the deal file's order (as the CLI's --exchange). */
export const exchangeIdOf = (index) => index + 1;
