#!/usr/bin/env bash
# End-to-end test of the admission webhook on a kind cluster: builds the image, installs cert-manager and the
# CloudNativePG CRDs, deploys pgwarden (deploy/ + deploy/policies/), then applies good and bad manifests
# (test/webhook/e2e/{good,bad,audit}/*.yaml, each with a `# expect:` line) and checks allow / deny / warn,
# a scale request, a deletion, the decision log, and that a rolling restart drops no admission request.
#
# Needs docker, kind and kubectl. Run from anywhere: deploy/e2e/kind.sh
# Env: CLUSTER (default pgwarden-e2e), KEEP_CLUSTER=1 to keep it afterwards, SKIP_BUILD=1 to reuse the image.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CLUSTER="${CLUSTER:-pgwarden-e2e}"
IMAGE="ghcr.io/pgwarden/pgwarden:e2e"
CERT_MANAGER_VERSION="${CERT_MANAGER_VERSION:-v1.16.2}"
CNPG_VERSION="${CNPG_VERSION:-1.24.1}"
CASES="$ROOT/test/webhook/e2e"
WORK="$(mktemp -d)"
failures=0

log() { printf '\n=== %s\n' "$*"; }
pass() { printf '  ok   %s\n' "$*"; }
fail() { printf '  FAIL %s\n' "$*"; failures=$((failures + 1)); }

cleanup() {
  local status=$?
  if [ "$status" -ne 0 ] || [ "$failures" -ne 0 ]; then
    log "diagnostics"
    kubectl -n pgwarden get pods -o wide || true
    kubectl -n pgwarden logs -l app.kubernetes.io/name=pgwarden --tail=100 --prefix || true
  fi
  rm -rf "$WORK"
  if [ "${KEEP_CLUSTER:-0}" != 1 ]; then kind delete cluster --name "$CLUSTER" >/dev/null 2>&1 || true; fi
}
trap cleanup EXIT

for tool in docker kind kubectl; do
  command -v "$tool" >/dev/null || { echo "kind.sh: $tool is required" >&2; exit 2; }
done

log "kind cluster $CLUSTER"
# Two workers: the Deployment's required anti-affinity puts its two replicas on different nodes.
cat > "$WORK/kind.yaml" <<'YAML'
kind: Cluster
apiVersion: kind.x-k8s.io/v1alpha4
nodes:
  - role: control-plane
  - role: worker
  - role: worker
YAML
kind create cluster --name "$CLUSTER" --config "$WORK/kind.yaml" --wait 120s
kubectl config use-context "kind-$CLUSTER"

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  log "image $IMAGE"
  docker build -t "$IMAGE" "$ROOT"
fi
kind load docker-image "$IMAGE" --name "$CLUSTER"

log "cert-manager $CERT_MANAGER_VERSION"
kubectl apply -f "https://github.com/cert-manager/cert-manager/releases/download/$CERT_MANAGER_VERSION/cert-manager.yaml"
kubectl -n cert-manager rollout status deploy/cert-manager --timeout=180s
kubectl -n cert-manager rollout status deploy/cert-manager-webhook --timeout=180s
kubectl -n cert-manager rollout status deploy/cert-manager-cainjector --timeout=180s

log "CloudNativePG $CNPG_VERSION CRDs (no operator: admission is under test, not reconciliation)"
curl -fsSL "https://raw.githubusercontent.com/cloudnative-pg/cloudnative-pg/release-${CNPG_VERSION%.*}/releases/cnpg-$CNPG_VERSION.yaml" -o "$WORK/cnpg.yaml"
python3 - "$WORK/cnpg.yaml" > "$WORK/cnpg-crds.yaml" <<'PY'
import re, sys
docs = re.split(r'(?m)^---\s*$', open(sys.argv[1]).read())
print('\n---\n'.join(d for d in docs if re.search(r'(?m)^kind: CustomResourceDefinition\s*$', d)))
PY
kubectl apply --server-side -f "$WORK/cnpg-crds.yaml"
kubectl wait --for=condition=Established crd/clusters.postgresql.cnpg.io --timeout=60s

log "pgwarden"
mkdir -p "$WORK/overlay"
cat > "$WORK/overlay/kustomization.yaml" <<YAML
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
  - $(realpath --relative-to="$WORK/overlay" "$ROOT/deploy")
images:
  - name: ghcr.io/pgwarden/pgwarden
    newTag: e2e
patches:
  - target: {kind: Deployment, name: pgwarden}
    patch: |-
      - op: replace
        path: /spec/template/spec/containers/0/imagePullPolicy
        value: Never
YAML
# cert-manager's own webhook may need a few seconds after rollout before it accepts Issuers.
for attempt in 1 2 3 4 5 6; do
  if kubectl apply -k "$WORK/overlay"; then break; fi
  [ "$attempt" = 6 ] && exit 1
  sleep 10
