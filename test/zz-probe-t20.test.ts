import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateWorkbook } from '../shared/engine';
import { templates } from '../shared/templates';
import { writeInstanceFixture } from '../test/fixtures/xlsx/generate';
import { readWorkbook } from '../excel-addin/src/xlsx-adapter/read-workbook';

const IDX = (process.env.IDX ?? '33,34,35,36').split(',').map(Number);
it('probe', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'probe-'));
  for (const i of IDX) {
    const p = await writeInstanceFixture(i, dir);
    const r = validateWorkbook(await readWorkbook(p), templates);
    console.log(i, JSON.stringify(r.sheets.map((s) => [s.sheet, s.template?.id, s.template?.edition.id])), '\n' + r.problems.map((p) => `${p.ruleId} ${p.cell} ${p.messageId} ${p.message.sv}`).join('\n'));
  }
});
