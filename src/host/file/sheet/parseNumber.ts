// Powers of ten that doubles hold exactly: dividing by them rounds correctly.
const POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i);

/**
 * A plain decimal (-12, 3.25) read from bytes, or undefined for anything
 * else (exponents, spaces, long mantissas), which the caller parses as text.
 * A mantissa under 2^53 divided by an exact power of ten is correctly
 * rounded, so the result equals Number(text).
 */
export function parseNumber(buf: Uint8Array, start: number, end: number): number | undefined {
  let i = start;
  let negative = false;
  if (buf[i] === 0x2d) {
    negative = true;
    i++;
  }
  if (i >= end) {
    return undefined;
  }
  let mantissa = 0;
  let digits = 0;
  let decimals = -1;
  for (; i < end; i++) {
    const b = buf[i];
    if (b >= 0x30 && b <= 0x39) {
      mantissa = mantissa * 10 + (b - 0x30);
      digits++;
      if (decimals >= 0) {
        decimals++;
      }
    } else if (b === 0x2e && decimals < 0) {
      decimals = 0;
    } else {
      return undefined;
    }
  }
  if (digits === 0 || digits > 15 || decimals > 22) {
    return undefined;
  }
  const value = decimals > 0 ? mantissa / POW10[decimals] : mantissa;
  return negative ? -value : value;
}
