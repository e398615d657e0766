import { writeInstanceFixture, writtenInstances, instanceAt } from './fixtures/xlsx/generate';
it('writes', async () => { for (const i of writtenInstances().filter((i) => instanceAt(i).filled)) await writeInstanceFixture(i, '/tmp/fillprobe'); });
