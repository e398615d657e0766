import { createListService } from '../../../teams-app/src/local-sharepoint';
import { actionSeed, provisionActions } from './support/lists';
import { pnp } from './support/pnp';
test('prof', async () => {
  const svc = await createListService();
  const sp = pnp(svc);
  const { planIds } = await provisionActions(sp);
  svc.seedItems('Actions', Array.from({ length: 20000 }, (_, i) => actionSeed(i, planIds, [12, 13, 14])));
  const url = sp.web.lists.getByTitle('Actions').items.top(5000).toRequestUrl();
  for (let k = 0; k < 3; k++) {
    let t = performance.now();
    let u: string | undefined = url; let bytes = 0; let srv = 0;
    while (u) {
      const t1 = performance.now();
      const res = await fetch(u, { headers: { accept: 'application/json', authorization: 'Bearer local-anna' } });
      const text = await res.text();
      srv += performance.now() - t1;
      bytes += text.length;
      u = JSON.parse(text)['odata.nextLink'];
    }
    console.log('raw fetch all pages', (performance.now() - t).toFixed(0), 'ms', bytes);
  }
  await svc.close();
});
