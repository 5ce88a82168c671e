import { parseXml, type XmlElement } from "./parseXml";
import { escapeXml } from "./xmlText";

interface Splice {
  start: number;
  end: number;
  text: string;
}

/**
 * Changes to one parsed part, made on the offsets the parser found and
 * applied together: what no edit touches keeps its exact text.
 */
export class XmlEditor {
  readonly root: XmlElement;
  private readonly splices: Splice[] = [];

  constructor(
    readonly text: string,
    part?: string,
  ) {
    this.root = parseXml(text, part);
  }

  get changed(): boolean {
    return this.splices.length > 0;
  }

  /** Sets an attribute, adding it at the end of the start tag when it is not there. */
  setAttribute(element: XmlElement, name: string, value: string): void {
    const existing = element.attributes.find((a) => a.name === name);
    if (existing) {
      if (existing.value !== value) {
        this.splice(existing.valueStart, existing.valueEnd, escapeXml(value));
      }
      return;
    }
    const at = element.openEnd - (element.empty ? 2 : 1);
    this.splice(at, at, ` ${name}="${escapeXml(value)}"`);
  }

  removeAttribute(element: XmlElement, name: string): void {
    const existing = element.attributes.find((a) => a.name === name);
    if (!existing) {
      return;
    }
    // The space before the attribute goes with it.
    let start = existing.start;
    while (start > element.start && /\s/.test(this.text[start - 1])) {
      start--;
    }
    this.splice(start, existing.end, "");
  }

  /** Adds markup as the element's last children (an empty element gets an end tag). */
  append(element: XmlElement, xml: string): void {
    if (element.empty) {
      this.splice(element.openEnd - 2, element.openEnd, `>${xml}</${element.name}>`);
    } else {
      this.splice(element.closeStart, element.closeStart, xml);
    }
  }

  insertBefore(element: XmlElement, xml: string): void {
    this.splice(element.start, element.start, xml);
  }

  remove(element: XmlElement): void {
    this.splice(element.start, element.end, "");
  }

  /** Puts markup in the element's place. */
  replace(element: XmlElement, xml: string): void {
    this.splice(element.start, element.end, xml);
  }

  /** Replaces everything between an element's tags. */
  replaceContent(element: XmlElement, xml: string): void {
    if (element.empty) {
      this.append(element, xml);
    } else {
      this.splice(element.openEnd, element.closeStart, xml);
    }
  }

  /** The part's text with every edit made. */
  toString(): string {
    if (this.splices.length === 0) {
      return this.text;
    }
    const ordered = [...this.splices].sort((a, b) => a.start - b.start || a.end - b.end);
    let out = "";
    let pos = 0;
    let last: Splice | undefined;
    for (const s of ordered) {
      // An edit inside an element that was removed or replaced as a whole is moot.
      if (last && s.start >= last.start && s.end <= last.end && s.start < last.end) {
        continue;
      }
      if (s.start < pos) {
        throw new Error("overlapping XML edits");
      }
      out += this.text.slice(pos, s.start) + s.text;
      pos = s.end;
      last = s;
    }
    return out + this.text.slice(pos);
  }

  private splice(start: number, end: number, text: string): void {
    // Insertions at one offset keep the order they were made in.
    this.splices.push({ start, end, text });
  }
}

/** A child element's qualified name with the parent's prefix, so new elements join the writer's namespace. */
export function qualified(parent: XmlElement, local: string): string {
  return parent.prefix ? `${parent.prefix}:${local}` : local;
}
