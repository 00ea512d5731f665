// Screenshots of every screen, in Chinese and English, at the task pane's usual widths (320 and 450 px), into
// Pane/screenshots/ (ignored by git). Needs a running host with the sample deal (the script imports it if missing):
//   dotnet run --project src/PreSales.AddinHost -- --urls http://127.0.0.1:5310
//   node src/PreSales.AddinHost/Pane/scripts/screenshots.mjs http://127.0.0.1:5310
import { mkdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { launch, openPane } from "../e2e/browser.mjs";

const base = process.argv[2] ?? "http://127.0.0.1:5310";
const out = fileURLToPath(new URL("../screenshots/", import.meta.url));
mkdirSync(out, { recursive: true });
const sample = JSON.parse(readFileSync(fileURLToPath(new URL("../../../../samples/telecom-pilot.zh-CN.json", import.meta.url)), "utf8"));
delete sample.$schema;
await fetch(`${base}/v1/deals`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(sample) }).catch(() => null);

// The open deck for the review screens: the sample deal's own deck.
const deck = Buffer.from(await (await fetch(`${base}/v1/deals/${sample.id}/deck`)).arrayBuffer()).toString("base64");
const notes = readFileSync(fileURLToPath(new URL("../e2e/sample-notes.zh-CN.md", import.meta.url)), "utf8");

// Beyond each tab's first view: the routine's slide plan, a review's findings, notes as understood, search results.
const extras = {
  deck: async (page, shot) => {
    await page.getByRole("button", { name: /新建交易|New deal/ }).click();
    await shot("new-deal");
    await page.getByRole("button", { name: /新建交易|New deal/ }).click();
    await page.getByRole("button", { name: /新建交流|New exchange/ }).click();
    await shot("new-exchange");
    await page.getByRole("button", { name: /新建交流|New exchange/ }).click();
    await page.getByTestId("step-1").waitFor({ timeout: 10000 });
    await page.locator(".steps button").last().click();
    await page.waitForTimeout(300);
    await shot("deck-plan");
  },
  review: async (page, shot, host) => {
    if (host !== "PowerPoint") return;
    await page.getByTestId("review-run").click();
    await page.getByTestId("report").waitFor({ timeout: 20000 });
    await shot("review-report");
  },
  minutes: async (page, shot) => {
    await page.getByTestId("notes").fill(notes);
    await page.getByTestId("dry-run").click();
    await page.getByTestId("understood").waitFor({ timeout: 20000 });
    await shot("minutes-understood");
    await page.locator("[data-testid=line-by-line] > summary").click();
    await page.waitForTimeout(200);
    await shot("minutes-lines");
    await page.locator("[data-testid=line-by-line] > summary").click();
    await page.locator("input[type=radio]").nth(1).check();
    await page.waitForTimeout(300);
    await shot("minutes-form");
  },
  slides: async (page, shot) => {
    await page.getByTestId("slide-cases").click();
    await page.getByTestId("outcome").waitFor({ timeout: 20000 }).catch(() => null);
    await shot("slides-inserted");
  },
  knowledge: async (page, shot) => {
    await page.getByTestId("kb-query").fill("割接");
    await page.keyboard.press("Enter");
    await page.waitForTimeout(1500);
    await shot("knowledge-results");
  },
};

let browser = await launch();
const shots = [];
async function shoot(language, width, host) {
  const { page, context } = await openPane(browser, base, { office: { host, displayLanguage: language, deckBase64: deck }, width, height: 800, locale: language });
  try {
    const name = (screen) => join(out, `${language}-${width}-${host ?? "browser"}-${screen}.png`);
    await page.getByTestId("deal-select").selectOption(sample.id).catch(() => null);
    await page.waitForTimeout(300);
    for (const tab of await page.locator("[role=tab]").all()) {
      await tab.click();
      await page.waitForTimeout(400);
      const screen = (await tab.getAttribute("data-testid")).replace(/^tab-/, "");
      const shot = async (what) => {
        await page.screenshot({ path: name(what), fullPage: true });
        shots.push(name(what));
      };
      await shot(screen);
      await extras[screen]?.(page, shot, host);
    }
  } finally {
    await context.close().catch(() => null);
  }
}
for (const language of ["zh-CN", "en-US"])
  for (const width of [320, 450])
    for (const host of ["PowerPoint", "Word", null]) {
      try {
        await shoot(language, width, host);
      } catch (error) {
        // A crashed renderer on a busy machine: once more in a fresh browser.
        console.error(`${language} ${width} ${host}: ${error.message.split("\n")[0]}; retrying`);
        await browser.close().catch(() => null);
        browser = await launch();
        await shoot(language, width, host);
      }
    }
await browser.close();
console.log(`${shots.length} screenshots in ${out}`);
