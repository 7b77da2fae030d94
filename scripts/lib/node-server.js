// @ts-check
// Starts the production server (server.js) on a port for a script, waits until /healthz answers,
// and hands back what the scripts need: its origin, its memory and a way to stop it.
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";

/**
 * @param {number} port
 * @param {{ env?: NodeJS.ProcessEnv, quiet?: boolean }} [options]
 */
export async function startNodeServer(port, options = {}) {
  if (!existsSync("build/index.js")) throw new Error("No build: run `npm run build` first.");
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ["server.js"], {
    env: { ...process.env, ...options.env, PORT: String(port), HOST: "127.0.0.1", NODE_ENV: "production" },
    stdio: ["ignore", "ignore", options.quiet ? "ignore" : "inherit"],
  });
  const stop = () => {
    child.kill("SIGTERM");
  };
  for (let attempt = 0; attempt < 150; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${origin}/healthz`)).ok) {
        return {
          origin,
          pid: child.pid ?? 0,
          /** Resident memory in MB, from /proc. */
          rssMb() {
            const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
            return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 102.4) / 10;
          },
          stop,
        };
      }
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  stop();
  throw new Error("server did not start within 15 s");
}
