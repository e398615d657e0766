// The local stack the chat tests run against: the list service with the nämnd's write policy,
// provisioned and seeded with the real items, a local Bot Connector with the personas as the
// conversation's members, and helpers to read what was written. A few items get local personas
// as their responsible people (the seed's people are not personas), as a manager would in the tab.

import type { SPFI } from '@pnp/sp';
import { MANAGER_GROUP } from '../../../../shared/lists';
import { createRepositories, type ActionItem, type Repositories, type StatusUpdate } from '../../../../teams-app/src/data/repositories';
import { createSp } from '../../../../teams-app/src/data/sp';
import { createListService, type ListService, type ServicePersona } from '../../../../teams-app/src/local-sharepoint';
import { namndPolicy } from '../../../../teams-app/src/local-sharepoint/namnd-policy';
import { importSeed } from '../../../../teams-app/src/provisioning/import-seed';
import { provisionSite } from '../../../../teams-app/src/provisioning/provision-site';
import type { SeedData } from '../../../../teams-app/src/provisioning/seed-mapping';
import { type ChatConversation, type Envelope } from '../../../../teams-app/src/chat-harness/activities';
import { membersFromPersonas, startLocalConnector, type ConnectorMember, type LocalConnector } from '../../../../teams-app/src/chat-harness/connector';
import { FAST_RETRY, loadSeed } from '../../provisioning/local-site';

export const CONVERSATION: ChatConversation = { id: '19:ledningsgrupp@thread.local', name: 'Ledningsgruppen', conversationType: 'groupChat' };

/** The seed with fewer rows: the same shapes and ids, seeded in a few seconds instead of many. */
export function smallSeed(): SeedData {
  const seed = loadSeed();
  const actionItems = seed.actionItems.filter((a) => /^VBE202[01]-/.test(a.id));
  const controls = seed.controls.slice(0, 4);
  const riskIds = new Set(controls.map((c) => (c as { riskId?: string | null }).riskId).filter(Boolean));
  const projects = seed.projects.slice(0, 3);
  const keys = new Set(projects.map((p) => (p as { projectKey: string }).projectKey));
  return {
    ...seed,
    actionItems,
    projects,
    projectHistory: seed.projectHistory.filter((h) => keys.has(h.projectKey)),
    risks: seed.risks.filter((r) => riskIds.has((r as { id: string }).id)),
    controls,
    innovations: [],
    procurements: [],
    grantApplications: [],
  };
}

export interface ChatSite {
  readonly service: ListService;
  readonly connector: LocalConnector;
  readonly manager: ServicePersona;
  /** Erik: ansvarig for the owned items below. */
  readonly owner: ServicePersona;
  /** Sara: a member responsible for nothing. */
  readonly other: ServicePersona;
  /** What the bot writes with: the local site admin's token, as the app identity in production. */
  readonly botSp: SPFI;
  readonly admin: Repositories;
  /** VBE2021-03, owned by `owner`. */
  readonly ownedAction: ActionItem;
  member(persona: ServicePersona): ConnectorMember;
  envelope(persona: ServicePersona, id: string, conversation?: ChatConversation): Envelope;
  rows(): Promise<StatusUpdate[]>;
  close(): Promise<void>;
}

export async function startChatSite(options: { seed?: SeedData } = {}): Promise<ChatSite> {
  const service = await createListService({ port: 0, authorize: namndPolicy });
  const manager = service.personas.find((p) => p.groups?.includes(MANAGER_GROUP));
  const owner = service.personas.find((p) => p.login.startsWith('erik.'));
  const other = service.personas.find((p) => p.login.startsWith('sara.'));
  if (!manager || !owner || !other) throw new Error('The local personas changed: expected a manager, erik.* and sara.*');
  const managerSp = createSp({ siteUrl: service.siteUrl, auth: { token: manager.token }, retry: FAST_RETRY });
  await provisionSite(managerSp);
  await importSeed(managerSp, options.seed ?? smallSeed());
  const admin = createRepositories(managerSp);

  const action = (await admin.actionItems.getByExternalId('VBE2021-03'))!;
  await admin.actionItems.update(action.Id, { ownerPersonsId: [owner.id] }, action.etag);
  const [control] = await admin.controls.list({ limit: 1, orderBy: [['Id', 'asc']] });
  if (control) await admin.controls.update(control.Id, { kontrollansvarigId: owner.id }, control.etag);
  const [project] = await admin.projects.list({ limit: 1, orderBy: [['Id', 'asc']] });
  if (project) await admin.projects.update(project.Id, { projectLeadId: owner.id }, project.etag);

  const members = membersFromPersonas(service.personas);
  const connector = await startLocalConnector({ members });
  const member = (p: ServicePersona) => members.find((m) => m.userPrincipalName === p.login)!;
  return {
    service,
    connector,
    manager,
    owner,
    other,
    botSp: createSp({ siteUrl: service.siteUrl, auth: { token: manager.token }, retry: FAST_RETRY }),
    admin,
    ownedAction: (await admin.actionItems.get(action.Id))!,
    member,
    envelope: (persona, id, conversation = CONVERSATION) => ({ id, from: member(persona), conversation, serviceUrl: connector.url }),
    rows: () => admin.statusUpdates.list({ orderBy: [['Id', 'asc']] }),
    async close() {
      await connector.close();
      await service.close();
    },
  };
}
