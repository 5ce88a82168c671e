import { readFileSync } from "node:fs";
import { join } from "node:path";

export const ROOT = join(__dirname, "..", "..");
export const DEV_ORIGIN = "https://localhost:3000/";

export const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
};

export function manifestText(): string {
  return readFileSync(join(ROOT, "manifest.xml"), "utf8");
}

/** The manifest as a DOM (jsdom's DOMParser); throws with the parser's message when it is not well-formed. */
export function parseManifest(text = manifestText()): Document {
  const doc = new DOMParser().parseFromString(text, "application/xml");
  const error = doc.getElementsByTagName("parsererror")[0];
  if (error) {
    throw new Error(`manifest.xml is not well-formed: ${error.textContent}`);
  }
  return doc;
}

/** Elements by namespace and local name, anywhere in the document. */
export function all(doc: Document | Element, ns: keyof typeof NS, name: string): Element[] {
  return Array.from(doc.getElementsByTagNameNS(NS[ns], name));
}

/** Every URL the manifest names, with the element it sits on. */
export function manifestUrls(doc: Document): Array<{ element: string; url: string }> {
  const out: Array<{ element: string; url: string }> = [];
  for (const el of Array.from(doc.getElementsByTagName("*"))) {
    for (const attr of ["DefaultValue", "Value"]) {
      const v = el.getAttribute(attr);
      if (v && /^https?:\/\//.test(v)) {
        out.push({ element: el.localName, url: v });
      }
    }
  }
  return out;
}

/** The path of a dev URL relative to the build's root: "https://localhost:3000/assets/icon-16.png" → "assets/icon-16.png". */
export function buildPath(url: string): string {
  return url.slice(DEV_ORIGIN.length).split(/[?#]/)[0];
}
