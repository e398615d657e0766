// A small nämnd-like schema provisioned through PnPjs exactly as provisioning code does it, and
// deterministic items for it, so query results can be checked against a plain JS computation.
import type { SPFI } from '@pnp/sp';

export const STATUSES = ['Ej påbörjad', 'Pågår', 'Genomförd', 'Försenad'] as const;
export const POINTS = ['T1', 'T2', 'VB'] as const;

export interface Ids {
  plansListId: string;
  planIds: number[];
}

/** Plans (3 items) and Actions with one column of every kind the service supports. */
export async function provisionActions(sp: SPFI, actionsTitle = 'Actions'): Promise<Ids> {
  await sp.web.lists.add('Plans', 'Planer', 100, false);
  const plans = sp.web.lists.getByTitle('Plans');
  await plans.fields.addNumber('planYear', { Indexed: true });
  const plansInfo = (await plans.select('Id')()) as { Id: string };
  const planIds: number[] = [];
  for (const [i, title] of ['Handlingsplan VBE 2021', 'Kompetensplan 2022', "Plan för O'Brien"].entries()) {
    const added = (await plans.items.add({ Title: title, planYear: 2021 + i })) as { Id: number };
    planIds.push(added.Id);
  }

  await sp.web.lists.add(actionsTitle, 'Åtgärder', 100, false, { EnableVersioning: true });
  const a = sp.web.lists.getByTitle(actionsTitle);
  await a.fields.addText('externalId', { Indexed: true, EnforceUniqueValues: true, MaxLength: 50 });
  await a.fields.addMultilineText('activityText', { RichText: false });
  await a.fields.addChoice('status', { Choices: [...STATUSES], Indexed: true, Required: true, DefaultValue: 'Ej påbörjad' } as never);
  await a.fields.addMultiChoice('followUpPoints', { Choices: [...POINTS] });
  await a.fields.addNumber('progressPercent', { MinimumValue: 0, MaximumValue: 100 });
  await a.fields.addCurrency('budget', { CurrencyLocaleId: 1053 });
  await a.fields.addDateTime('dueDate', { Indexed: true });
  await a.fields.addBoolean('followUpInferred');
  await a.fields.addUser('owner', { SelectionMode: 0 });
  await a.fields.addUser('ownerPersons', { SelectionMode: 0, AllowMultipleValues: true } as never);
  await a.fields.addLookup('plan', { LookupListId: plansInfo.Id, LookupFieldName: 'Title' });
  await a.fields.getByInternalNameOrTitle('plan').update({ Indexed: true });
  await a.fields.createFieldAsXml({ SchemaXml: '<Field Type="Text" Name="ownerText" DisplayName="Ansvarig (källa)" MaxLength="255" />', Options: 8 });
  return { plansListId: plansInfo.Id, planIds };
}

export type ActionSeed = {
  Title: string;
  externalId: string;
  activityText: string;
  status: (typeof STATUSES)[number];
  followUpPoints: string[];
  progressPercent: number | null;
  budget: number;
  dueDate: string;
  followUpInferred: boolean;
  ownerId: number;
  ownerPersonsId: number[];
  planId: number;
  ownerText: string;
};

/** Item i of a deterministic data set (values cycle with different periods so combinations vary). */
export function actionSeed(i: number, planIds: readonly number[], userIds: readonly number[]): ActionSeed {
  const day = String(1 + (i % 28)).padStart(2, '0');
  const month = String(1 + (i % 12)).padStart(2, '0');
  return {
    Title: `${i % 5 === 0 ? 'Åtgärd' : 'Aktivitet'} nummer ${i}`,
    externalId: `ACT-${String(i).padStart(5, '0')}`,
    activityText: `Fullständig text för åtgärd ${i}`,
    status: STATUSES[i % STATUSES.length]!,
    followUpPoints: POINTS.filter((_, k) => (i >> k) & 1),
    progressPercent: i % 7 === 0 ? null : (i * 13) % 101,
    budget: (i % 10) * 100000,
    dueDate: `${2021 + (Math.floor(i / 7) % 3)}-${month}-${day}T00:00:00Z`,
    followUpInferred: i % 4 === 0,
    ownerId: userIds[i % userIds.length]!,
    ownerPersonsId: userIds.filter((_, k) => (i + k) % 3 === 0),
    planId: planIds[i % planIds.length]!,
    ownerText: `Ansvarig ${i % 6}`,
  };
}
