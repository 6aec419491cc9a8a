#!/usr/bin/env bash
# Kills the packaged Gazette app with kill -9 right after it acknowledged comments, starts it
# again on the same data dir, and counts the acknowledged comments that did not survive (issue 4,
# item 8). CommentDurabilityIT does the same in `./mvnw verify`; this is the by-hand version.
#
#   bench/durability.sh [rounds] [comments-per-round]     (defaults: 3 and 8)
#
# Environment: DURABILITY_PORT (default 18081); DURABILITY_JDBC_URL to try another H2 URL, e.g.
# 'jdbc:h2:file:${gazette.data-dir}/gazette;AUTO_SERVER=FALSE' for H2's default write delay.
# Needs target/quarkus-app (./mvnw -B package -DskipTests), curl and jq.
set -euo pipefail

ROUNDS="${1:-3}"
PER_ROUND="${2:-8}"
PORT="${DURABILITY_PORT:-18081}"
PASSWORD="durability-check-password"
BASE="http://127.0.0.1:$PORT"
cd "$(dirname "${BASH_SOURCE[0]}")/.."
[[ -f target/quarkus-app/quarkus-run.jar ]] || { echo "package the app first" >&2; exit 1; }

WORK="$(mktemp -d "${TMPDIR:-/tmp}/gazette-durability.XXXXXX")"
PID=""
cleanup() {
  if [[ -n "$PID" ]]; then kill -KILL "$PID" 2> /dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

start() {
  local options=(-Dgazette.data-dir="$WORK/data" -Dquarkus.http.port="$PORT"
    -Dquarkus.http.host=127.0.0.1 -Dgazette.admin.password="$PASSWORD"
    -Dgazette.comments.max-per-address=100000)
  if [[ -n "${DURABILITY_JDBC_URL:-}" ]]; then
    options+=(-Dquarkus.datasource.jdbc.url="$DURABILITY_JDBC_URL")
  fi
  java "${options[@]}" -jar target/quarkus-app/quarkus-run.jar >> "$WORK/server.log" 2>&1 &
  PID=$!
  for _ in $(seq 1 450); do
    if curl -fs "$BASE/q/health/ready" > /dev/null; then return; fi
    kill -0 "$PID" 2> /dev/null || { tail -n 40 "$WORK/server.log" >&2; exit 1; }
    sleep 0.2
  done
  echo "the server did not start" >&2
  exit 1
}

token() {
  curl -fs -H 'Content-Type: application/json' \
    -d "{\"username\": \"admin\", \"password\": \"$PASSWORD\"}" "$BASE/api/admin/v1/tokens" \
    | jq -r .token
}

stored() {
  curl -fs -H "Authorization: Bearer $(token)" \
    "$BASE/api/admin/v1/comments?status=pending&size=100&q=$MARK" | jq -r '.meta.total'
}

MARK="durability-$RANDOM$RANDOM"
SENT=0
for round in $(seq 1 "$ROUNDS"); do
  start
  if [[ "$round" == 1 ]]; then
    ARTICLE="$(curl -fs -H "Authorization: Bearer $(token)" \
      "$BASE/api/admin/v1/articles?status=published&size=1" | jq -r '.items[0].id')"
  fi
  for i in $(seq 1 "$PER_ROUND"); do
    status="$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' \
      -d "{\"name\": \"Lecteur\", \"email\": \"r$round-$i-$MARK@example.mu\",
           \"body\": \"$MARK round $round comment $i\"}" \
      "$BASE/api/v1/articles/$ARTICLE/comments")"
    [[ "$status" == 202 ]] || { echo "comment refused with $status" >&2; exit 1; }
    SENT=$((SENT + 1))
  done
  kill -KILL "$PID"
  wait "$PID" 2> /dev/null || true
  PID=""
done
start
KEPT="$(stored)"
echo "acknowledged: $SENT, still stored after $ROUNDS kill -9: $KEPT, lost: $((SENT - KEPT))"
[[ "$KEPT" == "$SENT" ]]
