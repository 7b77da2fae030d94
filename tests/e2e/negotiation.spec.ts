import { mkdtempSync, chmodSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { baseURL } from "../../playwright.config";
import { negotiateLanguage } from "../../app/utils/negotiate-language";
import { browserLikeHeaders } from "../unit/nginx-language-map";
import { expect, test } from "./fixtures";
import { startNginx, type RunningNginx } from "./nginx";

// The language of "/" three ways on the same headers: the Node server, the real nginx running
// deploy/nginx-static.conf as it ships (its "/" needs no files: it only redirects), and the rule
// itself (app/utils/negotiate-language.ts). tests/unit/negotiation.test.ts evaluates the map on a
// larger corpus; this proves that nginx's PCRE and its case-insensitive map keys read it the same.

const port = Number(new URL(baseURL).port) + 57;
let nginx: RunningNginx;
let emptyMirror: string;

test.beforeAll(async () => {
  emptyMirror = mkdtempSync(join(tmpdir(), "stodlinjer-empty-mirror-"));
  chmodSync(emptyMirror, 0o755);
  nginx = await startNginx("nginx-static.conf", { port, mirror: emptyMirror });
});

test.afterAll(async () => {
  await nginx?.stop();
  rmSync(emptyMirror, { recursive: true, force: true });
});

async function home(origin: string, header: string): Promise<string | null> {
  const response = await fetch(`${origin}/`, { redirect: "manual", headers: header ? { "Accept-Language": header } : {} });
  await response.arrayBuffer();
  expect(response.status, `${origin} ${header}`).toBe(302);
  return response.headers.get("location");
}

test("nginx-static.conf, Node and the rule send a reader to the same language (300 browser-like headers)", async () => {
  const headers = [
    "",
    "EN-us",
    "Sv-se, en;q=0.5",
    "de-DE,de;q=0.9,en;q=0.8",
    "prs-AF",
    "de, *, en",
    "en;q=0, ar;q=0.1",
    "ar ; q=0, th",
    ...browserLikeHeaders(2000).filter((_, index) => index % 7 === 0),
  ];
  const differences: string[] = [];
  for (const header of headers) {
    const rule = `/${negotiateLanguage(header)}/`;
    const [fromNode, fromNginx] = await Promise.all([home(baseURL, header), home(nginx.origin, header)]);
    if (fromNode !== rule || fromNginx !== rule) differences.push(`${JSON.stringify(header)}: rule ${rule}, node ${fromNode}, nginx ${fromNginx}`);
  }
  expect(differences).toEqual([]);
  expect(nginx.errorLog()).toBe("");
});
