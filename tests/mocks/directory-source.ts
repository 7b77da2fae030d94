import { delay, http, HttpResponse } from "msw";

/** The remote directory source (DIRECTORY_SOURCE_URL) as msw stands in for it in tests. */
export const DIRECTORY_SOURCE_URL = "https://directory.example/open-data/hsds/services.json";
export const DIRECTORY_SOURCE_ORIGIN = new URL(DIRECTORY_SOURCE_URL).origin;

/** One HSDS page (openapi.json, components.schemas.Page, plus contents). */
function page(contents: unknown[], pageNumber: number, totalPages: number, totalItems: number) {
  return {
    total_items: totalItems,
    total_pages: totalPages,
    page_number: pageNumber,
    size: contents.length,
    first_page: pageNumber === 1,
    last_page: pageNumber === totalPages,
    empty: contents.length === 0,
    contents,
  };
}

export const directorySource = {
  /** Answers with a single page of records, as the HSDS API does. */
  serves: (records: unknown[]) =>
    http.get(DIRECTORY_SOURCE_URL, () => HttpResponse.json(page(records, 1, 1, records.length))),
  /** Answers ?page=N (no parameter: page 1) from these pages; `requested` records what was asked. */
  servesPages: (pages: unknown[][], requested: number[] = [], totalPages = pages.length) =>
    http.get(DIRECTORY_SOURCE_URL, ({ request }) => {
      const number = Number(new URL(request.url).searchParams.get("page") ?? "1");
      requested.push(number);
      const contents = pages[number - 1];
      if (!contents) return new HttpResponse("no such page", { status: 404 });
      return HttpResponse.json(page(contents, number, totalPages, pages.flat().length));
    }),
  /** `{"contents":[{},{},…]}`: many records that are each nothing (0.6 MB for 200,000). */
  servesEmptyRecords: (count: number) =>
    http.get(
      DIRECTORY_SOURCE_URL,
      () =>
        new HttpResponse(`{"contents":[${Array.from({ length: count }, () => "{}").join(",")}]}`, {
          headers: { "Content-Type": "application/json" },
        }),
    ),
  /** Valid JSON, but not a list of services. */
  servesNoList: () => http.get(DIRECTORY_SOURCE_URL, () => HttpResponse.json({ hello: "world" })),
  /** Never answers in time. */
  hangs: () =>
    http.get(DIRECTORY_SOURCE_URL, async () => {
      await delay("infinite");
      return HttpResponse.json([]);
    }),
  fails: (status = 500) => http.get(DIRECTORY_SOURCE_URL, () => new HttpResponse("oops", { status })),
  garbles: () =>
    http.get(DIRECTORY_SOURCE_URL, () => new HttpResponse('{"contents": [ {"id": ', { headers: { "Content-Type": "application/json" } })),
  isUnreachable: () => http.get(DIRECTORY_SOURCE_URL, () => HttpResponse.error()),
  /**
   * A huge body (64 MB unless told), streamed in chunks of `chunkBytes` without a Content-Length;
   * `sent` counts the bytes the source produced before the reader gave up. (It ends, so that a
   * reader without a cap fails the test quickly instead of hanging it.)
   */
  streamsHugeBody: (sent: { bytes: number }, totalBytes = 64 * 1024 * 1024, chunkBytes = 64 * 1024) =>
    http.get(DIRECTORY_SOURCE_URL, () => {
      const chunk = new TextEncoder().encode(" ".repeat(chunkBytes));
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"contents": ['));
        },
        pull(controller) {
          if (sent.bytes >= totalBytes) return controller.close();
          sent.bytes += chunk.byteLength;
          controller.enqueue(chunk);
        },
      });
      return new HttpResponse(stream, { headers: { "Content-Type": "application/json" } });
    }),
  /** Says in Content-Length that the body is larger than any cap. */
  declaresHugeBody: () =>
    http.get(DIRECTORY_SOURCE_URL, () =>
      new HttpResponse("[]", { headers: { "Content-Type": "application/json", "Content-Length": String(256 * 1024 * 1024) } }),
    ),
  /** Redirects to `location` (absolute or relative). */
  redirects: (location: string, status = 302) =>
    http.get(DIRECTORY_SOURCE_URL, () => new HttpResponse(null, { status, headers: { Location: location } })),
};
