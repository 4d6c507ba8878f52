// The admission plugin: POST /validate and /mutate. Its own JSON parser (nesting limit, `__proto__` kept as data),
// its own 4xx answers, and one bounded log line per review: at info for the reviews pgwarden acted on (rule ids and
// counts), at debug for the rest and for full messages.
// Whenever the body carries a readable request.uid, the answer is an AdmissionReview with that uid, so the
// apiserver shows the user why, instead of applying the webhook's failurePolicy to an HTTP error.
import type { FastifyError, FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import type { Endpoint } from './decide.js';
import type { Judge } from './evaluator.js';
import { MAX_JSON_DEPTH, parseJsonBody, type SizeBounds } from './json-body.js';
import { boundedList, boundedText, ruleCounts, writeLine } from './log.js';
import type { WebhookMetrics } from './metrics.js';
import type { RelatedInputs, RelatedSource } from './related.js';
import { parseReview, reviewWith, uidOf } from './review.js';
import type { AdmissionRequest, DecisionResult } from './types.js';

export interface AdmissionOptions {
  judge: Judge;
  /** Objects a request lacks (cluster access only); undefined = judge the request alone. */
  related?: RelatedSource;
  metrics: WebhookMetrics;
  log: Logger;
  bodyLimit: number;
  maxDepth?: number;
}

const JSON_ERRORS: Record<string, string> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported Content-Type; send application/json',
  FST_ERR_CTP_BODY_TOO_LARGE: 'the body is larger than the limit',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'Content-Length does not match the body',
};

/**
 * A body refused by the parser. Fastify closes the connection on any parser error, so a client sending garbage
 * would pay a new TLS handshake per request; the body was read in full, so the connection can stay open and the
 * route answers itself (with the uid, when one could be read).
 */
class RefusedBody {
  constructor(
    readonly message: string,
    readonly uid: string | undefined,
  ) {}
}

/** A parsed body and the size bounds the parser read off its text (the judge skips its own walk within the caps). */
class AcceptedBody {
  constructor(
    readonly value: unknown,
    readonly bounds: SizeBounds,
  ) {}
}

const parsedValue = (body: unknown): unknown => (body instanceof AcceptedBody ? body.value : body);

