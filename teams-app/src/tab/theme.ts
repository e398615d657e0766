import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme, type Theme } from '@fluentui/react-components';
import type { TeamsTheme } from './teams-context';

/** Teams' theme names → Fluent's Teams themes; components use tokens only, so all three work. */
export function fluentTheme(theme: TeamsTheme): Theme {
  return theme === 'dark' ? teamsDarkTheme : theme === 'contrast' ? teamsHighContrastTheme : teamsLightTheme;
}
