// Headless Chromium for the browser tests and the screenshots: playwright-core driving the machine's Chromium (no
// browser download is possible), with office.js from the CDN blocked and the stand-in injected in its place.
import { chromium } from "playwright-core";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const chromiumPath = process.env.PRESALES_CHROMIUM ?? "/usr/bin/chromium";
export const hasChromium = () => existsSync(chromiumPath);
const standIn = readFileSync(fileURLToPath(new URL("office-standin.js", import.meta.url)), "utf8");

export async function launch() {
  return chromium.launch({
    executablePath: chromiumPath,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync"],
  });
}

/**
 * A page of the pane at baseUrl. office: the stand-in's configuration ({ host, displayLanguage, … }), or "none" for a
 * plain browser where office.js does not load at all (the request is aborted).
 */
export async function openPane(browser, baseUrl, { office = { host: "PowerPoint" }, width = 450, height = 900, locale = "en-US" } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, locale, acceptDownloads: true });
  await context.route(/appsforoffice\.microsoft\.com/, (route) => route.abort());
  if (office !== "none") {
    await context.addInitScript({ content: `window.__standIn = ${JSON.stringify(office)};\n${standIn}` });
  }
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${baseUrl}/taskpane.html`);
  await page.locator("[data-testid=host-line]").waitFor();
  return { page, context, errors };
}

/** The calls the stand-in recorded. */
export const officeCalls = (page) => page.evaluate(() => window.__officeCalls ?? []);
