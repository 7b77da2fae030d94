import net from "node:net";

export interface RawResponse {
  status: number;
  headers: Map<string, string[]>;
  body: string;
}

/**
 * Sends a request exactly as written — no client in between to normalise the path, encode the
 * target or refuse a header — and reads the whole answer.
 */
export function rawRequest(port: number, head: string, timeoutMs = 10_000): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1", () => socket.write(head, "latin1"));
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error("no answer in time"));
    }, timeoutMs);
    socket.on("data", (chunk: Buffer) => chunks.push(chunk));
    socket.on("error", (error) => {
      // The server may close while we are still sending a huge request: judge what it answered.
      if (chunks.length === 0) {
        clearTimeout(timer);
        reject(error);
      }
    });
    socket.on("close", () => {
      clearTimeout(timer);
      try {
        resolve(parse(Buffer.concat(chunks).toString("latin1")));
      } catch (error) {
        reject(error);
      }
    });
  });
}

function parse(text: string): RawResponse {
  const end = text.indexOf("\r\n\r\n");
  const head = end === -1 ? text : text.slice(0, end);
  let body = end === -1 ? "" : text.slice(end + 4);
  const [statusLine = "", ...lines] = head.split("\r\n");
  const match = /^HTTP\/1\.[01] (\d{3})/.exec(statusLine);
  if (!match?.[1]) throw new Error(`no status line in ${JSON.stringify(text.slice(0, 80))}`);
  const headers = new Map<string, string[]>();
  for (const line of lines) {
    const colon = line.indexOf(":");
    const name = line.slice(0, colon).trim().toLowerCase();
    headers.set(name, [...(headers.get(name) ?? []), line.slice(colon + 1).trim()]);
  }
  if (headers.get("transfer-encoding")?.includes("chunked")) body = dechunk(body);
  return { status: Number(match[1]), headers, body: Buffer.from(body, "latin1").toString("utf8") };
}

function dechunk(body: string): string {
  let out = "";
  let rest = body;
  for (;;) {
    const lineEnd = rest.indexOf("\r\n");
    if (lineEnd === -1) return out;
    const size = Number.parseInt(rest.slice(0, lineEnd), 16);
    if (!size) return out;
    out += rest.slice(lineEnd + 2, lineEnd + 2 + size);
    rest = rest.slice(lineEnd + 4 + size);
  }
}
