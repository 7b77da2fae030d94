// @ts-check
// What the benchmark prints: the checks before the load (every target answers the same page,
// compressed; the proxy passes Node's headers on unchanged) and the table of runs with the ratios.

/** The response headers whose values must be the same through nginx as from Node. */
const COMPARED_HEADERS = [
  "content-security-policy",
  "referrer-policy",
  "x-content-type-options",
  "x-frame-options",
  "permissions-policy",
  "cross-origin-opener-policy",
  "cross-origin-resource-policy",
  "x-dns-prefetch-control",
  "strict-transport-security",
  "cache-control",
  "set-cookie",
];

/**
 * @param {string} url
 * @param {Record<string, string>} headers
 */
export async function fetchCheck(url, headers) {
  const response = await fetch(url, { headers });
  const body = Buffer.from(await response.arrayBuffer());
  return { status: response.status, encoding: response.headers.get("content-encoding"), decoded: body.length, headers: response.headers };
}

/**
 * The security headers (and Cache-Control) of each path through Node and through the proxy must be
 * the same; returns what differs.
 * @param {string} nodeBase
 * @param {string} proxyBase
 * @param {string[]} paths
 * @param {Record<string, string>} headers
 */
export async function compareHeaders(nodeBase, proxyBase, paths, headers) {
  /** @type {string[]} */
  const problems = [];
  for (const target of paths) {
    const direct = (await fetchCheck(nodeBase + target, headers)).headers;
    const proxied = (await fetchCheck(proxyBase + target, headers)).headers;
    for (const name of COMPARED_HEADERS) {
      if (direct.get(name) !== proxied.get(name)) {
        problems.push(`${target} ${name}: node ${JSON.stringify(direct.get(name))}, nginx ${JSON.stringify(proxied.get(name))}`);
      }
    }
  }
  return problems;
}

/**
 * Microseconds of the answering server's CPU per request (its share of a core over req/s).
 * @param {{ result: { requests: { average: number } }, serverCpu: number }} run
 */
function cpuPerRequest({ result, serverCpu }) {
  return result.requests.average ? (serverCpu / result.requests.average) * 1e6 : Number.NaN;
}

/** @param {number[]} values */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/**
 * The table of every run, then the ratios of Node (and of the proxy) to each anchor, per round and
 * as the median of the rounds.
 * @param {{ title: string, cores: number, runs: (import("./load.js").Run & { key: string, round: number })[], node: string, proxy: string, anchors: { key: string, name: string }[] }} report
 */
export function printReport({ title, cores, runs, node, proxy, anchors }) {
  const row = (/** @type {string[]} */ cells) =>
    cells.map((cell, index) => (index === 0 ? cell.padEnd(38) : cell.padStart(9))).join(" ");
  console.log(`\n${title}`);
  console.log(row(["", "req/s", "p50 ms", "p99 ms", "errors", "non-2xx", "srv CPU", "µs/req", "bench CPU", "all CPU", "load avg"]));
  for (const { label, result, serverCpu, loadGeneratorCpu, machineCpu, loadAverage, round } of runs) {
    console.log(
      row([
        `${label}${runs.some((run) => run.round > 1) ? ` #${round}` : ""}`,
        result.requests.average.toFixed(0),
        String(result.latency.p50),
        String(result.latency.p99),
        String(result.errors + result.timeouts),
        String(result.non2xx),
        `${(serverCpu * 100).toFixed(0)} %`,
        cpuPerRequest({ result, serverCpu }).toFixed(1),
        `${(loadGeneratorCpu * 100).toFixed(0)} %`,
        `${(machineCpu * 100).toFixed(0)} %`,
        loadAverage.toFixed(2),
      ]),
    );
  }
  const rounds = [...new Set(runs.map((run) => run.round))];
  /** @param {string} key @param {number} round */
  const find = (key, round) => runs.find((run) => run.key === key && run.round === round);
  /** @param {string} title @param {(key: string, round: number) => number} measure */
  const ratios = (title, measure) => {
    console.log(`\n${title}`);
    for (const anchor of anchors) {
      for (const [who, key] of /** @type {const} */ ([["node", node], ["nginx cache → node", proxy]])) {
        const perRound = rounds.map((round) => measure(key, round) / (measure(anchor.key, round) || Number.NaN));
        const shown = perRound.map((value) => (Number.isFinite(value) ? value.toFixed(2) : "n/a")).join(", ");
        const summary = rounds.length > 1 ? `, median ${median(perRound.filter(Number.isFinite)).toFixed(2)}` : "";
        console.log(`  ${who.padEnd(20)} / ${anchor.name.padEnd(38)} ${shown}${summary}`);
      }
    }
  };
  ratios("req/s ratios, side by side (higher is better for the first)", (key, round) => find(key, round)?.result.requests.average ?? 0);
  // CPU time per answer does not depend on how much of the machine a neighbour takes meanwhile.
  ratios("CPU per request, as a throughput ratio (the anchor's µs/req over the server's)", (key, round) => {
    const run = find(key, round);
    return run ? 1 / cpuPerRequest(run) : 0;
  });
  console.log(
    `\nCPU columns: share of one core used during the run by the server answering (Node, or nginx's master and worker;\n` +
      "for (c) both), its µs of CPU per request, " +
      `by this load generator, and by the whole machine (all processes, max ${cores * 100} %). load avg: the 1-minute load\n` +
      "average as the run started (the machine is shared: a run beside a busy neighbour is slower).",
  );
}
