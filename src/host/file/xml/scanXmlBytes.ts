import { XmlError } from "./parseXml";
import { utf16Of } from "./xmlText";

/**
 * What a streaming scan reports. Names are given as byte spans of the
 * buffer (local name only, prefix dropped), so that the hot path of a sheet
 * with millions of cells allocates no strings for tags it does not want.
 */
export interface ByteXmlHandler {
  /** A start or empty tag; `tagEnd` is the offset of its ">". */
  open(buf: Uint8Array, nameStart: number, nameEnd: number, tagEnd: number, empty: boolean): void;
  close(buf: Uint8Array, nameStart: number, nameEnd: number): void;
  /** Text between tags, raw (entities unresolved); called only while `wantsText` is true. */
  text(buf: Uint8Array, start: number, end: number, cdata: boolean): void;
  wantsText: boolean;
}

const LT = 0x3c;
const GT = 0x3e;
// Bytes of a new chunk joined to a token cut at the end of the last one.
const JOIN = 4096;

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

const encoder = new TextEncoder();

/**
 * A push tokenizer over XML bytes that arrive in chunks (as an inflater
 * hands them out). A token cut by a chunk boundary is carried into the next
 * chunk; text is reported only once its closing "<" has arrived, so a
 * handler always sees whole text runs. A UTF-16 part is turned into UTF-8 as
 * it streams by; the handler always sees UTF-8.
 */
export class ByteXmlScanner {
  private carry: Uint8Array | undefined;
  private started = false;
  private utf16: TextDecoder | undefined;
  /** Elements open at the end of what was scanned, and whether any was seen: a whole part ends with none open. */
  private depth = 0;
  private rooted = false;

  constructor(
    private readonly handler: ByteXmlHandler,
    private readonly part: string,
  ) {}

  push(chunk: Uint8Array): void {
    if (!this.started) {
      // The encoding shows in the first two bytes; a first chunk of one byte waits for the next.
      const head = this.carry ? concat(this.carry, chunk) : chunk;
      if (head.length < 2) {
        this.carry = head.slice();
        return;
      }
      this.carry = undefined;
      this.started = true;
      const encoding = utf16Of(head);
      if (encoding) {
        this.utf16 = new TextDecoder(encoding);
      }
      chunk = head;
    }
    this.scanChunk(this.utf16 ? encoder.encode(this.utf16.decode(chunk, { stream: true })) : chunk);
  }

  private scanChunk(chunk: Uint8Array): void {
    let start = 0;
    if (this.carry) {
      // The cut token is finished from the chunk's first bytes; the chunk itself is then scanned in place, not copied.
      const carry = this.carry;
      this.carry = undefined;
      const head = chunk.length <= JOIN ? chunk.length : JOIN;
      const joined = concat(carry, chunk.subarray(0, head));
      const stop = this.scan(joined, 0);
      if (stop < carry.length || head === chunk.length) {
        if (head === chunk.length) {
          if (stop < joined.length) {
            this.carry = joined.slice(stop);
          }
          return;
        }
        // A token longer than the join (a long text run): take the slow way, once.
        const whole = concat(joined.subarray(stop), chunk.subarray(head));
        const end = this.scan(whole, 0);
        if (end < whole.length) {
          this.carry = whole.slice(end);
        }
        return;
      }
      start = stop - carry.length;
    }
    const stop = this.scan(chunk, start);
    if (stop < chunk.length) {
      this.carry = chunk.slice(stop);
    }
  }

  /** Ends the scan: a part cut short (inside a tag, or before its root element closes) is not well-formed. */
  end(): void {
    if (!this.started && this.carry) {
      const rest = this.carry;
      this.carry = undefined;
      this.started = true;
      this.scanChunk(rest);
    }
    if (this.utf16) {
      this.scanChunk(encoder.encode(this.utf16.decode()));
    }
    if (this.carry && this.carry.some((b) => b === LT)) {
      throw new XmlError(`${this.part}: ends inside a tag`);
    }
    if (!this.rooted) {
      throw new XmlError(`${this.part}: no root element`);
    }
    if (this.depth > 0) {
      throw new XmlError(`${this.part}: ends before its root element is closed`);
    }
  }

