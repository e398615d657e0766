import { nyckeltal } from '../../../../../shared/templates/nyckeltal';
import fill from '../../../../../shared/templates/nyckeltal/fills/underlag-from-other-form';
import { testFill } from '../../../../support/fill-tester';
import { base } from '../base-sheet';

testFill(nyckeltal, fill, {
  base,
  cases: [
    { name: 'NT 126 gets the totals NT 125 states', fixes: { C35: 926, F35: 114 } },
    { name: 'nothing when 126 has them', patch: { C35: 926, F35: 114 } },
    { name: 'a total two blocks disagree on is left alone', patch: { C15: 'Totala antalet\nanställda' }, fixes: { F35: 114 } },
  ],
});
