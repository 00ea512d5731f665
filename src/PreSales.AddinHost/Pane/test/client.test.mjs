// The host client against a real HTTP server on loopback: problem details become one sentence, files keep their names.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { HostError, fileNameOf, hostClient, sentenceFor } from "../src/api/client.js";

let server, base;
const seen = [];
before(async () => {
  server = createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      seen.push({ method: req.method, url: req.url, headers: req.headers, body });
      if (req.url.startsWith("/v1/deals?")) {
        res.writeHead(200, { "Content-Type": "application/json" });
        return res.end(JSON.stringify({ items: [], total: 0, page: 1, pageSize: 100 }));
      }
      if (req.url === "/v1/deals/d1") {
        res.writeHead(200, { "Content-Type": "application/json", ETag: '"7"' });
        return res.end(JSON.stringify({ id: "d1", exchanges: [] }));
      }
      if (req.url === "/v1/deals" && req.method === "POST") {
        res.writeHead(400, { "Content-Type": "application/problem+json" });
        return res.end(JSON.stringify({
          title: "Bad Request", status: 400, detail: "交易文件有 2 个问题",
          errors: [{ path: "$.customer.industry", message: "缺少必填项" }, { path: "$.stage", message: "不是有效的阶段" }],
        }));
      }
      if (req.url.startsWith("/v1/deals/d1/documents/minutes")) {
        res.writeHead(200, {
          "Content-Type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          "Content-Disposition": `attachment; filename="minutes.docx"; filename*=UTF-8''${encodeURIComponent("交流总结-汉通.docx")}`,
          "X-Document-Id": "doc-9",
        });
        return res.end(Buffer.from([80, 75, 3, 4]));
      }
      if (req.url.startsWith("/v1/documents?") && req.url.includes("q=boom")) {
        res.writeHead(500, { "Content-Type": "text/html" });
        return res.end("<html>stack trace</html>");
      }
      res.writeHead(404, { "Content-Type": "application/problem+json" });
      res.end(JSON.stringify({ title: "Not Found", status: 404 }));
    });
  });
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${server.address().port}`;
});
after(() => server.close());

test("a validation problem becomes one sentence with its places, in the caller's language", async () => {
  const api = hostClient({ baseUrl: base, language: () => "zh-CN" });
  const error = await api.createDeal({ id: "x" }).catch((e) => e);
  assert.ok(error instanceof HostError);
  assert.equal(error.status, 400);
  assert.equal(error.message, "交易文件有 2 个问题。 $.customer.industry: 缺少必填项。 $.stage: 不是有效的阶段。");
  assert.equal(seen.at(-1).headers["accept-language"], "zh-CN");
  assert.equal(seen.at(-1).headers["content-type"], "application/json");
});

test("a problem with only a framework title says what happened in words, not the title", async () => {
  const api = hostClient({ baseUrl: base, language: () => "en-US" });
  const error = await api.getDeal("gone").catch((e) => e);
  assert.equal(error.message, "What you asked for was not found; it may have been deleted.");
});

test("a server error without problem details is a sentence, never the page it sent", async () => {
  const api = hostClient({ baseUrl: base, language: () => "en-US" });
  const error = await api.searchDocuments({ q: "boom" }).catch((e) => e);
  assert.equal(error.status, 500);
  assert.equal(error.message, "The service failed; try again in a moment.");
  const nowhere = hostClient({ baseUrl: "http://127.0.0.1:9", language: () => "zh-CN" });
  const offline = await nowhere.listDeals().catch((e) => e);
  assert.equal(offline.status, 0);
  assert.match(offline.message, /无法连接/);
});

test("a deal comes with its ETag; the list asks for a page of 100", async () => {
  const api = hostClient({ baseUrl: base });
  const deal = await api.getDeal("d1");
  assert.equal(deal.etag, '"7"');
  assert.ok(!JSON.stringify(deal).includes("etag"), "the ETag is not part of the deal file");
  await api.listDeals();
  assert.match(seen.at(-1).url, /pageSize=100/);
});

test("a file keeps its UTF-8 name (filename*) and its knowledge-base id", async () => {
  const api = hostClient({ baseUrl: base });
  const file = await api.document("d1", "minutes", 2);
  assert.equal(file.fileName, "交流总结-汉通.docx");
  assert.equal(file.documentId, "doc-9");
  assert.deepEqual(new Uint8Array(await file.blob.arrayBuffer()), new Uint8Array([80, 75, 3, 4]));
  assert.equal(seen.at(-1).url, "/v1/deals/d1/documents/minutes?exchange=2");
});

test("Content-Disposition names: filename* wins, plain filename next, the fallback last", () => {
  assert.equal(fileNameOf(`attachment; filename="a.pptx"; filename*=UTF-8''%E6%BC%94%E7%A4%BA.pptx`, "x"), "演示.pptx");
  assert.equal(fileNameOf(`attachment; filename="deck.pptx"`, "x"), "deck.pptx");
  assert.equal(fileNameOf(null, "fallback.docx"), "fallback.docx");
  assert.equal(fileNameOf(`attachment; filename*=UTF-8''%E0%A4%A`, "x"), "x");
});

test("more than three errors are counted, not listed", () => {
  const errors = Array.from({ length: 5 }, (_, i) => ({ path: `$.a[${i}]`, message: "bad" }));
  assert.equal(sentenceFor(400, { detail: "Five problems", errors }, "en-US"),
    "Five problems. $.a[0]: bad. $.a[1]: bad. $.a[2]: bad. 2 more problems.");
  assert.equal(sentenceFor(400, { errors: { "$.x": ["must be a date"] } }, "en-US"), "$.x: must be a date.");
});
