/** Text or an attribute value made safe inside XML: markup characters escaped, characters XML 1.0 cannot hold at all dropped. */
export function escapeXml(text: string): string {
  return xmlChars(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

const NOT_XML =
  // The control characters are the point: XML 1.0 cannot hold them, so they are found to be dropped.
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Text with only the characters an XML 1.0 document may hold: control
 * characters other than tab and line ends are dropped (a chart title or a
 * sheet name has no way to show them), and half a surrogate pair becomes
 * U+FFFD. Cell text keeps them instead, escaped by escapeCellText.
 */
export function xmlChars(text: string): string {
  NOT_XML.lastIndex = 0;
  if (!NOT_XML.test(text)) {
    return text;
  }
  return text.replace(NOT_XML, (c) => (c.charCodeAt(0) >= 0xd800 && c.charCodeAt(0) <= 0xdfff ? "\ufffd" : ""));
}

/** Character and predefined entity references back to text (a document's own entities are never expanded). */
export function unescapeXml(text: string): string {
  if (text.indexOf("&") < 0) {
    return text;
  }
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, entity: string) => {
    if (entity[0] === "#") {
      const code = entity[1] === "x" ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : "\ufffd";
    }
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[entity] as string;
  });
}

const UTF8 = new TextDecoder("utf-8");

/**
 * A part's encoding by its first bytes: UTF-16 by its byte order mark (or,
 * without one, by "<" as two bytes), UTF-8 otherwise, as XML 1.0 appendix F
 * tells a reader to find it.
 */
export function utf16Of(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0x3c && bytes[1] === 0x00)) {
    return "utf-16le";
  }
  if ((bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0x00 && bytes[1] === 0x3c)) {
    return "utf-16be";
  }
  return undefined;
}

/**
 * A part's bytes as text: UTF-8 (with or without a byte order mark) or
 * UTF-16. A part is always written back as UTF-8, so the declaration of a
 * UTF-16 part is made to say so.
 */
export function decodeXml(bytes: Uint8Array): string {
  const utf16 = utf16Of(bytes);
  if (!utf16) {
    return UTF8.decode(bytes);
  }
  const text = new TextDecoder(utf16).decode(bytes);
  return text.replace(/^(<\?xml\b[^>]*?\bencoding\s*=\s*)(["'])[^"']*\2/, "$1$2UTF-8$2");
}

const ESCAPED_CHAR = /_x([0-9A-Fa-f]{4})_/g;

/**
 * Cell text as SpreadsheetML stores characters XML cannot hold: "_x000D_"
 * is a carriage return, and "_x005F_" escapes a literal underscore before such a code.
 */
export function unescapeCellText(text: string): string {
  if (text.indexOf("_x") < 0) {
    return text;
  }
  return text.replace(ESCAPED_CHAR, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The reverse of unescapeCellText, for cell text the writer stores. */
export function escapeCellText(text: string): string {
  return text.replace(
    // The control characters are the point: a cell may hold them, XML cannot, so they are written as _xHHHH_.
    // eslint-disable-next-line no-control-regex
    /_(?=x[0-9A-Fa-f]{4}_)|[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    (c) => {
      if (c === "_") {
        return "_x005F_";
      }
      if (c.length === 1 && c.charCodeAt(0) >= 0xd800 && c.charCodeAt(0) <= 0xdfff) {
        return "\ufffd";
      }
      return `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`;
    },
  );
}
