/**
 * The functions' metadata as Microsoft documents it:
 * - dist/functions.json validates against definitions.extensionCustomFunctions
 *   of Microsoft's app manifest schema (../shared/schemas/microsoft-365-app-manifest,
 *   or $BTU_APP_MANIFEST_SCHEMA), Microsoft's current machine-readable statement
 *   of what custom-functions metadata may hold;
 * - every function has a helpUrl on the add-in's reference page
 *   (dist/functions-reference.html), which has one entry per function under
 *   its id, made from the same metadata.
 */
import Ajv from "ajv-draft-04";
import * as fs from "fs";
import * as path from "path";
import { describeWhen } from "../hardening/prerequisites";
import { DIST } from "../helpers/registered";

const ROOT = path.join(__dirname, "..", "..");
const SCHEMA = process.env.BTU_APP_MANIFEST_SCHEMA
  ? path.resolve(process.env.BTU_APP_MANIFEST_SCHEMA)
  : path.resolve(
      ROOT,
      "..",
      "shared",
      "schemas",
      "microsoft-365-app-manifest",
      "MicrosoftTeams.v1.30.schema.json"
    );
const { DEV_URL } = require("../../scripts/manifests.js") as { DEV_URL: string };

interface Fn {
  id: string;
  name: string;
  description: string;
  helpUrl?: string;
  parameters: Array<{ name: string; description?: string; optional?: boolean }>;
}
const metadata = JSON.parse(fs.readFileSync(path.join(DIST, "functions.json"), "utf8")) as {
  allowCustomDataForDataTypeAny?: boolean;
  functions: Fn[];
  enums?: Array<{ id: string; type: string; values: Array<Record<string, unknown>> }>;
};

describeWhen(
  fs.existsSync(SCHEMA)
    ? undefined
    : `Microsoft's app manifest schema is missing: ${SCHEMA} (set BTU_APP_MANIFEST_SCHEMA)`,
  "functions.json against Microsoft's schema (definitions.extensionCustomFunctions)",
  () => {
    const schema = JSON.parse(fs.readFileSync(SCHEMA, "utf8")) as { definitions: object };
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile({
      $ref: "#/definitions/extensionCustomFunctions",
      definitions: schema.definitions,
    });
    const asExtension = (m: typeof metadata) => ({
      namespace: { id: "BTU", name: "BTU" },
      functions: m.functions,
      ...(m.enums === undefined ? {} : { enums: m.enums }),
      ...(m.allowCustomDataForDataTypeAny === undefined
        ? {}
        : { allowCustomDataForDataTypeAny: m.allowCustomDataForDataTypeAny }),
    });

    test("dist/functions.json is valid", () => {
      const ok = validate(asExtension(metadata));
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    });

    test("the validation has teeth: a bad id, an overlong description, an unknown dimensionality, an http helpUrl fail it", () => {
      const first = metadata.functions[0];
      const broken: Array<[string, Fn]> = [
        ["id with a space", { ...first, id: "CONSULT LUMPSUM" }],
        ["description over 1,024", { ...first, description: "x".repeat(1025) }],
        [
          "a dimensionality Excel does not have",
          {
            ...first,
            parameters: [{ ...first.parameters[0], dimensionality: "cube" }],
          } as unknown as Fn,
        ],
        ["http helpUrl", { ...first, helpUrl: "http://x.example/" }],
      ];
      for (const [what, fn] of broken) {
        const ok = validate(asExtension({ ...metadata, functions: [fn] }));
        expect({ what, ok }).toEqual({ what, ok: false });
      }
    });

    test("its custom enums are checked too: an enum id with a dash, a tooltip over 256, a boolean enum fail it", () => {
      expect(metadata.enums?.length).toBeGreaterThan(0);
      const first = (metadata.enums ?? [])[0];
      const broken: Array<[string, typeof first]> = [
        ["id with a dash", { ...first, id: "Scenario-codes" }],
        [
          "tooltip over 256",
          { ...first, values: [{ ...first.values[0], tooltip: "x".repeat(257) }] },
        ],
        ["a boolean enum", { ...first, type: "boolean" }],
      ];
      for (const [what, e] of broken) {
        const ok = validate(asExtension({ ...metadata, enums: [e] }));
        expect({ what, ok }).toEqual({ what, ok: false });
      }
    });
  }
);

describe("helpUrl: every function's entry on the reference page", () => {
  const page = fs.readFileSync(path.join(DIST, "functions-reference.html"), "utf8");
  // The production build minifies the page (attribute quotes may go).
  const ids = [...page.matchAll(/<section id="?([^"\s>]+)"?>/g)].map((m) => m[1]);

  test("every function has one, on the page the add-in serves, under its id", () => {
    expect(metadata.functions.length).toBeGreaterThan(20);
    for (const f of metadata.functions)
      expect({ id: f.id, helpUrl: f.helpUrl }).toEqual({
        id: f.id,
        helpUrl: `${DEV_URL}functions-reference.html#${f.id}`,
      });
  });

  test("the page has exactly one entry per function, in the metadata's order, with its description and arguments", () => {
    expect(ids).toEqual(metadata.functions.map((f) => f.id));
    const unescape = (s: string) =>
      s
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&amp;/g, "&");
    const text = unescape(page);
    for (const f of metadata.functions) {
      const at = text.search(new RegExp(`<section id="?${f.id}"?>`));
      expect(at).toBeGreaterThanOrEqual(0);
      const section = text.slice(at);
      const entry = section.slice(0, section.indexOf("</section>"));
      expect(entry).toContain(`<h2>BTU.${f.name}</h2>`);
      expect(entry).toContain(f.description);
      for (const p of f.parameters) {
        expect(entry).toContain(`<code>${p.name}</code>`);
        expect(entry).toContain(p.description ?? "");
      }
    }
  });

  test("the page allows no script and names no other origin", () => {
    expect(page).not.toMatch(/<script/i);
    expect(page).toMatch(/Content-Security-Policy"? content="default-src 'none'/);
    expect(page.match(/https?:\/\/[^\s"'<]+/g) ?? []).toEqual([]);
  });
});
