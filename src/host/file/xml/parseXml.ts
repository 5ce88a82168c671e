import { unescapeXml } from "./xmlText";

/** One attribute of an element, with where its value sits in the source text. */
export interface XmlAttribute {
  name: string;
  /** The name without its prefix. */
  local: string;
  value: string;
  /** Start of the whole attribute (its name) and end of its closing quote. */
  start: number;
  end: number;
  valueStart: number;
  valueEnd: number;
}

/**
 * An element of a parsed part, with the offsets of its tags in the source
 * text: edits are made on those spans, so every byte around them stays as
 * the writer left it.
 */
export interface XmlElement {
  name: string;
  local: string;
  prefix: string;
  attributes: XmlAttribute[];
  /** "<" of the start tag. */
  start: number;
  /** Just after the start tag's ">". */
  openEnd: number;
  /** "<" of the end tag; equal to `end` for an empty element. */
  closeStart: number;
  /** Just after the end tag (or the empty tag). */
  end: number;
  empty: boolean;
  children: XmlElement[];
  parent?: XmlElement;
}

/** A part that is not well-formed XML. */
export class XmlError extends Error {
  override readonly name = "XmlError";
}

/**
 * Parses an XML part into elements with source offsets. Comments, processing
 * instructions and CDATA are stepped over; a document type declaration is
 * refused (no part of a workbook has one, and entities are never expanded).
 */
export function parseXml(text: string, part = "part"): XmlElement {
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let pos = 0;
  for (;;) {
    const lt = text.indexOf("<", pos);
    if (lt < 0) {
      break;
    }
    const next = text.charCodeAt(lt + 1);
    if (next === 0x21 /* ! */) {
      pos = skipMarkup(text, lt, part);
      continue;
    }
    if (next === 0x3f /* ? */) {
      const close = text.indexOf("?>", lt + 2);
      if (close < 0) {
        throw new XmlError(`${part}: unclosed processing instruction`);
      }
      pos = close + 2;
      continue;
    }
    if (next === 0x2f /* / */) {
      const gt = text.indexOf(">", lt);
      if (gt < 0) {
        throw new XmlError(`${part}: unclosed end tag`);
      }
      const name = text.slice(lt + 2, gt).trim();
      const open = stack.pop();
      if (!open || open.name !== name) {
        throw new XmlError(`${part}: </${name}> does not close <${open?.name ?? ""}>`);
      }
      open.closeStart = lt;
      open.end = gt + 1;
      pos = gt + 1;
      continue;
    }
    const element = readStartTag(text, lt, part);
    const parent = stack[stack.length - 1];
    if (parent) {
      element.parent = parent;
      parent.children.push(element);
    } else if (root) {
      throw new XmlError(`${part}: more than one root element`);
    } else {
      root = element;
    }
    if (!element.empty) {
      stack.push(element);
    }
    pos = element.openEnd;
  }
  if (stack.length > 0) {
    throw new XmlError(`${part}: <${stack[stack.length - 1].name}> is never closed`);
  }
  if (!root) {
    throw new XmlError(`${part}: no root element`);
  }
  return root;
}

function skipMarkup(text: string, lt: number, part: string): number {
  if (text.startsWith("<!--", lt)) {
    const close = text.indexOf("-->", lt + 4);
    if (close < 0) {
      throw new XmlError(`${part}: unclosed comment`);
    }
    return close + 3;
  }
  if (text.startsWith("<![CDATA[", lt)) {
    const close = text.indexOf("]]>", lt + 9);
    if (close < 0) {
      throw new XmlError(`${part}: unclosed CDATA section`);
    }
    return close + 3;
  }
  throw new XmlError(`${part}: document type declarations are not accepted`);
}

const NAME_END = /[\s/>]/g;