  private scan(buf: Uint8Array, from: number): number {
    const h = this.handler;
    const n = buf.length;
    let pos = from;
    while (pos < n) {
      const lt = buf.indexOf(LT, pos);
      if (lt < 0) {
        return h.wantsText ? pos : n;
      }
      if (lt > pos && h.wantsText) {
        h.text(buf, pos, lt, false);
      }
      if (lt + 1 >= n) {
        return lt;
      }
      const next = buf[lt + 1];
      if (next === 0x2f /* / */) {
        const gt = buf.indexOf(GT, lt + 2);
        if (gt < 0) {
          return lt;
        }
        let nameEnd = lt + 2;
        while (nameEnd < gt && !isNameEnd(buf[nameEnd])) {
          nameEnd++;
        }
        this.depth--;
        h.close(buf, localStart(buf, lt + 2, nameEnd), nameEnd);
        pos = gt + 1;
      } else if (next === 0x21 /* ! */ || next === 0x3f /* ? */) {
        const after = this.markup(buf, lt);
        if (after < 0) {
          return lt;
        }
        pos = after;
      } else {
        const gt = tagEnd(buf, lt + 1);
        if (gt < 0) {
          return lt;
        }
        let nameEnd = lt + 1;
        while (nameEnd < gt && !isNameEnd(buf[nameEnd])) {
          nameEnd++;
        }
        const empty = buf[gt - 1] === 0x2f;
        if (!empty) {
          this.depth++;
        }
        this.rooted = true;
        h.open(buf, localStart(buf, lt + 1, nameEnd), nameEnd, gt, empty);
        pos = gt + 1;
      }
    }
    return pos;
  }

  /** Comments, CDATA and processing instructions; returns the offset after them, or -1 when cut off. */
  private markup(buf: Uint8Array, lt: number): number {
    if (buf[lt + 1] === 0x3f) {
      const close = find(buf, [0x3f, GT], lt + 2);
      return close < 0 ? -1 : close + 2;
    }
    if (lt + 4 > buf.length) {
      return -1;
    }
    if (buf[lt + 2] === 0x2d && buf[lt + 3] === 0x2d) {
      const close = find(buf, [0x2d, 0x2d, GT], lt + 4);
      return close < 0 ? -1 : close + 3;
    }
    if (lt + 9 > buf.length) {
      return -1;
    }
    if (buf[lt + 2] === 0x5b /* [ */) {
      const close = find(buf, [0x5d, 0x5d, GT], lt + 9);
      if (close < 0) {
        return -1;
      }
      if (this.handler.wantsText) {
        this.handler.text(buf, lt + 9, close, true);
      }
      return close + 3;
    }
    throw new XmlError(`${this.part}: document type declarations are not accepted`);
  }
}

function isNameEnd(b: number): boolean {
  return b === 0x20 || b === 0x2f || b === GT || b === 0x0a || b === 0x0d || b === 0x09;
}

function localStart(buf: Uint8Array, start: number, end: number): number {
  for (let i = end - 1; i >= start; i--) {
    if (buf[i] === 0x3a /* : */) {
      return i + 1;
    }
  }
  return start;
}

// The ">" that ends a start tag, stepping over quoted attribute values (which may hold ">").
function tagEnd(buf: Uint8Array, from: number): number {
  const n = buf.length;
  for (let i = from; i < n; i++) {
    const b = buf[i];
    if (b === GT) {
      return i;
    }
    if (b === 0x22 || b === 0x27) {
      const close = buf.indexOf(b, i + 1);
      if (close < 0) {
        return -1;
      }
      i = close;
    }
  }
  return -1;
}

function find(buf: Uint8Array, seq: number[], from: number): number {
  for (let i = buf.indexOf(seq[0], from); i >= 0; i = buf.indexOf(seq[0], i + 1)) {
    if (i + seq.length > buf.length) {
      return -1;
    }
    let ok = true;
    for (let k = 1; k < seq.length; k++) {
      if (buf[i + k] !== seq[k]) {
        ok = false;
      }
    }
    if (ok) {
      return i;
    }
  }
  return -1;
}

/** True when the span holds exactly this ASCII name. */
export function isName(buf: Uint8Array, start: number, end: number, name: string): boolean {
  if (end - start !== name.length) {
    return false;
  }
  for (let i = 0; i < name.length; i++) {
    if (buf[start + i] !== name.charCodeAt(i)) {
      return false;
    }
  }
  return true;
}
