import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: { "~": fileURLToPath(new URL("./app", import.meta.url)) },
  },
  test: {
    include: ["app/**/*.test.{ts,tsx}", "tests/unit/**/*.test.ts"],
    environment: "node",
    // A 2-core CI machine under load (parse workers, msw, 13 languages of locale checks) can take
    // several seconds for a test that takes 300 ms alone; a hang still fails, later.
    testTimeout: 20_000,
  },
});
