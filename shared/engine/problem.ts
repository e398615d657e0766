import type { MessageValue } from '../locale';
import type { Severity } from './rule';

export interface Problem {
  readonly ruleId: string;
  readonly severity: Severity;
  /** 'internal' when the rule itself failed; the run goes on without it. */
  readonly kind: 'rule' | 'internal' | 'workbook';
  readonly sheet: string;
  /** A1 address of the cell to fix. */
  readonly cell: string;
  /** Cells the problem involves, as A1 addresses or A1 ranges ('C12:C6711'). */
  readonly related: readonly string[];
  readonly messageId: string;
  readonly data: Readonly<Record<string, MessageValue>>;
  readonly message: { readonly sv: string; readonly en: string };
  /** A cross-document problem: the other document's cell it disagrees with. */
  readonly partner?: { readonly document: string; readonly sheet: string; readonly cell: string };
}
