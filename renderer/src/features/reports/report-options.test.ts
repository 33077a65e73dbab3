import { describe, expect, it } from 'vitest';
import { reportRequestSchema } from '../../../../electron/shared/schemas/reports';
import { defaultOptions, effectiveRecord, toRequest, withRecord } from './report-options';

describe('report options', () => {
  it('asks for the controller PDF with the processors and transfers annexes by default', () => {
    const request = toRequest(defaultOptions('da'));
    expect(request).toEqual({
      format: 'pdf',
      record: 'controller',
      lang: 'da',
      annexes: { processors: true, transfers: true, findings: false },
    });
    expect(reportRequestSchema.safeParse(request).success).toBe(true);
  });

  it('sends the as-of date only with the findings annex', () => {
    const options = { ...defaultOptions('en'), asOf: '2025-01-31' };
    expect(toRequest(options)).not.toHaveProperty('asOf');
    expect(toRequest({ ...options, annexes: { ...options.annexes, findings: true } })).toMatchObject({ asOf: '2025-01-31' });
  });

  it('resets the annexes to the processor record’s defaults, keeping the findings choice', () => {
    const options = withRecord({ ...defaultOptions('da'), annexes: { processors: true, transfers: true, findings: true } }, 'processor');
    expect(options.annexes).toEqual({ processors: false, transfers: false, findings: true });
    expect(withRecord(options, 'controller').annexes).toEqual({ processors: true, transfers: true, findings: true });
  });

  it('asks spreadsheets for the controller record in the chosen layout, without PDF-only choices', () => {
    const options = { ...withRecord(defaultOptions('en'), 'processor'), format: 'xlsx' as const, profile: 'ico' as const };
    expect(effectiveRecord(options)).toBe('controller');
    const request = toRequest({ ...options, asOf: '2025-01-31' });
    expect(request).toEqual({ format: 'xlsx', record: 'controller', lang: 'en', profile: 'ico' });
    expect(reportRequestSchema.safeParse(request).success).toBe(true);
  });
});
