// The webhook door's public surface: `pgwarden serve` (dispatched by the composition root, src/main.ts) and the
// server for programmatic use (tests, benches).
export { SERVE_HELP, serveMain } from './main.js';
export { CONNECTION_DEFAULTS, type ConnectionLimits, type RunningServer, type ServerOptions, startServer } from './server.js';
export { DEFAULT_LIMITS, type ObjectLimits } from './evaluator.js';
export { MAX_JSON_DEPTH } from './json-body.js';
export { webhookLogger } from './log.js';
export { type EngineApi, realEngine } from './engine.js';
