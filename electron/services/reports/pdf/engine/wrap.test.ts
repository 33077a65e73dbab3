import PDFDocument from 'pdfkit';
import { beforeAll, describe, expect, it } from 'vitest';
import { type FaceSet, loadFaces, resolveFontsDir } from './fonts';
import { truncate, wrapText } from './wrap';

let faces: FaceSet;
beforeAll(() => {
  faces = loadFaces(new PDFDocument({ autoFirstPage: false, font: `${resolveFontsDir()}/NotoSans-Regular.ttf` }), resolveFontsDir());
});

describe('wrapText', () => {
  it('fills lines greedily within the width and loses no word', () => {
    const text = 'Oplysningerne behandles på grundlag af kursistens tilmelding, og øvrige oplysninger indhentes fra arbejdsgiveren.';
    const lines = wrapText(text, faces.regular, 9, 120);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(faces.regular.width(line, 9)).toBeLessThanOrEqual(120);
    expect(lines.join(' ')).toBe(text);
  });

  it('keeps paragraph breaks, collapses blank lines to one, and trims spaces at breaks', () => {
    expect(wrapText('Første afsnit.\n\n\n  Andet afsnit.  ', faces.regular, 9, 400)).toEqual(['Første afsnit.', '', 'Andet afsnit.']);
    expect(wrapText('', faces.regular, 9, 400)).toEqual(['']);
  });

  it('cuts a word wider than the column with a hyphen, never leaving fewer than three letters', () => {
    const lines = wrapText('Sikkerhedsforanstaltningerne', faces.regular, 9, 60);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(faces.regular.width(line, 9)).toBeLessThanOrEqual(60);
    expect(lines.slice(0, -1).every((l) => l.endsWith('-'))).toBe(true);
    expect(lines[lines.length - 1].length).toBeGreaterThanOrEqual(3);
    expect(lines.join('').replace(/-/g, '')).toBe('Sikkerhedsforanstaltningerne');
  });

  it('cuts a URL without hyphens', () => {
    const lines = wrapText('https://www.datatilsynet.dk/regler-og-vejledning', faces.regular, 9, 80);
    expect(lines.join('')).toBe('https://www.datatilsynet.dk/regler-og-vejledning');
  });
});

describe('truncate', () => {
  it('shortens with an ellipsis only when needed', () => {
    expect(truncate('Kort', faces.bold, 9, 200)).toBe('Kort');
    const cut = truncate('Fortegnelse over behandlingsaktiviteter · Jensens Kurser A/S', faces.bold, 9, 100);
    expect(cut.endsWith('…')).toBe(true);
    expect(faces.bold.width(cut, 9)).toBeLessThanOrEqual(100);
  });
});
