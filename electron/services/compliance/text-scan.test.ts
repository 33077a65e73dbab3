import { describe, expect, it } from 'vitest';
import { defaultKnowledgeBase } from './knowledge-base';
import { scanReferences } from './text-scan';

describe('the keyword check before the reference patterns run', () => {
  it('lets through every text a keyword occurs in, whatever its case, Danish letters included', () => {
    const kb = defaultKnowledgeBase();
    const scan = (text: string) => [...scanReferences(kb, [{ field: 'notes', text }], 'DK').keys()];
    expect(scan('Behandlingen sker efter PERSONDATALOVENS § 6.')).toContain('REF-PDL');
    expect(scan('Leverandøren er PRIVACY SHIELD-certificeret.')).toContain('REF-PRIVACYSHIELD');
    expect(scan('Udsendes efter MARKEDSFØRINGSLOVENS § 6 til kunder.')).toEqual(
      scan('Udsendes efter markedsføringslovens § 6 til kunder.'),
    );
    expect(scan('Databehandlingen er beskrevet i vores aftale.')).toEqual([]);
  });
});
