/**
 * The custom functions' reference page (dist/functions-reference.html), made
 * by the build from the generated functions.json, and the helpUrl of each
 * function pointing at its entry there (Excel's "Help on this function" in
 * the Insert Function dialog). One source: the JSDoc of
 * src/functions/functions.ts, through custom-functions-metadata.
 */
const html = (s) =>
  String(s).replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]
  );

/**
 * functions.json as Excel gets it (a copy): helpUrl = page#ID on every
 * function, and each custom enum value named by its own text. The generator
 * names a value by its TypeScript member name, which keeps the quotes of a
 * member such as `"4b-i"`; AutoComplete shows the name, so it is the value.
 */
function withHelpUrls(metadata, pageUrl) {
  return {
    ...metadata,
    functions: metadata.functions.map((f) => ({ ...f, helpUrl: `${pageUrl}#${f.id}` })),
    ...(metadata.enums
      ? {
          enums: metadata.enums.map((e) => ({
            ...e,
            values: e.values.map((v) => ({
              ...v,
              name: v.stringValue !== undefined ? v.stringValue : String(v.numberValue),
            })),
          })),
        }
      : {}),
  };
}

/** "One of: a, b or c." for a parameter typed by a custom enum (empty otherwise). */
function enumNote(metadata, p) {
  const e = p.customEnumId && (metadata.enums || []).find((x) => x.id === p.customEnumId);
  if (!e) return "";
  const names = e.values.map((v) => v.name);
  return ` One of: ${names.slice(0, -1).join(", ")}${names.length > 1 ? " or " : ""}${names[names.length - 1]}.`;
}

function signature(ns, f) {
  const args = f.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name));
  return `=${ns}.${f.name}(${args.join(", ")})`;
}

/** The page: one section per function, its id as the anchor. */
function referencePage(metadata, ns = "BTU") {
  const sections = metadata.functions
    .map((f) => {
      const params = f.parameters.length
        ? `<table>
        <thead><tr><th scope="col">Argument</th><th scope="col">Required</th><th scope="col">What it is</th></tr></thead>
        <tbody>
${f.parameters
  .map(
    (p) =>
      `          <tr><td><code>${html(p.name)}</code></td><td>${p.optional ? "optional" : "required"}</td><td>${html((p.description ?? "") + enumNote(metadata, p))}</td></tr>`
  )
  .join("\n")}
        </tbody>
      </table>`
        : "<p>No arguments.</p>";
      const spills = f.result && f.result.dimensionality === "matrix";
      return `    <section id="${html(f.id)}">
      <h2>${html(ns)}.${html(f.name)}</h2>
      <p><code>${html(signature(ns, f))}</code></p>
      <p>${html(f.description)}</p>
      ${params}
      <p>Returns ${spills ? "a range that spills into the cells below and to the right" : "one value"}.</p>
    </section>`;
    })
    .join("\n");
  const index = metadata.functions
    .map((f) => `<li><a href="#${html(f.id)}">${html(ns)}.${html(f.name)}</a></li>`)
    .join("");
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${html(ns)} functions: reference</title>
    <style>
      body { font-family: "Segoe UI", system-ui, sans-serif; max-width: 60rem; margin: 1rem auto; padding: 0 1rem; line-height: 1.4; }
      table { border-collapse: collapse; } td, th { border: 1px solid #8a8886; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
      section { margin-top: 2rem; } :target { outline: 2px solid #0f6cbd; outline-offset: 0.5rem; }
      @media (prefers-color-scheme: dark) { body { background: #1f1f1f; color: #f0f0f0; } a { color: #80b3ff; } }
    </style>
  </head>
  <body>
    <h1>${html(ns)} functions: reference</h1>
    <p>BTU International's 2003 separation agreement as Excel functions. Dates are Excel dates or YYYY-MM-DD text; dates come back as serials. Generated from the functions' metadata (functions.json).</p>
    <nav aria-label="Functions"><ul>${index}</ul></nav>
${sections}
  </body>
</html>
`;
}

module.exports = { referencePage, withHelpUrls, signature };
