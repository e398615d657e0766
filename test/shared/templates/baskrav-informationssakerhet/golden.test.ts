import { goldenSuite } from '../../../support/golden';

const rule = (name: string) => `baskrav-informationssakerhet/${name}`;
const ANSWERED = rule('every-krav-has-status-and-comment');
const JA = rule('ja-status-matches-comment');

// Krav rows 8–14 of the fixture: 1, 2, 3 a), 3 b), 4, 5, 6; Status in column C.
goldenSuite([
  {
    index: 24,
    template: 'baskrav-informationssakerhet',
    edition: 'vp-2022',
    checks: [
      { check: 'every krav has a Status', holds: true, silent: [ANSWERED] },
      { check: 'every krav has a Kommentar', holds: true, silent: [ANSWERED] },
      { check: 'Nämnd/bolag filled', holds: true, silent: [rule('namnd-is-filled')] },
      { check: "status 'Ja' consistent with comment (krav 2)", holds: false, reported: [{ rule: JA, cell: 'C9', messageId: 'jaWithPendingWork' }] },
      { check: "status 'Ja' consistent with comment (krav 3 b)", holds: false, reported: [{ rule: JA, cell: 'C11', messageId: 'jaWithPendingWork' }] },
      { check: "status 'Ja' consistent with comment (krav 6)", holds: false, reported: [{ rule: JA, cell: 'C14', messageId: 'jaWithPendingWork' }] },
    ],
  },
]);
