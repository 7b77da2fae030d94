// @ts-check
// The processes a benchmark owns: started, watched, stopped (and only those). Plus the two things
// it may need before it starts them: a build and free ports.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";

/** @typedef {{ name: string, pid: number, exited: Promise<void>, stop(): Promise<void> }} Child */

/**
 * Runs a command to completion with its output on our terminal; returns its exit status.
 * @param {string} root
 * @param {string} command
 * @param {string[]} args
 */
export function run(root, command, args) {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

/** @param {string} root @param {(message: string) => void} log */
export function ensureBuild(root, log) {
  if (existsSync(join(root, "build/index.js"))) return;
  log("build/index.js is missing: npx remix build");
  if (run(root, "npx", ["remix", "build"]) !== 0) throw new Error("npx remix build failed");
}

/** @param {number} port @param {string} hint */
export function assertPortFree(port, hint) {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once("error", () => reject(new Error(`port ${port} is in use (${hint})`)));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolvePort(undefined)));
  });
}

/** Every process a run started, so that all of them (and nothing else) are stopped at the end. */
export class Children {
  /** @param {string} root  the working directory of every child */
  constructor(root) {
    this.root = root;
    /** @type {Child[]} */
    this.list = [];
    /** @type {Set<string>} */
    this.stopping = new Set();
  }

  /**
   * Starts a long-running process; its stderr is kept to explain a failure.
   * @param {string} name
   * @param {string} command
   * @param {string[]} args
   * @param {NodeJS.ProcessEnv} [env]
   * @returns {Child}
   */
  start(name, command, args, env = process.env) {
    const child = spawn(command, args, { cwd: this.root, env, stdio: ["ignore", "ignore", "pipe"] });
    if (child.pid === undefined) throw new Error(`${name} did not start`);
    let stderr = "";
    child.stderr?.on("data", (/** @type {Buffer} */ chunk) => {
      stderr = (stderr + chunk.toString()).slice(-4000);
    });
    const stopping = this.stopping;
    const exited = new Promise((resolveExit) => {
      child.once("exit", (code, signal) => {
        if (!stopping.has(name)) console.error(`${name} exited (${signal ?? code})${stderr ? `:\n${stderr}` : ""}`);
        resolveExit(undefined);
      });
    });
    /** @type {Child} */
    const handle = {
      name,
      pid: child.pid,
      exited: exited.then(() => undefined),
      async stop() {
        if (child.exitCode !== null || child.signalCode !== null) return;
        stopping.add(name);
        child.kill("SIGTERM");
        const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
        await exited;
        clearTimeout(timer);
      },
    };
    this.list.push(handle);
    return handle;
  }

  /** Stops every child, the last started first. */
  async stopAll() {
    for (const child of this.list.reverse()) {
      try {
        await child.stop();
      } catch (error) {
        console.error(`could not stop ${child.name}: ${String(error)}`);
      }
    }
    this.list.length = 0;
  }
}

/**
 * Waits until `url` answers 2xx, or fails when the child exits or 15 s pass.
 * @param {string} url
 * @param {Child} child
 */
export async function waitFor(url, child) {
  let exited = false;
  void child.exited.then(() => {
    exited = true;
  });
  for (let attempt = 0; attempt < 150; attempt += 1) {
    if (exited) throw new Error(`${child.name} exited before answering ${url}`);
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolveWait) => setTimeout(resolveWait, 100));
  }
  throw new Error(`${child.name} did not answer ${url} within 15 s`);
}
