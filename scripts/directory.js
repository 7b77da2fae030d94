// @ts-check
// `npm run directory -- review` and `npm run directory -- approve <id> [--by "name"]`: the operator's
// command for the directory source (app/directory/review-command.server.ts, see README "The
// directory source: what an operator sees"). The command is TypeScript and shares the server's
// checks, so it is bundled first with esbuild, the bundler `npm run build` already uses (Remix's
// compiler), into node_modules/.cache.
import { mkdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const outfile = join(root, "node_modules", ".cache", "stodlinjer", "directory-command.mjs");

/** @type {typeof import("esbuild")} */
let esbuild;
try {
  esbuild = await import("esbuild");
} catch {
  console.error("esbuild is missing: run `npm ci` (the same install `npm run build` needs).");
  process.exit(2);
}

await mkdir(dirname(outfile), { recursive: true });
await esbuild.build({
  entryPoints: [join(root, "app", "directory", "review-command.server.ts")],
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  // Packages load from node_modules; "~/…" is the app (tsconfig paths), bundled.
  plugins: [
    {
      name: "packages-external",
      setup(build) {
        build.onResolve({ filter: /^[^./~]/ }, (args) => ({ path: args.path, external: true }));
      },
    },
  ],
  tsconfig: join(root, "tsconfig.json"),
  outfile,
  logLevel: "error",
});

/** @type {{ runDirectoryCommand: (argv: string[], io: { env: Record<string, string | undefined>, out: (line: string) => void }) => Promise<number> }} */
const command = await import(pathToFileURL(outfile).href);
process.exitCode = await command.runDirectoryCommand(process.argv.slice(2), {
  env: process.env,
  out: (line) => console.log(line),
});
