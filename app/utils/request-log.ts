/**
 * One log line per request, with nothing that could identify a person: method, the route
 * pattern that answered (never the path itself), status and duration. No URL, query, IP address
 * or User-Agent. The Node server creates the record; Remix fills in the route it matched.
 */
export interface RequestLog {
  setRoute(pattern: string): void;
}

/** Route paths of the matched routes → one pattern, e.g. [undefined, ":lang/services/:slug"] → "/:lang/services/:slug". */
export function routePattern(paths: readonly (string | undefined)[]): string {
  const joined = paths.filter((path): path is string => Boolean(path)).join("/");
  return `/${joined.replace(/^\/+/, "")}`;
}
