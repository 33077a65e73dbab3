import type { Face } from './face';

const BACKSLASH = 0x5c;
/** Bytes that must be escaped inside a literal string, and the character after the backslash. */
const ESCAPES = new Uint8Array(256);
ESCAPES[0x28] = 0x28; // (
ESCAPES[0x29] = 0x29; // )
ESCAPES[BACKSLASH] = BACKSLASH;
ESCAPES[0x0a] = 0x6e; // \n
ESCAPES[0x0d] = 0x72; // \r

/**
 * A page's content stream built directly as bytes in one reused buffer. At 30,000 pages, building
 * an operator string per line, joining them and converting the result to a Buffer cost more than the
 * layout itself and fed the garbage collector; writing bytes in place does neither.
 */
export class ContentWriter {
  private buffer = Buffer.allocUnsafe(1 << 16);
  private length = 0;

  get size(): number {
    return this.length;
  }

  private reserve(extra: number): void {
    if (this.length + extra <= this.buffer.length) return;
    const next = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.length + extra));
    this.buffer.copy(next, 0, 0, this.length);
    this.buffer = next;
  }

  /** ASCII text (operators, names): one byte per character. */
  ascii(text: string): this {
    this.reserve(text.length);
    for (let i = 0; i < text.length; i++) this.buffer[this.length++] = text.charCodeAt(i);
    return this;
  }

  /** Raw bytes, e.g. a glyph's encoded code. */
  bytes(data: Uint8Array): this {
    this.reserve(data.length);
    this.buffer.set(data, this.length);
    this.length += data.length;
    return this;
  }

  /**
   * A PDF literal string "(…)" of 2-byte glyph codes (Identity-H) for `text` in `face`, written
   * byte by byte: delimiters and line-end bytes escaped, everything else raw.
   */
  literal(text: string, face: Face): this {
    this.reserve(2 + text.length * 4);
    const buffer = this.buffer;
    buffer[this.length++] = 0x28;
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      const gid = face.glyphAt(text, i);
      if (unit >= 0xd800 && unit <= 0xdbff) i++; // the pair's low half is part of this glyph
      this.glyphByte(gid >> 8);
      this.glyphByte(gid & 0xff);
    }
    buffer[this.length++] = 0x29;
    return this;
  }

  private glyphByte(byte: number): void {
    const escaped = ESCAPES[byte];
    if (escaped !== 0) {
      this.buffer[this.length++] = BACKSLASH;
      this.buffer[this.length++] = escaped;
    } else {
      this.buffer[this.length++] = byte;
    }
  }

  /** A number with at most two decimals followed by a space ("56 ", "805.89 ", "0.5 "). */
  num(value: number): this {
    const hundredths = Math.round(value * 100);
    if (hundredths < 0) return this.ascii(`${hundredths / 100} `);
    const whole = Math.floor(hundredths / 100);
    const frac = hundredths - whole * 100;
    this.reserve(16);
    this.digits(whole);
    if (frac !== 0) {
      this.buffer[this.length++] = 0x2e; // "."
      this.buffer[this.length++] = 0x30 + Math.floor(frac / 10);
      if (frac % 10 !== 0) this.buffer[this.length++] = 0x30 + (frac % 10);
    }
    this.buffer[this.length++] = 0x20;
    return this;
  }

  private digits(n: number): void {
    if (n >= 10) this.digits(Math.floor(n / 10));
    this.buffer[this.length++] = 0x30 + (n % 10);
  }

  /** The bytes written since the last reset (a view: copy or consume before the next write). */
  view(): Buffer {
    return this.buffer.subarray(0, this.length);
  }

  reset(): void {
    this.length = 0;
  }
}
