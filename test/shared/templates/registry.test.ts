import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type AnyCrossRule, type AnyRule, PARTNER_PLACEHOLDERS } from '../../../shared/engine';
import { placeholdersOf } from '../../../shared/locale';
import { templates } from '../../../shared/templates';
import { writers } from '../../fixtures/xlsx/writers';

/**
 * Holds the template packs to their conventions, so that a rule cannot be written and forgotten:
 * folders ↔ registry, rule files ↔ rules/index.ts ↔ the template's rules, ids ↔ file names, and
 * every rule ↔ a test file that exercises each of its messages.
 */

const ROOT = join(__dirname, '..', '..', '..');
const TEMPLATES_DIR = join(ROOT, 'shared', 'templates');
const TESTS_DIR = join(ROOT, 'test', 'shared', 'templates');

const folders = readdirSync(TEMPLATES_DIR)
  .filter((name) => statSync(join(TEMPLATES_DIR, name)).isDirectory())
  .sort();

function ruleFiles(folder: string): string[] {
  const dir = join(TEMPLATES_DIR, folder, 'rules');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
    .map((f) => f.slice(0, -3))
    .sort();
}

function loadRule(folder: string, basename: string): AnyRule | undefined {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(join(TEMPLATES_DIR, folder, 'rules', basename)) as { default?: AnyRule };
  return mod.default;
}

describe('template registry', () => {
  it('registers every folder under shared/templates, and nothing else', () => {
    expect(templates.map((t) => t.id).sort()).toEqual(folders);
  });

  it('has unique template ids, catalogue ids and rule ids', () => {
    const dupes = (xs: string[]) => xs.filter((x, i) => xs.indexOf(x) !== i);
    expect(dupes(templates.map((t) => t.id))).toEqual([]);
    expect(dupes(templates.map((t) => t.catalogId))).toEqual([]);
    expect(dupes(templates.flatMap((t) => [...t.rules, ...(t.crossRules ?? [])].map((r) => r.meta.id)))).toEqual([]);
  });

  it('has a fixture writer for every template, and only for registered templates', () => {
    expect([...new Set(writers.map((w) => w.templateId))].sort()).toEqual(folders);
  });
});

describe.each(folders)('template pack %s', (folder) => {
  const template = templates.find((t) => t.id === folder);
  const files = ruleFiles(folder);

  it('says what recognition looks for', () => {
    expect(template?.lookedFor.length ?? 0).toBeGreaterThan(0);
  });

  it('has a golden test over real .xlsx files', () => {
    const golden = join(TESTS_DIR, folder, 'golden.test.ts');
    expect({ golden: relative(ROOT, golden), exists: existsSync(golden) }).toEqual({ golden: relative(ROOT, golden), exists: true });
  });

  it('lists every rule file in rules/index.ts, sorted, and nothing else', () => {
    const index = join(TEMPLATES_DIR, folder, 'rules', 'index.ts');
    const imported = existsSync(index) ? [...readFileSync(index, 'utf8').matchAll(/from '\.\/([\w-]+)'/g)].map((m) => m[1]!) : [];
    expect({ folder, imported }).toEqual({ folder, imported: files });
  });

  it("holds exactly the rule files' rules", () => {
    const fromFiles = files.map((f) => loadRule(folder, f)?.meta.id ?? `(no default export in rules/${f}.ts)`);
    expect((template?.rules ?? []).map((r) => r.meta.id).sort()).toEqual(fromFiles.sort());
    for (const f of files) {
      const registered = template?.rules.includes(loadRule(folder, f) as AnyRule) ?? false;
      expect({ file: f, registered }).toEqual({ file: f, registered: true });
    }
  });

  it('has at least one rule file under rules/', () => {
    expect({ folder, rules: files.length > 0 }).toEqual({ folder, rules: true });
  });

  // describe.each refuses an empty table; the test above reports a pack without rules.
  describe.each(files.length > 0 ? files : ['(none)'])('rule %s', (basename) => {
    if (basename === '(none)') return;
    const rule = loadRule(folder, basename);
    const source = readFileSync(join(TEMPLATES_DIR, folder, 'rules', `${basename}.ts`), 'utf8');
    const testPath = join(TESTS_DIR, folder, 'rules', `${basename}.test.ts`);

    it(`has the id '${folder}/${basename}'`, () => {
      expect(rule?.meta.id).toBe(`${folder}/${basename}`);
    });

    it('opens with a comment quoting where the requirement is stated, and cites a source', () => {
      expect(source.trimStart().slice(0, 2)).toMatch(/^(\/\/|\/\*)/);
      expect(rule?.meta.docs.source.trim() ?? '').not.toBe('');
      expect(rule?.meta.docs.sv.trim() ?? '').not.toBe('');
      expect(rule?.meta.docs.en.trim() ?? '').not.toBe('');
    });

    it('words every message with the same placeholders in Swedish and English', () => {
      for (const [id, m] of Object.entries(rule?.meta.messages ?? {})) {
        expect({ id, placeholders: [...new Set(placeholdersOf(m.en))].sort() }).toEqual({ id, placeholders: [...new Set(placeholdersOf(m.sv))].sort() });
      }
    });

    it(`is tested in ${relative(ROOT, testPath)}, which exercises every message id`, () => {
      expect({ testFile: relative(ROOT, testPath), exists: existsSync(testPath) }).toEqual({ testFile: relative(ROOT, testPath), exists: true });
      const text = readFileSync(testPath, 'utf8');
      const untested = Object.keys(rule?.meta.messages ?? {}).filter((id) => !new RegExp(`messageId:\\s*['"]${id}['"]`).test(text));
      expect({ rule: rule?.meta.id, untested }).toEqual({ rule: rule?.meta.id, untested: [] });
    });
  });
});

