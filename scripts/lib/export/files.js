// @ts-check
// The export's files on disk: the output folder it may replace, the copy of public/, and the
// precompressed siblings (.br, .gz) made once for every text file.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants as zlibConstants, gzip } from "node:zlib";
import { COMPRESSIBLE } from "../static-mirror.js";

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * Runs `task` over `items`, at most `limit` at a time.
 * @template T
 * @param {readonly T[]} items
 * @param {number} limit
 * @param {(item: T) => Promise<void>} task
 */
export async function pool(items, limit, task) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = /** @type {T} */ (items[next]);
      next += 1;
      await task(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** Every file under a folder, relative to it. @param {string} dir @returns {string[]} */
export function listFiles(dir) {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((name) => statSync(join(dir, name)).isFile())
    .map((name) => name.split("\\").join("/"));
}

/**
 * An output folder we may replace: missing, empty, or an earlier export (it has _headers and
 * sitemap.xml). Anything else is refused, so a typo cannot delete a folder of other files.
 * @param {string} out
 */
export function checkOut(out) {
  if (!existsSync(out)) return;
  const entries = readdirSync(out);
  if (entries.length > 0 && !(entries.includes("_headers") && entries.includes("sitemap.xml"))) {
    throw new Error(`${out} is not empty and is not an earlier export: choose another --out`);
  }
}

/**
 * Copies public/ (favicons, quick-exit.js, and the build's assets in public/build → /build/) into
 * the mirror, leaving alone any file the crawl wrote. Returns the files of public/.
 * @param {string} publicDir
 * @param {string} out
 * @param {ReadonlyMap<string, string>} written
 */
export function copyPublic(publicDir, out, written) {
  const publicFiles = listFiles(publicDir);
  for (const file of publicFiles) {
    if (written.has(file)) continue;
    mkdirSync(dirname(join(out, file)), { recursive: true });
    cpSync(join(publicDir, file), join(out, file));
  }
  return publicFiles;
}

/**
 * Gives every text file of the mirror a `.br` (brotli at its best quality) and a `.gz` (gzip -9)
 * sibling, made once here so that no server compresses per request. Returns the sizes.
 * @param {string} out
 */
export async function compressSiblings(out) {
  const files = listFiles(out);
  const textFiles = files.filter((file) => COMPRESSIBLE.test(file));
  let bytes = 0;
  let brotliBytes = 0;
  let gzipBytes = 0;
  for (const file of files) bytes += statSync(join(out, file)).size;
  await pool(textFiles, 4, async (file) => {
    const body = readFileSync(join(out, file));
    const [br, gz] = await Promise.all([
      brotli(body, {
        params: {
          [zlibConstants.BROTLI_PARAM_QUALITY]: zlibConstants.BROTLI_MAX_QUALITY,
          [zlibConstants.BROTLI_PARAM_MODE]: zlibConstants.BROTLI_MODE_TEXT,
          [zlibConstants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      }),
      gzipAsync(body, { level: 9 }),
    ]);
    writeFileSync(join(out, `${file}.br`), br);
    writeFileSync(join(out, `${file}.gz`), gz);
    brotliBytes += br.length;
    gzipBytes += gz.length;
  });
  const textBytes = textFiles.reduce((sum, file) => sum + statSync(join(out, file)).size, 0);
  return {
    files: files.length + textFiles.length * 2,
    bytes: bytes + brotliBytes + gzipBytes,
    plainFiles: files.length,
    plainBytes: bytes,
    textFiles: textFiles.length,
    textBytes,
    brotliBytes,
    gzipBytes,
  };
}
