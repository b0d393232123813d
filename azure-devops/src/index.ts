import { createAzureDevOpsHost } from '../../src/host/azure-devops.js';
import { cancelOnSignals, endRun } from '../../src/host/signals.js';
import { run } from '../../src/main.js';

endRun(await run(createAzureDevOpsHost(), { cancel: cancelOnSignals() }));