function crossRuleFiles(folder: string): string[] {
  const dir = join(TEMPLATES_DIR, folder, 'cross-rules');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
    .map((f) => f.slice(0, -3))
    .sort();
}

function loadCrossRule(folder: string, basename: string): AnyCrossRule | undefined {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(join(TEMPLATES_DIR, folder, 'cross-rules', basename)) as { default?: AnyCrossRule };
  return mod.default;
}

// Cross-document rules (shared/templates/<folder>/cross-rules/) are held to the same standard.
const crossFolders = folders.filter((f) => crossRuleFiles(f).length > 0 || (templates.find((t) => t.id === f)?.crossRules?.length ?? 0) > 0);

describe.each(crossFolders)('cross rules of %s', (folder) => {
  const template = templates.find((t) => t.id === folder);
  const files = crossRuleFiles(folder);

  it('lists every cross rule file in cross-rules/index.ts, sorted, and nothing else', () => {
    const index = join(TEMPLATES_DIR, folder, 'cross-rules', 'index.ts');
    const imported = existsSync(index) ? [...readFileSync(index, 'utf8').matchAll(/from '\.\/([\w-]+)'/g)].map((m) => m[1]!) : [];
    expect({ folder, imported }).toEqual({ folder, imported: files });
  });

  it("holds exactly the cross rule files' rules", () => {
    const fromFiles = files.map((f) => loadCrossRule(folder, f)?.meta.id ?? `(no default export in cross-rules/${f}.ts)`);
    expect((template?.crossRules ?? []).map((r) => r.meta.id).sort()).toEqual(fromFiles.sort());
    for (const f of files) {
      const registered = template?.crossRules?.includes(loadCrossRule(folder, f) as AnyCrossRule) ?? false;
      expect({ file: f, registered }).toEqual({ file: f, registered: true });
    }
  });

  describe.each(files)('cross rule %s', (basename) => {
    const rule = loadCrossRule(folder, basename);
    const source = readFileSync(join(TEMPLATES_DIR, folder, 'cross-rules', `${basename}.ts`), 'utf8');
    const testPath = join(TESTS_DIR, folder, 'cross-rules', `${basename}.test.ts`);

    it(`has the id '${folder}/${basename}'`, () => {
      expect(rule?.meta.id).toBe(`${folder}/${basename}`);
    });

    it('opens with a comment quoting where the requirement is stated, and cites a source', () => {
      expect(source.trimStart().slice(0, 2)).toMatch(/^(\/\/|\/\*)/);
      expect(rule?.meta.docs.source.trim() ?? '').not.toBe('');
      expect(rule?.meta.docs.sv.trim() ?? '').not.toBe('');
      expect(rule?.meta.docs.en.trim() ?? '').not.toBe('');
    });

    it('declares registered partner templates', () => {
      const known = new Set(templates.map((t) => t.id));
      expect(rule?.meta.partners.length ?? 0).toBeGreaterThan(0);
      expect((rule?.meta.partners ?? []).filter((p) => !known.has(p))).toEqual([]);
    });

    it("words every message with the same placeholders in Swedish and English, naming the partner's file and cell", () => {
      for (const [id, m] of Object.entries(rule?.meta.messages ?? {})) {
        const sv = [...new Set(placeholdersOf(m.sv))].sort();
        expect({ id, placeholders: [...new Set(placeholdersOf(m.en))].sort() }).toEqual({ id, placeholders: sv });
        expect({ id, partner: PARTNER_PLACEHOLDERS.filter((p) => !sv.includes(p)) }).toEqual({ id, partner: [] });
      }
    });

    it(`is tested in ${relative(ROOT, testPath)}, which exercises every message id`, () => {
      expect({ testFile: relative(ROOT, testPath), exists: existsSync(testPath) }).toEqual({ testFile: relative(ROOT, testPath), exists: true });
      const text = readFileSync(testPath, 'utf8');
      const untested = Object.keys(rule?.meta.messages ?? {}).filter((id) => !new RegExp(`messageId:\\s*['"]${id}['"]`).test(text));
      expect({ rule: rule?.meta.id, untested }).toEqual({ rule: rule?.meta.id, untested: [] });
    });
  });
});
