import { detectHost } from './host/select.js';
import { cancelOnSignals, endRun } from './host/signals.js';
import { run } from './main.js';

const cancel = cancelOnSignals();
endRun(await run(await detectHost(), { cancel }));
