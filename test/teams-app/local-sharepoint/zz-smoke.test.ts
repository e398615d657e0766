import { createListService } from '../../../teams-app/src/local-sharepoint';
import { pnp } from './support/pnp';

test('smoke', async () => {
  const svc = await createListService();
  try {
    const sp = pnp(svc);
    console.log(await sp.web());
    const l = await sp.web.lists.add('Actions', 'desc');
    console.log(l);
    const list = sp.web.lists.getByTitle('Actions');
    const f = await list.fields.addText('externalId', { Indexed: true, EnforceUniqueValues: true } as any);
    console.log(f);
    const c = await list.fields.addChoice('status', { Choices: ['Ej påbörjad', 'Pågår'] });
    const added = await list.items.add({ Title: 'a', externalId: 'X-1', status: 'Pågår' });
    console.log(added);
    const upd = await list.items.getById(1).update({ Title: 'b' }, '"1"');
    console.log(upd);
    console.log(await list.items.select('Id', 'Title', 'Author/Title').expand('Author').filter("status eq 'Pågår'")());
    console.log(await sp.web.currentUser());
    console.log(await sp.web.ensureUser('erik.berg@amn.local'));
  } finally {
    await svc.close();
  }
});
