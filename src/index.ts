import { createGitHubHost } from './host/github.js';
import { run } from './main.js';

await run(createGitHubHost());
