import { detectHost } from './host/select.js';
import { cancelOnSignals, endRun } from './host/signals.js';
import { run } from './main.js';

endRun(await run(detectHost(), { cancel: cancelOnSignals() }));
