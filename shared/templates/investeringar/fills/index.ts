import avvikelse from './avvikelse';
import utfallFranForraAret from './utfall-fran-forra-aret';

export const fills = [avvikelse, utfallFranForraAret];
