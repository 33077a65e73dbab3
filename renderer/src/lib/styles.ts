import type { CSSProperties } from 'react';

/** For short cells (dates, codes, badges) that read badly when broken over two lines. */
export const nowrap: CSSProperties = { whiteSpace: 'nowrap' };
