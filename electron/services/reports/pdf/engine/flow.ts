import type { FaceSet } from './fonts';
import type { DrawSink } from './sink';
import { page } from './theme';

/** Draws the running header and footer of one page; must not change the layout. */
export type PageDecorator = (flow: Flow, pageNo: number) => void;

/** A heading waiting for the start of what follows it (see keepWithNext). */
interface Held {
  height: number;
  draw: () => void;
  /** Space asked for after it (gap() while it is held). */
  after: number;
}

/**
 * The cursor of a one-pass, top-to-bottom layout: current page, current y, and the page break.
 * Nothing is kept per page once it is left, so memory does not grow with the document.
 */
export class Flow {
  pageNo = 0;
  y: number = page.top;
  /** What the running header of the next new page shows (the section the page starts in). */
  runningTitle = '';
  private decorate: PageDecorator = () => {};
  private held: Held[] = [];

  constructor(
    readonly sink: DrawSink,
    readonly faces: FaceSet,
  ) {}

  setDecorator(decorate: PageDecorator): void {
    this.decorate = decorate;
  }

  newPage(): void {
    // A heading with nothing after it stays where it was asked for.
    this.drawHeld();
    this.pageNo++;
    this.sink.startPage();
    this.y = page.top;
    this.decorate(this, this.pageNo);
  }

  get atPageTop(): boolean {
    return this.y <= page.top + 0.01;
  }

  /** Space left on the current page. */
  get remaining(): number {
    return page.bottom - this.y;
  }

  /**
   * Holds a heading (`height` points, drawn by `draw` at the cursor) until the next block asks for
   * room with ensure(): then heading and the start of that block go on the same page. A heading is
   * never the last thing on a page, whatever follows it (a paragraph, a table, another heading).
   */
  keepWithNext(height: number, draw: () => void): void {
    this.held.push({ height, draw, after: 0 });
  }

  /** Starts a new page unless `height` (plus any held heading) still fits, or we are already at the top. */
  ensure(height: number): void {
    const held = this.held.reduce((sum, h) => sum + h.height + h.after, 0);
    if (this.pageNo === 0 || (this.y + held + height > page.bottom && !this.atPageTop)) {
      const items = this.held;
      this.held = [];
      this.newPage();
      this.held = items;
    }
    this.drawHeld();
    // Only when heading and block together are taller than a page: the block starts on the next.
    if (this.y + height > page.bottom && !this.atPageTop) this.newPage();
  }

  /** Vertical space, dropped at the top of a page where it would only push content down. */
  gap(height: number): void {
    const last = this.held.at(-1);
    if (last) {
      last.after += height;
      return;
    }
    if (this.atPageTop) return;
    this.y = Math.min(this.y + height, page.bottom);
  }

  private drawHeld(): void {
    const items = this.held;
    this.held = [];
    for (const item of items) {
      item.draw();
      this.gap(item.after);
    }
  }
}
