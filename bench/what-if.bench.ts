/**
 * What-if benchmark: a scenario on a register of 1,000 activities and 5,000 transfers (a third of
 * them on the DPF). Deriving the knowledge base for an assumption, one evaluation against it, and the
 * whole three-way comparison with fallbacks (today, the date without the event, the date with it).
 * No budget in DESIGN.md names these; the anchor is the 100 ms full check, and a what-if is an
 * action the DPO asks for, not a screen refresh. Run: npx tsx bench/what-if.bench.ts
 */
import { assumeEvents, defaultKnowledgeBase, evaluate, whatIf } from '../electron/services/compliance';
import { complianceRegister } from './compliance-register';
import { summary, time } from './stats';

const RUNS = 15;
const TODAY = '2026-12-05';
const DATE = '2027-03-01';

function main(): void {
  const register = complianceRegister({ activities: 1_000, transfers: 5_000, recipients: 200, profile: 'maintained' });
  const kb = defaultKnowledgeBase();
  const dpf = register.transfers.filter((t) => t.mechanism === 'eu_us_dpf').length;
  const assume = [{ id: 'HYP-DPF-INVALID', date: DATE }];
  const samples = { derive: [] as number[], plain: [] as number[], scenario: [] as number[], whatIf: [] as number[] };
  let affected = 0;
  for (let i = 0; i < RUNS + 3; i++) {
    // A fresh date each round, so the derived knowledge base is built, not taken from the cache.
    const fresh = [{ id: 'HYP-DPF-INVALID', date: `2027-03-${String((i % 28) + 1).padStart(2, '0')}` }];
    const derive = time(() => assumeEvents(kb, fresh));
    const plain = time(() => evaluate(register, { asOf: DATE, kb }));
    const scenario = time(() => evaluate(register, { asOf: DATE, kb: assumeEvents(kb, assume) }));
    const full = time(() => whatIf(register, kb, { assumptions: assume, today: TODAY }));
    affected = full.value.transfers.length;
    if (i < 3) continue;
    samples.derive.push(derive.ms);
    samples.plain.push(plain.ms);
    samples.scenario.push(scenario.ms);
    samples.whatIf.push(full.ms);
  }
  console.log(
    `What-if benchmark — 1000 activities, ${register.transfers.length} transfers (${dpf} on the DPF), HYP-DPF-INVALID on ${DATE}`,
  );
  console.log(summary('assumeEvents (derive the knowledge base)', samples.derive));
  console.log(summary('evaluate(), the law as it stands', samples.plain));
  console.log(summary('evaluate(), with the DPF assumed invalid', samples.scenario));
  console.log(summary(`whatIf() (3 evaluations + fallbacks, ${affected} transfers)`, samples.whatIf));
}

main();
