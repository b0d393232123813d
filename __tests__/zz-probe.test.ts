import { it } from "vitest";
import { run } from "../src/main.js";
import { FakeHost } from "./helpers/fake-host.js";
it("probe", async () => {
const big = 'x'.repeat(10_000_000);
for (const commands of [
  `- spo web get --url "https://contoso.sharepoint.com/sites/${big}"`,
  `- entra group get --id "${big}"`,
  `- spo web get --url https://contoso.sharepoint.com --bogus "${big}"`,
  `- spo web get --url "http://${big}"`,
]) {
  const host = new FakeHost({ 'app-id': '3f2b8c1d-6e4a-4b9f-8c7d-2a1e5f9b0c34', tenant: 'contoso.onmicrosoft.com', certificate: 'x', commands, 'dry-run': 'true' });
  await run(host);
  console.log('failed', host.failed?.length, 'summary', host.summary.length, 'logs', host.logs.map((l) => `${l.level}:${l.message.length}`).join(','));
}
}, 60000);
