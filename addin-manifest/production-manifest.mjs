// Writes a copy of manifest.xml for another host address: every https://localhost:3000 becomes the given address.
//   node addin-manifest/production-manifest.mjs https://presales.example.com [-o out/manifest.xml]
// The address must be https (Office loads add-ins over TLS only), with no path, query or trailing slash.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";

export const developmentAddress = "https://localhost:3000";

/** The manifest's text with the development address replaced; throws with a sentence when the address is unusable. */
export function forAddress(manifest, address) {
  let url;
  try {
    url = new URL(address);
  } catch {
    throw new Error(`"${address}" is not an address; give one like https://presales.example.com`);
  }
  if (url.protocol !== "https:") throw new Error(`"${address}" must start with https:// (Office loads add-ins over HTTPS only)`);
  if (url.pathname !== "/" || url.search || url.hash || address.endsWith("/"))
    throw new Error(`"${address}" must be the host's address alone, without a path or a trailing slash`);
  if (!manifest.includes(developmentAddress)) throw new Error(`the manifest does not contain ${developmentAddress}`);
  return manifest.replaceAll(developmentAddress, url.origin);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const outAt = args.indexOf("-o");
  const out = outAt >= 0 ? args[outAt + 1] : "out/manifest.xml";
  const address = args.find((a, i) => a !== "-o" && i !== outAt + 1);
  if (!address || (outAt >= 0 && !out)) {
    console.error("usage: node addin-manifest/production-manifest.mjs https://your-host [-o out/manifest.xml]");
    process.exit(2);
  }
  try {
    const manifest = readFileSync(fileURLToPath(new URL("manifest.xml", import.meta.url)), "utf8");
    const text = forAddress(manifest, address);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, text);
    console.log(`${out}: the manifest for ${new URL(address).origin}`);
  } catch (error) {
    console.error(`production-manifest: ${error.message}`);
    process.exit(2);
  }
}
