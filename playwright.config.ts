import { defineConfig } from "@playwright/test";
import { chromiumFlags, chromiumPath } from "./scripts/lib/chromium.js";

const PORT = Number(process.env.E2E_PORT ?? 3100);
export const baseURL = `http://127.0.0.1:${PORT}`;

/**
 * End-to-end tests against the built production server (npm run build first; `npm test` does),
 * driving Debian's chromium: Playwright cannot download its own browsers on these machines.
 */
export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 30_000,
  reporter: [["list"]],
  use: {
    baseURL,
    launchOptions: { executablePath: chromiumPath, args: chromiumFlags },
  },
  webServer: {
    command: "node server.js",
    url: `${baseURL}/robots.txt`,
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: "ignore",
    stderr: "pipe",
    env: { PORT: String(PORT), HOST: "127.0.0.1", NODE_ENV: "production" },
  },
});
