import ikpMarksStarOrNej from './ikp-marks-star-or-nej';
import matrixAxesNumbered from './matrix-axes-numbered';
import matrixCellMatchesScores from './matrix-cell-matches-scores';
import matrixClassCountsMatch from './matrix-class-counts-match';
import matrixListsEveryEventOnce from './matrix-lists-every-event-once';
import matrixTotalsAddUp from './matrix-totals-add-up';
import rowHasGoalProcessAndEvent from './row-has-goal-process-and-event';
import rowHasNrAndScores from './row-has-nr-and-scores';
import rv12OrMoreInIkp from './rv-12-or-more-in-ikp';
import rv9OrMoreHasAtgard from './rv-9-or-more-has-atgard';
import rvEqualsSannolikhetTimesKonsekvens from './rv-equals-sannolikhet-times-konsekvens';
import scaleLegendMatchesScale from './scale-legend-matches-scale';
import scoresOnTheScale from './scores-on-the-scale';

export const rules = [
  ikpMarksStarOrNej,
  matrixAxesNumbered,
  matrixCellMatchesScores,
  matrixClassCountsMatch,
  matrixListsEveryEventOnce,
  matrixTotalsAddUp,
  rowHasGoalProcessAndEvent,
  rowHasNrAndScores,
  rv12OrMoreInIkp,
  rv9OrMoreHasAtgard,
  rvEqualsSannolikhetTimesKonsekvens,
  scaleLegendMatchesScale,
  scoresOnTheScale,
];
