// The Teams manifest and the chat service must name the same things: the message extension's
// command id, and bot commands the bot actually understands.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCommand } from '../../../teams-app/src/bot/commands';
import { REPORT_STATUS_COMMAND } from '../../../teams-app/src/bot/status-bot';

const manifest = JSON.parse(readFileSync(join(__dirname, '../../../manifest/teams/manifest.json'), 'utf8')) as {
  bots: { botId: string; scopes: string[]; commandLists: { commands: { title: string }[] }[] }[];
  composeExtensions: { botId: string; commands: { id: string; type: string; fetchTask?: boolean; context: string[] }[] }[];
};

test('one action command, fetched from the bot, from the compose box, the command box and messages', () => {
  const [extension] = manifest.composeExtensions;
  expect(extension!.botId).toBe(manifest.bots[0]!.botId);
  expect(extension!.commands).toEqual([
    expect.objectContaining({ id: REPORT_STATUS_COMMAND, type: 'action', fetchTask: true, context: ['compose', 'commandBox', 'message'] }),
  ]);
});

test('the bot works in 1:1 chats, group chats and teams, and every listed command is one it understands', () => {
  const [bot] = manifest.bots;
  expect(bot!.scopes).toEqual(expect.arrayContaining(['personal', 'groupChat', 'team']));
  const titles = bot!.commandLists.flatMap((l) => l.commands.map((c) => c.title));
  expect(titles.length).toBeGreaterThanOrEqual(3);
  for (const title of titles) {
    const text = title === 'status' ? 'status VBE2021-03' : title;
    expect(parseCommand(text).kind).not.toBe('unknown');
  }
});