export const admissionPlugin: FastifyPluginAsync<AdmissionOptions> = async (app, options) => {
  const { judge, related, metrics, log, bodyLimit } = options;
  const maxDepth = options.maxDepth ?? MAX_JSON_DEPTH;

  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit }, (_request, body, done) => {
    const parsed = parseJsonBody(typeof body === 'string' ? body : body.toString('utf8'), maxDepth);
    done(null, parsed.ok ? new AcceptedBody(parsed.value, parsed.bounds) : new RefusedBody(parsed.message, parsed.uid));
  });

  const badRequest = (request: FastifyRequest, reply: FastifyReply, status: number, reason: string, message: string, uid?: string) => {
    metrics.badRequests.inc({ reason });
    log.warn({ path: boundedText(request.url, 100), status, reason: boundedText(message), ...(uid ? { uid: boundedText(uid, 64) } : {}) }, 'bad request');
    if (uid) {
      // An AdmissionReview the apiserver can show: the request is refused with the reason, not failed.
      return reply.send(reviewWith({ uid, allowed: false, status: { code: status, reason: 'BadRequest', message: `pgwarden: ${message}` } }));
    }
    return reply.code(status).send({ error: 'bad request', message });
  };

  // A declared body over the limit: read and discard it (up to 4× the limit), then answer 413 on a connection that
  // stays usable. Fastify's own check answers before reading and closes the connection, which a client still
  // writing its body sees as a reset. Bigger bodies still get fastify's answer-and-close.
  app.addHook('onRequest', (request, reply, done) => {
    const declared = Number(request.headers['content-length']);
    if (!(declared > bodyLimit) || declared > 4 * bodyLimit) {
      done();
      return;
    }
    const message = `${JSON_ERRORS.FST_ERR_CTP_BODY_TOO_LARGE} (${bodyLimit} bytes)`;
    const answer = () => {
      request.raw.removeListener('error', answer);
      void badRequest(request, reply, 413, 'FST_ERR_CTP_BODY_TOO_LARGE', message);
    };
    request.raw.on('error', answer);
    request.raw.once('end', answer);
    request.raw.resume();
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const message = (error.code && JSON_ERRORS[error.code]) ?? boundedText(error.message, 200);
      const detail = error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' ? `${message} (${bodyLimit} bytes)` : message;
      return badRequest(request, reply, status, error.code ?? String(status), detail);
    }
    // Not reached by any body we know of (the parser and the judge never throw); kept an answer, not a crash.
    log.error({ path: boundedText(request.url, 100), err: boundedText(error.message) }, 'internal error');
    const uid = uidOf(parsedValue(request.body));
    if (uid) return reply.send(reviewWith({ uid, allowed: false, status: { code: 500, reason: 'InternalError', message: 'pgwarden failed to answer; see its log' } }));
    return reply.code(500).send({ error: 'internal error', message: 'pgwarden failed to answer; see its log' });
  });

  const logDecision = (endpoint: Endpoint, request: AdmissionRequest, result: DecisionResult, ms: number, extra?: RelatedInputs) => {
    const s = result.summary;
    // A review pgwarden let through untouched (allowed or skipped, no finding, no warning) is logged at debug: in a busy
    // cluster those are nearly all reviews, and their line cost about 6 µs of a 67 µs review (bench/webhook, server
    // on one core); pgwarden_admission_requests_total still counts them. As OPA Gatekeeper logs only denies.
    const quiet = (s.decision === 'allowed' || s.decision === 'skipped') && s.findings.length === 0 && !s.refused && !result.response.warnings;
    if (quiet && !log.isLevelEnabled('debug')) return;
    const object = request.object as { metadata?: { name?: unknown } } | null | undefined;
    const name = typeof object?.metadata?.name === 'string' ? object.metadata.name : request.name;
    const entry: Record<string, unknown> = {
      uid: boundedText(request.uid, 64),
      endpoint,
      operation: request.operation,
      kind: boundedText(`${request.kind.group ? `${request.kind.group}/` : ''}${request.kind.kind}${request.subResource ? `/${request.subResource}` : ''}`, 120),
      namespace: request.namespace === undefined ? undefined : boundedText(request.namespace, 64),
      name: name === undefined ? undefined : boundedText(name, 100),
      dryRun: request.dryRun === true,
      ...(extra ? { related: extra.reason } : {}),
      decision: s.decision,
      ...(s.policy ? { policy: boundedText(s.policy, 100) } : {}),
      ...(s.mode ? { mode: s.mode } : {}),
      rules: ruleCounts(s.findings),
      findings: s.findings.length,
      ...(s.refused ? { refused: s.refused, reason: boundedText(result.response.status?.message ?? '') } : {}),
      ms: Math.round(ms * 10) / 10,
    };
    // Full finding texts only at debug: they can be long, and at info a line per review must stay small.
    if (log.isLevelEnabled('debug')) {
      if (s.details && s.details.length > 0) entry.detail = boundedList(s.details);
      if (s.infos.length > 0) entry.info = boundedList(s.infos);
    }
    if (s.decision === 'error') log.error({ ...entry, err: boundedText(s.error ?? 'unknown') }, 'admission');
    else writeLine(log, quiet ? 'debug' : 'info', entry, 'admission');
  };

  const admit = (endpoint: Endpoint) => async (request: FastifyRequest, reply: FastifyReply) => {
    const started = process.hrtime.bigint();
    const body = request.body;
    if (body instanceof RefusedBody) return badRequest(request, reply, 400, 'invalid-json', body.message, body.uid);
    const value = parsedValue(body);
    const parsed = parseReview(value);
    if (!parsed.ok) return badRequest(request, reply, parsed.status, 'invalid-review', parsed.message, uidOf(value));
    const extra = related ? await related.for(parsed.request) : undefined;
    const result = judge.decide(parsed.request, endpoint, extra, body instanceof AcceptedBody ? body.bounds : undefined);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    metrics.observeReview(endpoint, parsed.request.operation, result.summary.decision, seconds, result.summary.findings);
    logDecision(endpoint, parsed.request, result, seconds * 1000, extra);
    return reply.send(reviewWith(result.response));
  };

  app.post('/validate', admit('validate'));
  app.post('/mutate', admit('mutate'));
};
