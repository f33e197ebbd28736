/**
 * A small, strict XML reader for the manifest checks (elements, attributes,
 * text; comments and the declaration skipped). Enough for a manifest; throws
 * on anything malformed rather than guessing. Schema validity is xmllint's job.
 */
export interface XmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  text: string;
  readonly parent?: XmlElement;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) =>
    e[0] === "#"
      ? String.fromCodePoint(
          e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : Number(e.slice(1))
        )
      : (ENTITIES[e] ?? m)
  );

export function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: "#document", attrs: {}, children: [], text: "" };
  let current = root;
  let i = 0;
  while (i < xml.length) {
    if (xml.startsWith("<!--", i)) {
      const end = xml.indexOf("-->", i);
      if (end < 0) throw new Error("unterminated comment");
      i = end + 3;
    } else if (xml.startsWith("<?", i)) {
      const end = xml.indexOf("?>", i);
      if (end < 0) throw new Error("unterminated declaration");
      i = end + 2;
    } else if (xml.startsWith("<![CDATA[", i)) {
      const end = xml.indexOf("]]>", i);
      if (end < 0) throw new Error("unterminated CDATA");
      current.text += xml.slice(i + 9, end);
      i = end + 3;
    } else if (xml.startsWith("</", i)) {
      const end = xml.indexOf(">", i);
      const name = xml.slice(i + 2, end).trim();
      if (name !== current.name) throw new Error(`</${name}> closes <${current.name}>`);
      current = current.parent as XmlElement;
      i = end + 1;
    } else if (xml[i] === "<") {
      const m = /^<([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/.exec(
        xml.slice(i)
      );
      if (!m) throw new Error(`malformed tag at ${i}: ${xml.slice(i, i + 40)}`);
      const attrs: Record<string, string> = {};
      for (const a of m[2].matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
        if (a[1] in attrs) throw new Error(`duplicate attribute ${a[1]} on <${m[1]}>`);
        attrs[a[1]] = decode(a[2] ?? a[3]);
      }
      const el: XmlElement = { name: m[1], attrs, children: [], text: "", parent: current };
      current.children.push(el);
      if (!m[3]) current = el;
      i += m[0].length;
    } else {
      const end = xml.indexOf("<", i);
      const text = xml.slice(i, end < 0 ? xml.length : end);
      current.text += decode(text);
      i = end < 0 ? xml.length : end;
    }
  }
  if (current !== root) throw new Error(`<${current.name}> is not closed`);
  const top = root.children.filter((c) => c);
  if (top.length !== 1) throw new Error("expected one root element");
  return top[0];
}

/** Every element below (and including) `el`, depth first. */
export function walk(el: XmlElement): XmlElement[] {
  return [el, ...el.children.flatMap(walk)];
}

/** The local name of an element: "bt:Image" -> "Image". */
export const local = (el: XmlElement) => el.name.replace(/^.*:/, "");

/** The path of an element from the root, for messages: OfficeApp/VersionOverrides/.../Icon/bt:Image. */
export function pathOf(el: XmlElement): string {
  const names: string[] = [];
  for (let e: XmlElement | undefined = el; e && e.name !== "#document"; e = e.parent)
    names.unshift(e.name);
  return names.join("/");
}
