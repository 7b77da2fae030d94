// Types for the parts of the `xliff` package (by the i18next authors, locize) used here; it ships none.
declare module "xliff" {
  export interface XliffUnit {
    source?: unknown;
    target?: unknown;
    note?: string | string[];
    additionalAttributes?: Record<string, string | number>;
    groupUnits?: Record<string, XliffUnit>;
    [extra: string]: unknown;
  }
  export interface XliffJs {
    sourceLanguage?: string;
    targetLanguage?: string;
    resources: Record<string, Record<string, XliffUnit>>;
    [extra: string]: unknown;
  }
  type Options = { indent?: string; targetXliffVersion?: string } | undefined;
  const xliff: {
    js2xliff(js: XliffJs, options?: Options): Promise<string>;
    jsToXliff12(js: XliffJs, options?: Options): Promise<string>;
    xliff2js(xml: string, options?: Record<string, unknown>): Promise<XliffJs>;
    xliff12ToJs(xml: string, options?: Record<string, unknown>): Promise<XliffJs>;
  };
  export default xliff;
}
