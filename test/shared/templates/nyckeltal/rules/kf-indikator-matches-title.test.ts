import { nyckeltal } from '../../../../../shared/templates/nyckeltal';
import rule from '../../../../../shared/templates/nyckeltal/rules/kf-indikator-matches-title';
import { testRule } from '../../../../support/rule-tester';
import { ekonomisktBistand } from '../base-sheet';

testRule(nyckeltal, rule, {
  base: ekonomisktBistand,
  valid: [
    { name: 'the KF-indikator names the same measure' },
    { name: 'a different case and line break', patch: { A8: 'KF-indikator:\nandel aspiranter som är självförsörjande tre månader efter avslut på Jobbtorg Stockholm' } },
  ],
  invalid: [
    {
      name: 'VB 2019 NT 66: tre against sex månader',
      patch: { A8: 'KF-indikator: Andel aspiranter som är självförsörjande sex månader efter avslut på Jobbtorg Stockholm' },
      problems: [{ messageId: 'differentMeasure', cell: 'A8', data: { nt: '66', titleWords: 'tre', kfWords: 'sex' } }],
    },
  ],
});
