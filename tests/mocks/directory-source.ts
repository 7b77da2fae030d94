import { delay, http, HttpResponse } from "msw";

/** The remote directory source (DIRECTORY_SOURCE_URL) as msw stands in for it in tests. */
export const DIRECTORY_SOURCE_URL = "https://directory.example/open-data/hsds/services.json";

export const directorySource = {
  /** Answers with a page of records, as the HSDS API does. */
  serves: (records: unknown[]) =>
    http.get(DIRECTORY_SOURCE_URL, () =>
      HttpResponse.json({ total_items: records.length, page_number: 1, contents: records }),
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
};
