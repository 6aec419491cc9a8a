#!/usr/bin/env bash
# Benchmarks the packaged Gazette app with wrk; see bench/README.md.
#
#   bench/run.sh [--no-build] [--cold]
#
# Environment: BENCH_PORT (default 18080), BENCH_SECONDS (measured run, default 15),
# BENCH_WARMUP_SECONDS (default 10), BENCH_THREADS (default 2), BENCH_CONNECTIONS (default 32),
# BENCH_JAVA_OPTS (extra JVM options for the server, e.g. "-Xmx512m").
set -euo pipefail

usage() {
  sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'
}

BUILD=1
COLD=0
PAGE_CACHE=true
for arg in "$@"; do
  case "$arg" in
    --no-build) BUILD=0 ;;
    --cold) COLD=1; PAGE_CACHE=false ;;
    -h | --help) usage; exit 0 ;;
    *) echo "run.sh: unknown option '$arg'" >&2; usage >&2; exit 2 ;;
  esac
done

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$BENCH_DIR/.." && pwd)"
cd "$REPO_ROOT"

PORT="${BENCH_PORT:-18080}"
SECONDS_MEASURED="${BENCH_SECONDS:-15}"
SECONDS_WARMUP="${BENCH_WARMUP_SECONDS:-10}"
THREADS="${BENCH_THREADS:-2}"
CONNECTIONS="${BENCH_CONNECTIONS:-32}"
JAVA_OPTS_BENCH="${BENCH_JAVA_OPTS:-}"
ADMIN_PASSWORD="bench-admin-password"   # fixed, so no generated password is logged
HEALTH_TIMEOUT=90
SEED_FR_PATH="/fr/le-dirigeant-nord-coreen-kim-jong-un-en-visite-en-russie-les-etats-unis-lancent"

log() { printf '[bench] %s\n' "$*" >&2; }
die() { printf '[bench] error: %s\n' "$*" >&2; exit 1; }

# --- tools ------------------------------------------------------------------------------------

if ! command -v wrk > /dev/null; then
  if [[ "$(id -u)" == 0 ]] && command -v apt-get > /dev/null; then
    log "installing wrk"
    apt-get install -y -q wrk > /dev/null 2>&1 \
      || { apt-get update -q > /dev/null && apt-get install -y -q wrk > /dev/null; } \
      || die "could not install wrk"
  else
    die "wrk is missing: install the Debian package 'wrk' (apt-get install wrk)"
  fi
fi
for tool in curl java getconf; do
  command -v "$tool" > /dev/null || die "$tool is missing"
done
CLK_TCK="$(getconf CLK_TCK)"

# --- build ------------------------------------------------------------------------------------

if [[ "$BUILD" == 1 ]]; then
  log "building (./mvnw -B -q package -DskipTests)"
  ./mvnw -B -q package -DskipTests
fi
[[ -f target/quarkus-app/quarkus-run.jar ]] \
  || die "target/quarkus-app/quarkus-run.jar not found: run without --no-build"

# --- server -----------------------------------------------------------------------------------

port_in_use() { (exec 3<> "/dev/tcp/127.0.0.1/$1") 2> /dev/null; }
if port_in_use "$PORT"; then
  die "port $PORT is already in use: set BENCH_PORT to a free port"
fi

WORK_DIR="$(mktemp -d "${TMPDIR:-/tmp}/gazette-bench.XXXXXX")"
SERVER_PID=""
SERVER_LOG="$WORK_DIR/server.log"

