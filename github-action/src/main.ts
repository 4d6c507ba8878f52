// Entry point of the bundled Action (github-action/dist/index.js, built by github-action/build.mjs).
import pkg from '../../package.json' with { type: 'json' };
import { formatReport, runLint } from '../../src/cli/index.js';
import { runAction } from './action.js';

process.exitCode = await runAction({ lint: runLint, format: formatReport, toolVersion: pkg.version });
