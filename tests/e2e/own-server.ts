import { spawn } from "node:child_process";
import { expect } from "./fixtures";

/**
 * A production server of a test's own (its own port and environment), with everything it
 * prints kept for the test to read: for log checks and for settings the shared server lacks.
 */
export async function startOwnServer(port: number, env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ["server.js"], {
    env: { ...process.env, ...env, PORT: String(port), HOST: "127.0.0.1", NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise((resolve) => child.once("exit", resolve));
  await expect.poll(() => output, { timeout: 15_000 }).toContain('"event":"listening"');
  return {
    origin: `http://127.0.0.1:${port}`,
    output: () => output,
    /** SIGTERM, then wait until the server has shut down (and printed its last lines). */
    stop: async () => {
      child.kill("SIGTERM");
      await exited;
    },
  };
}
