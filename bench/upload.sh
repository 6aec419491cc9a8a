#!/usr/bin/env bash
# Upload benchmark (issue 11): the time and the server's peak memory to take in one 12-megapixel
# JPEG (4000 x 3000) through POST /api/admin/v1/media, renditions included, several times.
# Usage: bench/upload.sh [--no-build]   (BENCH_PORT, default 18081; BENCH_UPLOADS, default 5)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${BENCH_PORT:-18081}"
UPLOADS="${BENCH_UPLOADS:-5}"
WORK_DIR="$(mktemp -d)"
SERVER_PID=""
cleanup() { [[ -n "$SERVER_PID" ]] && kill "$SERVER_PID" 2> /dev/null; rm -rf "$WORK_DIR"; }
trap cleanup EXIT
[[ "${1:-}" == "--no-build" ]] || ./mvnw -B -q package -DskipTests
if ! command -v convert > /dev/null; then
  [[ "$(id -u)" == 0 ]] && apt-get install -y -q imagemagick > /dev/null
fi
# A photo-like picture (noise over a gradient compresses as a camera's JPEG does: about 4 MB).
convert -size 4000x3000 gradient:'#3a6ea5-#f2c14e' -attenuate 0.6 +noise Gaussian \
  -quality 90 "$WORK_DIR/photo.jpg"
PASSWORD="bench-admin-password"
APP="$PWD/target/quarkus-app/quarkus-run.jar"
(cd "$WORK_DIR" && exec java ${BENCH_JAVA_OPTS:-} -Dgazette.data-dir="$WORK_DIR/data" \
  -Dgazette.demo-content=false -Dgazette.admin.password="$PASSWORD" \
  -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" \
  -jar "$APP") > "$WORK_DIR/server.log" 2>&1 &
SERVER_PID=$!
BASE="http://127.0.0.1:$PORT"
until curl -fsS --max-time 2 "$BASE/q/health" 2> /dev/null | grep -q UP; do
  kill -0 "$SERVER_PID" 2> /dev/null || { tail -20 "$WORK_DIR/server.log"; exit 1; }
  sleep 0.5
done
JAVA_PID="$(pgrep -f "http.port=$PORT" | head -1)"
TOKEN="$(curl -fsS -H 'Content-Type: application/json' \
  -d "{\"username\":\"admin\",\"password\":\"$PASSWORD\"}" "$BASE/api/admin/v1/tokens" \
  | sed 's/.*"token":"\([^"]*\)".*/\1/')"
rss() { awk '/VmHWM/ {print $2}' "/proc/$JAVA_PID/status"; }
echo "photo: $(du -k "$WORK_DIR/photo.jpg" | cut -f1) kB, 4000 x 3000; peak RSS before: $(( $(rss) / 1024 )) MB"
for i in $(seq 1 "$UPLOADS"); do
  curl -fsS -o /dev/null -w "upload $i: %{http_code} in %{time_total} s\n" \
    -H "Authorization: Bearer $TOKEN" -F "file=@$WORK_DIR/photo.jpg;type=image/jpeg" \
    "$BASE/api/admin/v1/media"
done
echo "peak RSS after $UPLOADS uploads: $(( $(rss) / 1024 )) MB (server options: ${BENCH_JAVA_OPTS:-JVM defaults})"