/** The start tag at `lt` as an element without children (its end offsets are those of the tag). */
export function readStartTag(text: string, lt: number, part = "part"): XmlElement {
  NAME_END.lastIndex = lt + 1;
  const nameEnd = NAME_END.exec(text)?.index ?? -1;
  if (nameEnd < 0) {
    throw new XmlError(`${part}: unclosed start tag`);
  }
  const name = text.slice(lt + 1, nameEnd);
  const colon = name.indexOf(":");
  const attributes: XmlAttribute[] = [];
  let pos = nameEnd;
  for (;;) {
    while (isSpace(text.charCodeAt(pos))) {
      pos++;
    }
    const c = text.charCodeAt(pos);
    if (c === 0x3e /* > */ || (c === 0x2f && text.charCodeAt(pos + 1) === 0x3e)) {
      const empty = c === 0x2f;
      const openEnd = pos + (empty ? 2 : 1);
      return {
        name,
        local: colon < 0 ? name : name.slice(colon + 1),
        prefix: colon < 0 ? "" : name.slice(0, colon),
        attributes,
        start: lt,
        openEnd,
        closeStart: openEnd,
        end: openEnd,
        empty,
        children: [],
      };
    }
    if (Number.isNaN(c)) {
      throw new XmlError(`${part}: unclosed start tag <${name}`);
    }
    const eq = text.indexOf("=", pos);
    if (eq < 0) {
      throw new XmlError(`${part}: attribute without value in <${name}>`);
    }
    const attrName = text.slice(pos, eq).trim();
    let q = eq + 1;
    while (isSpace(text.charCodeAt(q))) {
      q++;
    }
    const quote = text[q];
    if (quote !== '"' && quote !== "'") {
      throw new XmlError(`${part}: unquoted attribute ${attrName} in <${name}>`);
    }
    const close = text.indexOf(quote, q + 1);
    if (close < 0) {
      throw new XmlError(`${part}: unclosed attribute ${attrName} in <${name}>`);
    }
    const attrColon = attrName.indexOf(":");
    attributes.push({
      name: attrName,
      local: attrColon < 0 ? attrName : attrName.slice(attrColon + 1),
      value: unescapeXml(text.slice(q + 1, close)),
      start: pos,
      end: close + 1,
      valueStart: q + 1,
      valueEnd: close,
    });
    pos = close + 1;
  }
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

/** An attribute's value by its full name ("name", "r:id"), or undefined. */
export function attr(element: XmlElement, name: string): string | undefined {
  return element.attributes.find((a) => a.name === name)?.value;
}

/**
 * An attribute in the relationships namespace (r:id, or any prefix bound to
 * it): writers choose their own prefixes, and strict files use another namespace.
 */
export function relAttr(element: XmlElement, local: string): string | undefined {
  return element.attributes.find((a) => a.local === local && a.name !== local && !a.name.startsWith("xmlns"))?.value;
}

/** The first child element with this local name. */
export function child(element: XmlElement, local: string): XmlElement | undefined {
  return element.children.find((c) => c.local === local);
}

/** Every child element with this local name. */
export function children(element: XmlElement, local: string): XmlElement[] {
  return element.children.filter((c) => c.local === local);
}

/** The text inside an element (its child elements' text included), entities resolved. */
export function textOf(text: string, element: XmlElement): string {
  if (element.empty) {
    return "";
  }
  const inner = text.slice(element.openEnd, element.closeStart);
  let out = "";
  let pos = 0;
  for (;;) {
    const lt = inner.indexOf("<", pos);
    out += unescapeXml(inner.slice(pos, lt < 0 ? inner.length : lt));
    if (lt < 0) {
      return out;
    }
    if (inner.startsWith("<![CDATA[", lt)) {
      const close = inner.indexOf("]]>", lt);
      out += inner.slice(lt + 9, close);
      pos = close + 3;
    } else if (inner.startsWith("<!--", lt)) {
      pos = inner.indexOf("-->", lt) + 3;
    } else {
      pos = inner.indexOf(">", lt) + 1;
    }
  }
}
