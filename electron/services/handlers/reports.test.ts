import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReportJob } from '../../shared/schemas/reports';
import { reportFile } from '../report-jobs/jobs';
import { createTestApi } from '../testing';

const apis: ReturnType<typeof createTestApi>[] = [];
function freshApi() {
  const api = createTestApi();
  apis.push(api);
  return api;
}
afterEach(() => {
  for (const a of apis.splice(0)) a.dispose();
});

async function finished(api: ReturnType<typeof createTestApi>, job: ReportJob): Promise<ReportJob> {
  let current = job;
  while (current.state === 'running') {
    await new Promise((r) => setTimeout(r, 20));
    current = await api.ok<ReportJob>('reports:status', { jobId: job.jobId });
  }
  return current;
}

describe('reports through the handler table', () => {
  it('writes the Danish controller PDF on a worker, with progress, ready to save', async () => {
    const api = freshApi();
    await api.ok('register:loadExample');
    const started = await api.ok<ReportJob>('reports:start', { format: 'pdf', lang: 'da', annexes: { findings: true } });
    expect(started.state).toBe('running');
    const done = await finished(api, started);
    expect(done.state).toBe('done');
    expect(done.fileName).toBe('Fortegnelse-Jensens-Kurser-A-S-2026-11-25.pdf');
    expect(done.pages).toBeGreaterThan(5);
    const { file } = reportFile(done.jobId);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('Jensens Kurser A/S');
    expect(text).toContain('TR-PS-ACTIVE');
    expect(text).toMatch(new RegExp(`Side 1 af ${done.pages}`));
  });

  it('writes the spreadsheet formats, and refuses a broken workbook without changing anything', async () => {
    const api = freshApi();
    await api.ok('register:loadExample');
    const xlsx = await finished(api, await api.ok<ReportJob>('reports:start', { format: 'xlsx', profile: 'ico', lang: 'en' }));
    const bytes = fs.readFileSync(reportFile(xlsx.jobId).file);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    const csv = await finished(api, await api.ok<ReportJob>('reports:start', { format: 'csv', profile: 'datatilsynet', lang: 'da' }));
    expect(fs.readFileSync(reportFile(csv.jobId).file, 'utf8')).toContain('Nyhedsbreve');

    const before = (await api.ok<{ json: string }>('register:exportJson')).json;
    const bad = await api.call('reports:importXlsx', { fileName: 'x.xlsx', base64: Buffer.from('not a workbook').toString('base64') });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.message).toMatch(/nothing was changed/);
    expect((await api.ok<{ json: string }>('register:exportJson')).json).toBe(before);
  });

  it('imports an ICO workbook into an empty register', async () => {
    const source = freshApi();
    await source.ok('register:loadExample');
    const xlsx = await finished(source, await source.ok<ReportJob>('reports:start', { format: 'xlsx', profile: 'ico', lang: 'en' }));
    const target = freshApi();
    const result = await target.ok<{ counts: Record<string, number> }>('reports:importXlsx', {
      fileName: 'ico.xlsx',
      base64: fs.readFileSync(reportFile(xlsx.jobId).file).toString('base64'),
    });
    expect(result.counts.activities).toBe(6);
    const list = await target.ok<{ items: { name: string }[] }>('activities:list', { search: 'Nyhedsbreve' });
    expect(list.items.map((i) => i.name)).toEqual(['Nyhedsbreve']);
  });
});
