import { describe, expect, it } from 'vitest';
import { issuePlan } from '../src/services/plan-issuing.ts';
import { inTransaction } from '../src/store/database.ts';
import { demoIds, json, testRegistry } from './helpers.ts';

// Rendering five copies takes a second or more of CPU: never while holding the writer's lock, which every
// other writer on every instance waits for. An issue prepares and renders first, then writes.

describe('rendering and the writer lock', () => {
  it('refuses to render inside a transaction: an issue asked from within one fails before any copy, and nothing is written', async () => {
    const reg = await testRegistry();
    const ids = await demoIds(reg.db);
    const token = await reg.tokenFor('registrar', { agency: 'HK' });
    const plan = (await reg.db.selectFrom('plans').select('id').where('vessel_id', '=', ids.vesselId('477101500')).executeTakeFirstOrThrow()).id;
    const etag = async () => (await reg.call('GET', `/api/plans/${plan}`, { token })).headers.get('etag')!;
    expect((await reg.call('POST', `/api/plans/${plan}/draft`, { token, headers: { 'If-Match': await etag() } })).status).toBe(201);
    const draft = await json(await reg.call('GET', `/api/plans/${plan}`, { token }));
    const who = { principal: { id: null, name: 'Chan Tai-man', role: 'registrar' as const, agency: 'HK' as const, companyId: null }, requestId: null };
    const copiesBefore = (await reg.db.selectFrom('copies').select('id').execute()).length;
    await expect(
      inTransaction(reg.db, (trx) => issuePlan(trx, who, plan, draft.version, { change: 'minor', summary: '更新 Update' }, reg.clock.now)),
    ).rejects.toThrow(/a render started inside a transaction/);
    expect((await reg.db.selectFrom('copies').select('id').execute()).length).toBe(copiesBefore);
    // Outside one, the same issue renders first and then writes.
    const issued = await issuePlan(reg.db, who, plan, draft.version, { change: 'minor', summary: '更新 Update' }, reg.clock.now);
    expect(issued.current?.revision).toBe(draft.draft.revision);
    expect((await reg.db.selectFrom('copies').select('id').execute()).length).toBe(copiesBefore + 5);
  });
});