cleanup() {
  local status=$?
  if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2> /dev/null; then
    kill -TERM "$SERVER_PID" 2> /dev/null || true
    for _ in $(seq 1 50); do
      kill -0 "$SERVER_PID" 2> /dev/null || break
      sleep 0.2
    done
    kill -KILL "$SERVER_PID" 2> /dev/null || true
    wait "$SERVER_PID" 2> /dev/null || true
  fi
  if [[ "$status" != 0 && -f "$SERVER_LOG" ]]; then
    log "last lines of the server log:"
    tail -n 40 "$SERVER_LOG" >&2 || true
  fi
  rm -rf "$WORK_DIR"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Run a private copy of the packaged app: a rebuild in target/ during the run cannot affect it.
cp -r target/quarkus-app "$WORK_DIR/app"
mkdir -p "$WORK_DIR/data"
GIT_REV="$(git rev-parse --short HEAD 2> /dev/null || echo unknown)"
if [[ -n "$(git status --porcelain -- src pom.xml 2> /dev/null)" ]]; then
  GIT_REV="$GIT_REV+local changes"
fi

# Other work on the machine skews every number: note how busy it was before the server started.
LOAD_AT_START="$(cut -d" " -f1 /proc/loadavg)"
if awk -v l="$LOAD_AT_START" -v n="$(nproc)" 'BEGIN { exit !(l > n / 2) }'; then
  log "warning: load average is $LOAD_AT_START on $(nproc) CPUs: other work will skew the numbers"
fi

# start_server: runs the private copy on $PORT and waits until /q/health is UP.
start_server() {
  log "starting the server on port $PORT (data in $WORK_DIR/data)"
  # The working directory is the temp dir, so that no .env or config/ of the repo is picked up.
  # wrk is one client: the API's per-client limit is lifted, or the API targets would measure 429s.
  # shellcheck disable=SC2086 # BENCH_JAVA_OPTS is a list of options
  (cd "$WORK_DIR" && exec java $JAVA_OPTS_BENCH \
    -Dgazette.data-dir="$WORK_DIR/data" \
    -Dgazette.demo-content=true \
    -Dgazette.demo-photos=false \
    -Dgazette.page-cache.enabled="$PAGE_CACHE" \
    -Dgazette.admin.password="$ADMIN_PASSWORD" \
    -Dgazette.api.requests-per-minute=1000000000 \
    -Dquarkus.http.host=127.0.0.1 \
    -Dquarkus.http.port="$PORT" \
    -jar "$WORK_DIR/app/quarkus-run.jar") >> "$SERVER_LOG" 2>&1 &
  SERVER_PID=$!
  local deadline=$((SECONDS + HEALTH_TIMEOUT))
  until curl -fsS --max-time 2 "$BASE_URL/q/health" 2> /dev/null | grep -q '"status" *: *"UP"'; do
    kill -0 "$SERVER_PID" 2> /dev/null || die "the server exited during start-up"
    ((SECONDS < deadline)) || die "the server was not UP within ${HEALTH_TIMEOUT}s"
    sleep 0.5
  done
  log "server UP after $((SECONDS - deadline + HEALTH_TIMEOUT))s (pid $SERVER_PID)"
}

# stop_server: stops the server started last and waits until it is gone (it holds the H2 file).
stop_server() {
  kill -TERM "$SERVER_PID" 2> /dev/null || true
  wait "$SERVER_PID" 2> /dev/null || true
  SERVER_PID=""
}

BASE_URL="http://127.0.0.1:$PORT"
start_server
# The demo has no photos yet: the first start loads it, then bench/pictures.sql gives every
# story the same lead picture (renditions of every width, texts in fr and en), so that the
# article page, its cards and the API carry pictures as real content will.
stop_server
H2_JAR="$(ls "$WORK_DIR"/app/lib/main/com.h2database.h2-*.jar)"
java -cp "$H2_JAR" org.h2.tools.RunScript -url "jdbc:h2:file:$WORK_DIR/data/gazette" \
  -user gazette -password gazette -script "$BENCH_DIR/pictures.sql" \
  || die "could not add the pictures (bench/pictures.sql)"
log "pictures added"
start_server

# --- measurements -----------------------------------------------------------------------------

# Total CPU time (user + system, all threads) of the server, in clock ticks.
cpu_ticks() {
  local stat
  stat="$(< "/proc/$SERVER_PID/stat")" || die "the server is gone"
  # Fields after "pid (comm) " start at field 3; utime and stime are fields 14 and 15.
  stat="${stat##*) }"
  awk '{ print $12 + $13 }' <<< "$stat"
}

rss_mib() {
  awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$SERVER_PID/status"
}

wrk_args=(-t"$THREADS" -c"$CONNECTIONS")

ROWS=()
NOTES=()
PHASE=measure

# measure <name> <path>: warm up, then a measured wrk run against one path of the server.
# In the JVM warm-up pass (PHASE=jvm-warm-up) it only puts load on the path.
measure() {
  local name="$1" path="$2" url="$BASE_URL$2"
  if [[ "$PHASE" == jvm-warm-up ]]; then
    local status
    status="$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$url")"
    [[ "$status" == 200 ]] || die "$name: GET $path answered $status, not 200"
    log "$name: JVM warm-up ${SECONDS_WARMUP}s ($path)"
    wrk "${wrk_args[@]}" -d"${SECONDS_WARMUP}s" "$url" > /dev/null
    return
  fi

  log "$name: warm-up ${SECONDS_WARMUP}s ($path)"
  wrk "${wrk_args[@]}" -d"${SECONDS_WARMUP}s" "$url" > /dev/null

  log "$name: measuring ${SECONDS_MEASURED}s"
  local before after out
  before="$(cpu_ticks)"
  out="$(wrk "${wrk_args[@]}" -d"${SECONDS_MEASURED}s" --latency "$url")"
  after="$(cpu_ticks)"
  local rss
  rss="$(rss_mib)"

  local rps p50 p99 requests errors non2xx cpu_us
  rps="$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' <<< "$out")"
  p50="$(awk '$1 == "50%" { print $2 }' <<< "$out")"
  p99="$(awk '$1 == "99%" { print $2 }' <<< "$out")"
  requests="$(awk '/ requests in / { print $1 }' <<< "$out")"
  errors="$(grep -E '^ *Socket errors:' <<< "$out" | sed 's/^ *//' || true)"
  non2xx="$(awk -F: '/Non-2xx or 3xx responses/ { gsub(/ /, "", $2); print $2 }' <<< "$out")"
  [[ -n "$requests" && "$requests" -gt 0 ]] || { printf '%s\n' "$out" >&2; die "$name: wrk made no request"; }
  cpu_us="$(awk -v t="$((after - before))" -v hz="$CLK_TCK" -v n="$requests" \
    'BEGIN { printf "%.0f", (t / hz) * 1e6 / n }')"

  local flag=""
  if [[ -n "$non2xx" || -n "$errors" ]]; then
    flag=" (!)"
    NOTES+=("$name: ${non2xx:+$non2xx non-2xx/3xx responses; }${errors}")
    log "warning: $name: ${non2xx:+$non2xx non-2xx/3xx responses; }${errors}"
  fi
  ROWS+=("| $name$flag | $rps | $p50 | $p99 | $cpu_us | $rss |")
  log "$name: $rps req/s, p50 $p50, p99 $p99, $cpu_us CPU µs/request, RSS $rss MiB"
}

