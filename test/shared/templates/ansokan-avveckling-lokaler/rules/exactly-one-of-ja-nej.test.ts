import { ansokanAvvecklingLokaler } from '../../../../../shared/templates/ansokan-avveckling-lokaler';
import rule from '../../../../../shared/templates/ansokan-avveckling-lokaler/rules/exactly-one-of-ja-nej';
import { sheetOf } from '../../../../support/grid-literal';
import { testRule } from '../../../../support/rule-tester';
import { base, HEADERS } from '../base-sheet';

testRule(ansokanAvvecklingLokaler, rule, {
  base,
  valid: [
    { name: 'one of Ja and Nej on each lokal' },
    {
      name: 'the catalogue’s one-row headers "… lokalförsörjningsplanen Ja" / "… Nej"',
      sheet: sheetOf('Blad1', [
        [...HEADERS.slice(0, 7), 'Förändringen är beskriven i lokalförsörjningsplanen Ja', 'Förändringen är beskriven i lokalförsörjningsplanen Nej', 'Övriga kommentarer'],
        ['Kista Torg 7', 320, '2022-06-30', '2022-06-30', 560000, 0, null, null, 'X'],
      ]),
    },
  ],
  invalid: [
    { name: 'neither marked', patch: { I7: null }, problems: [{ messageId: 'noneMarked', cell: 'H7' }] },
    { name: 'both marked', patch: { I6: 'x' }, problems: [{ messageId: 'bothMarked', cell: 'I6', data: { ja: 'x', nej: 'x' } }] },
  ],
});
