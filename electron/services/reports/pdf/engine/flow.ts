import type { FaceSet } from './fonts';
import type { DrawSink } from './sink';
import { page } from './theme';

/** Draws the running header and footer of one page; must not change the layout. */
export type PageDecorator = (flow: Flow, pageNo: number) => void;

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

  constructor(
    readonly sink: DrawSink,
    readonly faces: FaceSet,
  ) {}

  setDecorator(decorate: PageDecorator): void {
    this.decorate = decorate;
  }

  newPage(): void {
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

  /** Starts a new page unless `height` still fits (or we are already at the top: nothing to gain). */
  ensure(height: number): void {
    if (this.pageNo === 0 || (this.y + height > page.bottom && !this.atPageTop)) this.newPage();
  }

  /** Vertical space, dropped at the top of a page where it would only push content down. */
  gap(height: number): void {
    if (this.atPageTop) return;
    this.y = Math.min(this.y + height, page.bottom);
  }
}
