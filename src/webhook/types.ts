// admission.k8s.io/v1 AdmissionReview, only the fields pgwarden reads or writes.
// Shapes follow k8s.io/api/admission/v1/types.go.

export interface GroupVersionKind {
  group: string;
  version: string;
  kind: string;
}

export interface GroupVersionResource {
  group: string;
  version: string;
  resource: string;
}

export type AdmissionOperation = 'CREATE' | 'UPDATE' | 'DELETE' | 'CONNECT';

export interface AdmissionRequest {
  uid: string;
  kind: GroupVersionKind;
  resource: GroupVersionResource;
  subResource?: string;
  requestKind?: GroupVersionKind;
  requestResource?: GroupVersionResource;
  requestSubResource?: string;
  name?: string;
  namespace?: string;
  operation: AdmissionOperation;
  userInfo?: { username?: string; uid?: string; groups?: string[] };
  object?: unknown;
  oldObject?: unknown;
  dryRun?: boolean;
  options?: unknown;
}

export interface AdmissionStatus {
  code: number;
  reason?: string;
  message: string;
}

export interface AdmissionResponse {
  uid: string;
  allowed: boolean;
  status?: AdmissionStatus;
  warnings?: string[];
  patchType?: 'JSONPatch';
  /** base64 of a JSON patch (RFC 6902). */
  patch?: string;
  auditAnnotations?: Record<string, string>;
}

export interface AdmissionReview {
  apiVersion: 'admission.k8s.io/v1';
  kind: 'AdmissionReview';
  request?: AdmissionRequest;
  response?: AdmissionResponse;
}

/** What the server logs and counts about one decision; never an object's data. */
export interface DecisionSummary {
  decision: 'allowed' | 'denied' | 'warned' | 'mutated' | 'skipped' | 'error' | 'timeout';
  policy?: string;
  mode?: 'enforce' | 'audit';
  /** ruleId:severity pairs, for the log line and the findings metric. */
  findings: { ruleId: string; severity: 'error' | 'warning' | 'info' }[];
  /** Info findings, logged only (one line each: rule, path, message). */
  infos: string[];
  /** Full text of errors and warnings (the apiserver truncates warnings), for the log. Messages never hold a Secret's value. */
  details?: string[];
  /** Set when the object was refused before judging because it exceeds the caps on its size (evaluator.ts). */
  refused?: 'limits';
  /** What went wrong when the answer is `error` (for the log; never sent to the client). */
  error?: string;
}

export interface DecisionResult {
  response: AdmissionResponse;
  summary: DecisionSummary;
}
