import { goldenSuite } from '../../../support/golden';

goldenSuite([
  {
    index: 5,
    template: 'resultatenheter-lista',
    edition: 'vp-2022',
    checks: [
      {
        check: "at least one unit listed or an explicit 'inga resultatenheter' statement",
        holds: false,
        reported: [{ rule: 'resultatenheter-lista/units-or-nil-statement', cell: 'A10', messageId: 'missingRows' }],
      },
    ],
  },
]);
