// Checks that a request body is an admission.k8s.io/v1 AdmissionReview the webhook can answer.
// Anything else is the caller's mistake: a 4xx with a message that says what is wrong, never a 500.
import type { AdmissionOperation, AdmissionRequest, AdmissionResponse, AdmissionReview } from './types.js';

export type ParsedReview = { ok: true; request: AdmissionRequest } | { ok: false; status: 400; message: string };

const OPERATIONS: ReadonlySet<string> = new Set(['CREATE', 'UPDATE', 'DELETE', 'CONNECT']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function bad(message: string): ParsedReview {
  return { ok: false, status: 400, message };
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a JSON array';
  return `a ${typeof value}`;
}

export function parseReview(body: unknown): ParsedReview {
  if (!isRecord(body)) return bad(`the body must be an AdmissionReview JSON object, got ${describe(body)}`);
  if (body.kind !== 'AdmissionReview') {
    return bad(`kind must be "AdmissionReview", got ${JSON.stringify(body.kind ?? null).slice(0, 60)}`);
  }
  if (body.apiVersion !== 'admission.k8s.io/v1') {
    return bad(
      `apiVersion must be "admission.k8s.io/v1" (set admissionReviewVersions: ["v1"]), got ${JSON.stringify(body.apiVersion ?? null).slice(0, 60)}`,
    );
  }
  const request = body.request;
  if (!isRecord(request)) return bad('request is missing: an AdmissionReview sent to a webhook carries a request');
  if (typeof request.uid !== 'string' || request.uid.length === 0) return bad('request.uid is missing or not a string');
  if (typeof request.operation !== 'string' || !OPERATIONS.has(request.operation)) {
    return bad('request.operation must be one of CREATE, UPDATE, DELETE, CONNECT');
  }
  const kind = request.kind;
  if (!isRecord(kind) || typeof kind.kind !== 'string' || typeof kind.version !== 'string' || typeof kind.group !== 'string') {
    return bad('request.kind must be {group, version, kind}');
  }
  const resource = request.resource;
  if (
    !isRecord(resource) ||
    typeof resource.resource !== 'string' ||
    typeof resource.version !== 'string' ||
    typeof resource.group !== 'string'
  ) {
    return bad('request.resource must be {group, version, resource}');
  }
  for (const field of ['name', 'namespace', 'subResource'] as const) {
    if (request[field] !== undefined && typeof request[field] !== 'string') return bad(`request.${field} must be a string`);
  }
  if (request.dryRun !== undefined && typeof request.dryRun !== 'boolean') return bad('request.dryRun must be a boolean');
  return {
    ok: true,
    request: { ...(request as unknown as AdmissionRequest), operation: request.operation as AdmissionOperation },
  };
}

export function reviewWith(response: AdmissionResponse): AdmissionReview {
  return { apiVersion: 'admission.k8s.io/v1', kind: 'AdmissionReview', response };
}

/** The body's request.uid when it is a usable string (an answer must echo it exactly), else undefined. */
export function uidOf(body: unknown): string | undefined {
  if (!isRecord(body) || !isRecord(body.request)) return undefined;
  const uid = body.request.uid;
  return typeof uid === 'string' && uid.length > 0 && uid.length <= 256 ? uid : undefined;
}