# The seed article's English version, from the French page's language toggle.
english_path() {
  local html tag href
  html="$(curl -fsS --max-time 10 "$BASE_URL$SEED_FR_PATH")" || die "GET $SEED_FR_PATH failed"
  tag="$(grep -o '<a [^>]*>' <<< "$html" | grep 'hreflang="en"' | grep 'data-lang-choice' | head -n 1 || true)"
  [[ -n "$tag" ]] || die "no a[hreflang=en][data-lang-choice] on $SEED_FR_PATH"
  href="$(sed -E 's/.* href="([^"]*)".*/\1/' <<< "$tag")"
  href="${href//&amp;/&}"
  href="$(sed -E 's#^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*##' <<< "$href")"   # absolute -> path
  [[ "$href" == /* ]] || die "unexpected English link '$href'"
  printf '%s\n' "$href"
}

EN_PATH="$(english_path)"
log "English seed article: $EN_PATH"

# The seed article's id, from the public API's by-slug lookup of the French page's slug.
seed_id() {
  local json id
  json="$(curl -fsS --max-time 10 "$BASE_URL/api/v1/articles/by-slug${SEED_FR_PATH}")" \
    || die "GET /api/v1/articles/by-slug${SEED_FR_PATH} failed"
  id="$(grep -o '^{"id":[0-9]*' <<< "$json" | grep -o '[0-9]*$' || true)"
  [[ -n "$id" ]] || die "no id in the by-slug answer"
  printf '%s\n' "$id"
}

SEED_ID="$(seed_id)"
log "seed article id: $SEED_ID"

# Targets: add an endpoint with one more `measure` line.
targets() {
  measure "French article" "$SEED_FR_PATH"
  measure "English article" "$EN_PATH"
  measure "French home" "/fr/"
  measure "API: article list (fr)" "/api/v1/articles?lang=fr"
  measure "API: article (seed)" "/api/v1/articles/$SEED_ID"
  measure "French search (coree)" "/fr/search?q=coree"
  measure "API: search (negociations, fr)" "/api/v1/search?q=negociations&lang=fr"
  measure "French feed (RSS)" "/fr/feed"
  measure "French article sitemap" "/sitemap-fr-articles-1.xml"
}

# A first pass puts load on every target before anything is measured: HotSpot is still compiling
# the shared request path during the first tens of seconds of load, and without this pass the
# first target measured pays for it (seen: 2 to 3 times the CPU per request of the same page later).
PHASE=jvm-warm-up
targets
PHASE=measure
targets

# --- report -----------------------------------------------------------------------------------

MODE="page cache warm (repeated URL)"
[[ "$COLD" == 1 ]] && MODE="page cache off (--cold: every page rendered from the database)"
REPORT="$(
  echo "Gazette benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), commit $GIT_REV"
  echo "wrk -t$THREADS -c$CONNECTIONS -d${SECONDS_MEASURED}s after ${SECONDS_WARMUP}s warm-up;" \
    "$MODE; $(nproc) CPUs shared by server and wrk, load average $LOAD_AT_START at start; java ${JAVA_OPTS_BENCH:-(default options)}"
  echo
  echo "| target | req/s | p50 | p99 | CPU µs/request | RSS MiB |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: |"
  printf '%s\n' "${ROWS[@]}"
  if ((${#NOTES[@]} > 0)); then
    echo
    printf '(!) %s\n' "${NOTES[@]}"
  fi
)"

mkdir -p "$BENCH_DIR/results"
printf '%s\n' "$REPORT" > "$BENCH_DIR/results/latest.md"
printf '%s\n' "$REPORT"
log "written to bench/results/latest.md"
