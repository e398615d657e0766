import { checkConfig, ConfigError } from '../../../teams-app/src/tab/config';

test('a local configuration with a harness origin and report due dates', () => {
  const { config, calendar } = checkConfig({
    mode: 'local',
    sitePath: '/sites/amn',
    hostOrigins: ['http://127.0.0.1:5173'],
    calendar: { '2021': { T2: { reportDue: '2021-09-17' } } },
  });
  expect(config.mode).toBe('local');
  expect(calendar.dates('T2', 2021)).toEqual({ periodEnd: '2021-08-31', reportDue: '2021-09-17' });
});

test('a tenant configuration needs the site and the token exchange over https', () => {
  expect(checkConfig({ mode: 'tenant', siteUrl: 'https://stockholm.sharepoint.com/sites/amn', tokenExchangeUrl: 'https://namndstod.example.org/api/sharepoint-token' }).config.mode).toBe('tenant');
  expect(() => checkConfig({ mode: 'tenant', siteUrl: 'http://stockholm.sharepoint.com/sites/amn', tokenExchangeUrl: 'https://x' })).toThrow('needs siteUrl (https)');
});

test.each([
  [null, 'not a JSON object'],
  [{ mode: 'cloud' }, "mode must be 'local' or 'tenant'"],
  [{ mode: 'local' }, 'needs sitePath'],
  [{ mode: 'local', sitePath: '/sites/amn', hostOrigins: ['http://127.0.0.1:1/path'] }, 'hostOrigins must be a list of origins'],
  [{ mode: 'local', sitePath: '/sites/amn', calendar: { '2021': { T4: {} } } }, "unknown follow-up point 'T4'"],
])('a bad configuration is refused with the reason: %j', (value, message) => {
  expect(() => checkConfig(value)).toThrow(ConfigError);
  expect(() => checkConfig(value)).toThrow(message);
});
