// Bundles the pane into the host's wwwroot (run by the host's .NET build; `npm run build` by hand):
// wwwroot/taskpane.html, wwwroot/pane/taskpane.{js,css}, wwwroot/assets/icon-*.png, wwwroot/help.html.
import { build } from "esbuild";
import { copyFileSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";

const pane = fileURLToPath(new URL("..", import.meta.url));
const wwwroot = join(pane, "..", "wwwroot");
const icons = join(pane, "..", "..", "..", "addin-manifest", "assets");

rmSync(join(wwwroot, "pane"), { recursive: true, force: true });
mkdirSync(join(wwwroot, "pane"), { recursive: true });
mkdirSync(join(wwwroot, "assets"), { recursive: true });
await build({
  entryPoints: [join(pane, "src", "main.jsx")],
  outfile: join(wwwroot, "pane", "taskpane.js"),
  bundle: true,
  format: "esm",
  minify: true,
  target: ["chrome100", "safari15", "edge100"],
  jsx: "automatic",
  define: { "process.env.NODE_ENV": '"production"' },
  legalComments: "linked",
  logLevel: "warning",
});
copyFileSync(join(pane, "src", "taskpane.css"), join(wwwroot, "pane", "taskpane.css"));
copyFileSync(join(pane, "src", "taskpane.html"), join(wwwroot, "taskpane.html"));
copyFileSync(join(pane, "src", "help.html"), join(wwwroot, "help.html"));
for (const icon of readdirSync(icons).filter((f) => f.endsWith(".png"))) copyFileSync(join(icons, icon), join(wwwroot, "assets", icon));
console.log(`pane bundled into ${wwwroot}`);
