import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lists, type ListSchema } from '../../../shared/lists';
import { createRepository } from '../../../teams-app/src/data/repository';
import { LocalServiceDown, parseProvisionArgs, runProvision, TOKEN_ENV } from '../../../teams-app/src/provisioning/cli';
import { CLI, REPO, runCli } from '../../excel-addin/cli/run-cli';
import { startLocalSite, type LocalSite } from './local-site';

let site: LocalSite;
const seedPath = join(REPO, 'test/fixtures/seed-items.json');

/** The test runs the built bundle; it must not be older than the sources it bundles from here. */
function assertFreshBundle(): void {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` (npm test does it first).`);
  const built = statSync(CLI).mtimeMs;
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
  for (const dir of ['teams-app/src/provisioning', 'teams-app/src/data', 'shared/lists']) {
    for (const file of walk(join(REPO, dir))) {
      if (statSync(file).mtimeMs > built) throw new Error(`${CLI} is older than ${file}: run \`npm run build\`.`);
    }
  }
}

beforeAll(async () => {
  assertFreshBundle();
  site = await startLocalSite();
});
afterAll(() => site.close());

describe('namndstod provision (the built CLI, as a separate process)', () => {
  test('provisions and imports against a site with a token from the environment; a second run changes nothing', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'provision-'));
    const env = { [TOKEN_ENV]: site.manager.token };
    // A wrong --token must lose to the environment variable.
    const first = await runCli(['provision', '--site', site.service.siteUrl, '--token', 'wrong-token', '--seed', seedPath], cwd, env);
    expect(first.stderr).not.toContain(site.manager.token);
    expect(first.stdout).not.toContain(site.manager.token);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Listor: 11 skapade');
    expect(first.stdout).toMatch(/ActionItems\s+99 nya, 0 ändrade, 0 oförändrade/);

    const second = await runCli(['provision', '--site', site.service.siteUrl, '--seed', seedPath, '--lang', 'en'], cwd, env);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('Lists: 0 created, 0 updated. Columns: 0 created, 0 updated.');
    expect(second.stdout).toMatch(/ActionItems\s+0 new, 0 changed, 99 unchanged/);

    const sp = site.spAs(site.manager);
    const counts: Record<string, number> = {};
    for (const schema of lists as readonly ListSchema[]) counts[schema.name] = (await createRepository(sp, schema).list()).length;
    expect(counts).toMatchObject({ ActionItems: 99, Projects: 43, ProjectVersions: 82, Risks: 66, Controls: 34, StatusUpdates: 0 });
  }, 60_000);

  test('a token only on the command line works too; without any token it stops with a clear message', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'provision-'));
    const ok = await runCli(['provision', '--site', site.service.siteUrl, '--token', site.manager.token, '--no-seed'], cwd);
    expect(ok.code).toBe(0);
    const none = await runCli(['provision', '--site', site.service.siteUrl, '--no-seed'], cwd);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain(`Ange en bearer-token i ${TOKEN_ENV}`);
  }, 30_000);

  test('a member who is not a manager: nothing to change passes, a change is refused (exit 1) and not written', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'provision-'));
    const member = { [TOKEN_ENV]: site.members[0]!.token };
    const unchanged = await runCli(['provision', '--site', site.service.siteUrl, '--seed', seedPath], cwd, member);
    expect(unchanged.code).toBe(0);
    expect(unchanged.stdout).toMatch(/ActionItems\s+0 nya, 0 ändrade, 99 oförändrade/);

    const changed = JSON.parse(readFileSync(seedPath, 'utf8')) as { risks: { id: string; arbetssatt: string | null }[] };
    changed.risks[0]!.arbetssatt = 'Ändrat av en medlem';
    const changedPath = join(cwd, 'changed.json');
    writeFileSync(changedPath, JSON.stringify(changed));
    const refused = await runCli(['provision', '--site', site.service.siteUrl, '--seed', changedPath], cwd, member);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Importen blev inte klar: 1 poster kunde inte sparas.');
    expect(refused.stderr).toContain(`Risks ${changed.risks[0]!.id}`);
    const risk = await createRepository(site.spAs(site.manager), lists[5]).getByExternalId(changed.risks[0]!.id);
    expect(risk?.arbetssatt).not.toBe('Ändrat av en medlem');
  }, 30_000);

  test('a seed file that is not seed-items.json is refused before anything is written', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'provision-'));
    const bad = join(cwd, 'bad.json');
    writeFileSync(bad, '{"documents": []}');
    const run = await runCli(['provision', '--site', site.service.siteUrl, '--seed', bad], cwd, { [TOKEN_ENV]: site.manager.token });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("has no 'plans' array");
  }, 30_000);
});

describe('provision arguments and the local default', () => {
  test('URLs must be https except on the loopback interface', () => {
    expect(parseProvisionArgs(['--site', 'http://tenant.sharepoint.com/sites/amn'])).toMatchObject({ ok: false });
    expect(parseProvisionArgs(['--site', 'https://tenant.sharepoint.com/sites/amn'])).toMatchObject({ ok: true });
    expect(parseProvisionArgs(['--site=http://127.0.0.1:4280/sites/amn'])).toMatchObject({ ok: true, args: { site: 'http://127.0.0.1:4280/sites/amn' } });
    expect(parseProvisionArgs(['--bogus'])).toMatchObject({ ok: false, sv: "Okänt argument '--bogus'." });
  });

  test('without --site and no local service running: one clear message, exit 2', async () => {
    let err = '';
    const code = await runProvision(['--no-seed'], { stdout: { write: () => true }, stderr: { write: (s: string) => (err += s) }, env: {} }, {
      startLocal: async () => {
        throw new LocalServiceDown('http://127.0.0.1:4280', 'connection refused');
      },
    });
    expect(code).toBe(2);
    expect(err).toContain('Ingen lokal listtjänst svarar på http://127.0.0.1:4280');
  });

  test('without --site it provisions the local service it is given', async () => {
    const other = await startLocalSite();
    try {
      let out = '';
      const code = await runProvision(['--no-seed', '--lang', 'en'], { stdout: { write: (s: string) => (out += s) }, stderr: { write: () => true }, env: {} }, {
        startLocal: async () => ({ siteUrl: other.service.siteUrl, token: other.manager.token, close: async () => undefined }),
      });
      expect(code).toBe(0);
      expect(out).toContain('Lists: 11 created');
    } finally {
      await other.close();
    }
  });
});
