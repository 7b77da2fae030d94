import { chromium } from "@playwright/test";
const [base, ...paths] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless","--no-sandbox","--disable-gpu"] });
for (const spec of paths) {
  const [p, w] = spec.split("@");
  const page = await browser.newPage({ viewport: { width: Number(w ?? 320), height: 640 } });
  await page.goto(base + p);
  await page.screenshot({ path: `/tmp/screen/${p.replace(/\//g, "_")}-${w ?? 320}.png` });
  await page.close();
}
await browser.close();
