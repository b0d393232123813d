import { createAzureDevOpsHost } from '../../src/host/azure-devops.js';
import { run } from '../../src/main.js';

await run(createAzureDevOpsHost());
