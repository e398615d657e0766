import type { Lang } from '../../../shared/locale';

/** One command-line word: a positional argument (no `name`) or an option with its value on demand. */
export interface ArgToken {
  readonly raw: string;
  readonly name?: string;
  /** `--x=v` or `--x v`; undefined when no value follows (the next word is another option). */
  takeValue(): string | undefined;
}

/** Splits argv the way every `namndstod` command reads it: `--` ends the options, `-` is a path. */
export function* argTokens(argv: readonly string[]): Generator<ArgToken> {
  let onlyPositional = false;
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i]!;
    if (onlyPositional || !raw.startsWith('-') || raw === '-') {
      yield { raw, takeValue: () => undefined };
      continue;
    }
    if (raw === '--') {
      onlyPositional = true;
      continue;
    }
    const eq = raw.indexOf('=');
    yield {
      raw,
      name: eq === -1 ? raw : raw.slice(0, eq),
      takeValue: () => {
        if (eq !== -1) return raw.slice(eq + 1);
        const next = argv[i + 1];
        if (next === undefined || next.startsWith('--')) return undefined;
        i++;
        return next;
      },
    };
  }
}

/** The language asked for, looked up before parsing, since error messages need it. */
export function langOf(argv: readonly string[]): Lang {
  let lang: Lang = 'sv';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const v = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice(7) : undefined;
    if (v === 'sv' || v === 'en') lang = v;
  }
  return lang;
}

/** A value quoted for an error message, or the word for "nothing". */
export function shown(v: string | undefined, nothing: string): string {
  return v === undefined || v === '' ? nothing : `'${v}'`;
}

/**
 * An option's value when it is one of `allowed`, else the bilingual reason ("--format ska vara
 * text, json, html eller xlsx (inte 'pdf')."), for the commands to return as their usage error.
 */
export function oneOf<T extends string>(option: string, value: string | undefined, allowed: readonly T[]): { ok: true; value: T } | { ok: false; sv: string; en: string } {
  if (allowed.includes(value as T)) return { ok: true, value: value as T };
  const list = (and: string) => (allowed.length > 1 ? `${allowed.slice(0, -1).join(', ')} ${and} ${allowed.at(-1)}` : `${allowed[0]}`);
  return { ok: false, sv: `${option} ska vara ${list('eller')} (inte ${shown(value, 'tomt')}).`, en: `${option} must be ${list('or')} (not ${shown(value, 'empty')}).` };
}
