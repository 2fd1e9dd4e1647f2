// Bundle web/src/*.js (one ES module per page) with esbuild, and copy the country shapes and Swagger UI's
// stylesheet next to it.
import { build } from "esbuild";
import { copyFileSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "..", "src", "pluripolar", "web", "static", "dist");
const pages = readdirSync(join(here, "src"))
  .filter((f) => f.endsWith(".js") && !f.startsWith("_"))
  .map((f) => join(here, "src", f));

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
await build({
  entryPoints: pages,
  outdir: out,
  bundle: true,
  format: "esm",
  splitting: true,
  minify: true,
  sourcemap: false,
  target: ["es2020"],
  chunkNames: "chunks/[name]-[hash]",
  legalComments: "linked",
  logLevel: "warning",
});
copyFileSync(join(here, "node_modules", "world-atlas", "countries-110m.json"), join(out, "countries-110m.json"));
copyFileSync(join(here, "node_modules", "swagger-ui-dist", "swagger-ui.css"), join(out, "swagger-ui.css"));
console.log(`web assets: ${pages.length} pages -> ${out}`);