done
kubectl wait --for=condition=Established crd/postgrespolicies.pgwarden.io --timeout=60s
kubectl apply -k "$ROOT/deploy/policies"
kubectl -n pgwarden wait --for=condition=Ready certificate/pgwarden-serving --timeout=120s
kubectl -n pgwarden rollout status deploy/pgwarden --timeout=180s
for config in validatingwebhookconfiguration mutatingwebhookconfiguration; do
  for _ in $(seq 1 30); do
    [ -n "$(kubectl get "$config" pgwarden -o jsonpath='{.webhooks[0].clientConfig.caBundle}')" ] && break
    sleep 2
  done
done
nodes=$(kubectl -n pgwarden get pods -l app.kubernetes.io/name=pgwarden -o jsonpath='{.items[*].spec.nodeName}' | tr ' ' '\n' | sort -u | wc -l)
[ "$nodes" = 2 ] && pass "two replicas on two nodes" || fail "replicas share a node ($nodes nodes)"

kubectl create namespace db-prod
kubectl create namespace db-dev
kubectl label namespace db-prod pgwarden.io/statefulset-scale=enabled

# Wait until the webhook answers (endpoints ready, CA injected): a dry-run of a bad object must be denied.
for _ in $(seq 1 30); do
  if ! kubectl apply --dry-run=server -f "$CASES/bad/cnpg-latest.yaml" >/dev/null 2>&1; then break; fi
  sleep 2
done

expectation() { sed -n 's/^# expect: //p' "$1" | head -n 1; }

log "manifests"
for file in "$CASES"/good/*.yaml "$CASES"/bad/*.yaml "$CASES"/audit/*.yaml; do
  name="${file#"$CASES"/}"
  read -r verdict detail <<<"$(expectation "$file")"
  for mode in server none; do
    label="$name ($([ "$mode" = server ] && echo dry-run || echo apply))"
    if out=$(kubectl apply --dry-run="$mode" -f "$file" 2>&1); then allowed=1; else allowed=0; fi
    case "$verdict" in
      allow)
        [ "$allowed" = 1 ] && pass "$label allowed" || fail "$label should be allowed: $out" ;;
      deny)
        if [ "$allowed" = 0 ] && grep -q "pgwarden denied" <<<"$out" && grep -qF "[$detail]" <<<"$out"; then
          pass "$label denied by [$detail]"
        else
          fail "$label should be denied by [$detail]: $out"
        fi ;;
      warn)
        if [ "$allowed" = 1 ] && grep -q "Warning:" <<<"$out" && grep -qF "$detail" <<<"$out"; then
          pass "$label allowed with warning \"$detail\""
        else
          fail "$label should be allowed with a warning \"$detail\": $out"
        fi ;;
      *) fail "$name: unknown expectation \"$verdict\"" ;;
    esac
  done
done

log "scale subresources (10-prod: replicas min 2, severity error)"
for target in cluster/pg-main statefulset/pg-sts; do
  if out=$(kubectl -n db-prod scale "$target" --replicas=1 2>&1); then
    fail "$target scaled to 1 should be denied: $out"
  else
    grep -qF "[replicas]" <<<"$out" && pass "$target scaled to 1: denied by [replicas]" || fail "$target: unexpected scale error: $out"
  fi
done
kubectl -n db-prod scale cluster/pg-main --replicas=4 >/dev/null && pass "cluster/pg-main scaled to 4: allowed" || fail "scaling up was denied"

log "deletion"
kubectl -n db-prod delete cluster/pg-main --wait=false && pass "DELETE allowed without evaluation" || fail "DELETE was blocked"

log "decision log"
if kubectl -n pgwarden logs -l app.kubernetes.io/name=pgwarden --tail=-1 | grep '"msg":"admission"' | grep -q '"decision":"denied"'; then
  pass "decisions are logged with uid and decision"
else
  fail "no admission decision in the logs"
fi
if kubectl -n pgwarden logs -l app.kubernetes.io/name=pgwarden --tail=-1 | grep -q 'hippo-pguser-app' && \
   kubectl -n pgwarden logs -l app.kubernetes.io/name=pgwarden --tail=-1 | grep -q '"data"'; then
  fail "an object's data reached the log"
else
  pass "no object data in the log"
fi

log "rolling restart under load (no admission request may fail)"
kubectl -n pgwarden rollout restart deploy/pgwarden
errors=0
deadline=$((SECONDS + 90))
while [ $SECONDS -lt $deadline ]; do
  if ! kubectl apply --dry-run=server -f "$CASES/good/cnpg-prod.yaml" >/dev/null 2>"$WORK/err"; then
    errors=$((errors + 1)); cat "$WORK/err"
  fi
  if kubectl -n pgwarden rollout status deploy/pgwarden --timeout=1s >/dev/null 2>&1; then break; fi
done
kubectl -n pgwarden rollout status deploy/pgwarden --timeout=120s
[ "$errors" = 0 ] && pass "rollout restart: every request answered" || fail "$errors requests failed during the rollout"

log "result"
if [ "$failures" -ne 0 ]; then
  echo "$failures check(s) failed"
  exit 1
fi
echo "all checks passed"
