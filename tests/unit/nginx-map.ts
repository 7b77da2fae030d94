/**
 * The `map` blocks of an nginx file, read and evaluated as nginx does, so that a test can ask the
 * shipped deploy/*.conf what it would answer (which Cache-Control for /build/x.css, which language
 * for an Accept-Language header) without copying its rules. Supported: exact keys (any case), `~regex` and
 * `~*regex` keys (tried in order after the exact ones, first match wins, named captures become
 * variables), `default`, values that are strings or contain variables, and sources that join
 * several variables ("$status|$uri").
 */
export interface NginxMap {
  source: string;
  entries: { key: string; value: string }[];
  fallback: string;
}

/** The quoted or bare words of a map line: `"~^/x" "a b";` → ["~^/x", "a b"]. */
function words(line: string): string[] {
  const result: string[] = [];
  for (const match of line.matchAll(/"((?:[^"\\]|\\.)*)"|'([^']*)'|([^\s;]+)/g)) {
    result.push(match[1] ?? match[2] ?? match[3] ?? "");
  }
  return result;
}

/** Every map of the file, by the variable it defines ("$home" → its map). Comments are dropped. */
export function nginxMaps(conf: string): Map<string, NginxMap> {
  const maps = new Map<string, NginxMap>();
  const code = conf.replace(/(^|\s)#[^\n]*/g, "$1");
  for (const block of code.matchAll(/^\s*map\s+("[^"]*"|\S+)\s+(\$\w+)\s*\{([^}]*)\}/gm)) {
    const source = (block[1] ?? "").replace(/^"|"$/g, "");
    const map: NginxMap = { source, entries: [], fallback: "" };
    for (const line of (block[3] ?? "").split("\n")) {
      const [key, value] = words(line.trim());
      if (key === undefined || value === undefined) continue;
      if (key === "default") map.fallback = value;
      else map.entries.push({ key, value });
    }
    maps.set(block[2] ?? "", map);
  }
  return maps;
}

/** `$name` and `${name}` in a string, replaced by their values. */
function substitute(text: string, lookup: (name: string) => string): string {
  return text.replace(/\$\{(\w+)\}|\$(\w+)/g, (_, braced: string | undefined, bare: string | undefined) => lookup(braced ?? bare ?? ""));
}

/** nginx's PCRE regex as a JavaScript one (the syntax these files use is the same in both). */
function toRegExp(key: string): RegExp {
  const insensitive = key.startsWith("~*");
  return new RegExp(key.slice(insensitive ? 2 : 1), insensitive ? "i" : "");
}

/**
 * The value of `$variable` for a request described by `context` (uri, status, http_accept_language,
 * sent_http_cache_control, …: nginx's own variables, without the "$").
 */
export function evaluate(maps: Map<string, NginxMap>, variable: string, context: Record<string, string>): string {
  const captures: Record<string, string> = {};
  const lookup = (name: string): string => {
    if (name in captures) return captures[name] ?? "";
    if (maps.has(`$${name}`)) return evaluate(maps, `$${name}`, context);
    if (name in context) return context[name] ?? "";
    throw new Error(`no value for $${name}`);
  };
  const map = maps.get(variable);
  if (!map) throw new Error(`no map defines ${variable}`);
  const input = substitute(map.source, lookup);
  // nginx matches string keys ignoring case (ngx_http_map_module: "Strings are matched ignoring the case").
  const exact = map.entries.find((entry) => !entry.key.startsWith("~") && entry.key.toLowerCase() === input.toLowerCase());
  if (exact) return substitute(exact.value, lookup);
  for (const entry of map.entries) {
    if (!entry.key.startsWith("~")) continue;
    const match = toRegExp(entry.key).exec(input);
    if (!match) continue;
    Object.assign(captures, match.groups ?? {});
    return substitute(entry.value, lookup);
  }
  return substitute(map.fallback, lookup);
}

/** Every literal value (not a variable) the maps can yield for one variable. */
export function literalValues(map: NginxMap): string[] {
  return [...map.entries.map((entry) => entry.value), map.fallback].filter((value) => value !== "" && !value.includes("$"));
}
