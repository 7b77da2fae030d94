// @ts-check
// Load generation (autocannon) and what the machine did meanwhile: requests per second, latency,
// the CPU used by the server, by this load generator and by the whole machine, and the load average.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { loadavg } from "node:os";

/**
 * The part of autocannon's result this script reads (autocannon ships no types).
 * @typedef {object} CannonResult
 * @property {{ average: number }} requests  requests per second, averaged over the run
 * @property {{ p50: number, p99: number }} latency  in milliseconds
 * @property {number} errors  connection errors and timeouts
 * @property {number} timeouts
 * @property {number} non2xx
 */
/** @typedef {{ url: string, connections: number, duration: number, headers: Record<string, string> }} CannonOptions */
// autocannon is CommonJS without types: required through createRequire, typed here.
/** @type {(options: CannonOptions) => Promise<CannonResult>} */
const cannon = createRequire(import.meta.url)("autocannon");

const clockTicks = (() => {
  const result = spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" });
  return Number(result.stdout?.trim()) || 100;
})();

/** CPU seconds the whole machine has spent busy (all cores; not idle, not waiting for I/O). */
function machineBusySeconds() {
  const fields = (readFileSync("/proc/stat", "utf8").split("\n")[0] ?? "").trim().split(/\s+/).slice(1).map(Number);
  const total = fields.slice(0, 8).reduce((sum, value) => sum + value, 0);
  return (total - (fields[3] ?? 0) - (fields[4] ?? 0)) / clockTicks;
}

/** CPU seconds (user + system) a process and its children's threads have used so far. @param {number} pid */
export function cpuSeconds(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  // Fields after the command name (which may contain spaces) start at field 3; utime and stime are 14 and 15.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) / clockTicks;
}

/**
 * Resident memory of a process in KB (VmRSS, or VmHWM for the peak).
 * @param {number} pid
 * @param {"VmRSS" | "VmHWM"} [field]
 */
export function memoryKb(pid, field = "VmRSS") {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const match = status.match(new RegExp(`^${field}:\\s+(\\d+) kB`, "m"));
  if (!match?.[1]) throw new Error(`no ${field} for pid ${pid}`);
  return Number(match[1]);
}

export function cpuCount() {
  return readFileSync("/proc/cpuinfo", "utf8").match(/^processor\s*:/gm)?.length ?? 0;
}

/**
 * @typedef {object} Run
 * @property {string} label
 * @property {CannonResult} result
 * @property {number} serverCpu  share of one core used by the server's processes (Node, or nginx's master + worker)
 * @property {number} loadGeneratorCpu
 * @property {number} machineCpu
 * @property {number} loadAverage  the 1-minute load average when the run started
 */

/**
 * A warm-up, then the measured run.
 * @param {{ label: string, url: string, serverPids: () => number[], connections: number, seconds: number, warmupSeconds: number, headers: Record<string, string>, log: (message: string) => void }} options
 * @returns {Promise<Run>}
 */
export async function load({ label, url, serverPids, connections, seconds, warmupSeconds, headers, log }) {
  log(`${label}: warm-up ${warmupSeconds} s`);
  await cannon({ url, connections, duration: warmupSeconds, headers });
  const loadAverage = loadavg()[0] ?? 0;
  log(`${label}: ${seconds} s, ${connections} connections, load average ${loadAverage.toFixed(2)}`);
  const pids = serverPids();
  const serverCpu = () => pids.reduce((sum, pid) => sum + cpuSeconds(pid), 0);
  const cpuBefore = process.cpuUsage();
  const started = process.hrtime.bigint();
  const serverBefore = serverCpu();
  const machineBefore = machineBusySeconds();
  const result = await cannon({ url, connections, duration: seconds, headers });
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuBefore);
  return {
    label,
    result,
    loadGeneratorCpu: (cpu.user + cpu.system) / 1e6 / wall,
    serverCpu: (serverCpu() - serverBefore) / wall,
    machineCpu: (machineBusySeconds() - machineBefore) / wall,
    loadAverage,
  };
}

/**
 * A process and every process below it (nginx's master and its workers), from /proc.
 * @param {number} pid
 * @returns {number[]}
 */
export function processTree(pid) {
  /** @type {Map<number, number[]>} */
  const children = new Map();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // gone meanwhile
    }
  }
  const tree = [pid];
  for (let index = 0; index < tree.length; index += 1) tree.push(...(children.get(tree[index] ?? -1) ?? []));
  return tree;
}
