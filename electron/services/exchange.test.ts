import { afterEach, describe, expect, it } from 'vitest';
import { serialiseRegister } from '../../db/queries/register-export';
import { buildExampleRegister } from '../../db/seed/example-register';
import { fieldLabel } from '../shared/i18n/field-labels';
import { renderMessage } from '../shared/i18n/message';
import { translator } from '../shared/i18n/translate';
import { createTestApi } from './testing';

const apis: ReturnType<typeof createTestApi>[] = [];
function freshApi() {
  const api = createTestApi();
  apis.push(api);
  return api;
}
afterEach(() => {
  for (const a of apis.splice(0)) a.dispose();
});

describe('the JSON exchange format', () => {
  it('exports, imports into an empty register and exports again byte for byte', async () => {
    const first = freshApi();
    await first.ok('register:loadExample');
    // Touch the register through the API too, so the round trip covers edited data, blobs and settings.
    await first.ok('settings:set', { key: 'dpa_warn_days', value: 60 });
    await first.ok('dpas:update', {
      id: 'dpa-hubspot',
      changes: { documentBase64: Buffer.from('%PDF-1.4 æøå').toString('base64'), documentName: 'dpa.pdf' },
    });
    const { json } = await first.ok<{ json: string }>('register:exportJson');

    const second = freshApi();
    await second.ok('register:importJson', { json });
    const again = await second.ok<{ json: string }>('register:exportJson');
    expect(again.json).toBe(json);
    expect(JSON.parse(json).activities).toHaveLength(6);
  });

  it('exports the example register exactly as it was built', async () => {
    const api = freshApi();
    await api.ok('register:loadExample');
    const { json } = await api.ok<{ json: string }>('register:exportJson');
    expect(json).toBe(serialiseRegister(buildExampleRegister()));
  });

  it('rejects an invalid file as a whole, naming the JSON path, and changes nothing', async () => {
    const api = freshApi();
    const doc = buildExampleRegister();
    const broken = structuredClone(doc) as unknown as { activities: { name: string; dataSubjectIds: string[] }[] };
    broken.activities[2]!.name = '';
    broken.activities[3]!.dataSubjectIds = ['subj-ghost'];
    const result = await api.call('register:importJson', { json: JSON.stringify(broken) });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('VALIDATION');
      expect(result.error.message).toBe('The register file is not valid, so nothing was imported (2 problems).');
      expect(result.error.details).toEqual([
        expect.objectContaining({ path: '$.activities[2].name', key: 'validation.required' }),
        expect.objectContaining({ path: '$.activities[3].dataSubjectIds[0]', key: 'validation.unknownReference' }),
      ]);
      const [name, ghost] = result.error.details!;
      const da = translator('da');
      expect(`${fieldLabel(da, name!.path)}: ${renderMessage(da, name!)}`).toBe('Behandlingsaktiviteter 3 › Navn: Skal udfyldes');
      expect(renderMessage(da, ghost!)).toBe('Henviser til noget, der ikke findes i filen: Kategori af registrerede „subj-ghost“');
    }
    const status = await api.ok<{ empty: boolean }>('register:status');
    expect(status.empty).toBe(true);
  });

  it('rejects text that is not JSON', async () => {
    const api = freshApi();
    const result = await api.call('register:importJson', { json: '{"format": "ropa-desk.register",' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/not JSON, so nothing was imported/);
  });

  it('will not import over an existing register', async () => {
    const api = freshApi();
    await api.ok('register:loadExample');
    const before = await api.ok<{ json: string }>('register:exportJson');
    const result = await api.call('register:importJson', { json: before.json });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('CONFLICT');
    expect((await api.ok<{ json: string }>('register:exportJson')).json).toBe(before.json);
  });
});
