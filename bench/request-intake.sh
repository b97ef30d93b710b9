#!/usr/bin/env bash
# Request intake under load (issue 3): concurrent online submissions to POST /api/v1/requests with
# wrk and a Lua script (bench/request-intake.lua) sending valid, varied applications (GB 11643 ID
# numbers, GB 32100 credit codes, agencies that accept requests). Checks zero loss: every 201 answer's
# tracking number is in the database, all tracking numbers are distinct. Reference limit measured in
# the same run: wrk against a static file of the same application (/css/site.css).
#
# Parameters (environment): DURATION (60s), CONNECTIONS (100), THREADS (2), PORT and PG_PORT (free
# ports if unset), WARMUP (10s), TIMEOUT (30s per answer), WORK (a fresh directory under /tmp),
# KEEP=1 leaves the app running afterwards.
# Needs: Java 17, Maven (builds the jar if missing), Debian's wrk and psql (apt-get install -y wrk
# postgresql-client).
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-60s}
CONNECTIONS=${CONNECTIONS:-100}
THREADS=${THREADS:-2}
WARMUP=${WARMUP:-10s}
TIMEOUT=${TIMEOUT:-30s}   # wrk's default of 2 s would count slow answers as lost

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }
PORT=${PORT:-$(free_port)}
PG_PORT=${PG_PORT:-$(free_port)}
WORK=${WORK:-$(mktemp -d /tmp/gongkai-intake-bench.XXXXXX)}
mkdir -p "$WORK"

for tool in wrk psql java python3; do
  command -v "$tool" > /dev/null || { echo "missing $tool (apt-get install -y wrk postgresql-client)"; exit 1; }
done

JAR=$(ls target/gongkai-*.jar 2> /dev/null | head -n 1 || true)
if [ -z "$JAR" ]; then
  echo "== building the jar"
  mvn -q -B -o package -DskipTests
  JAR=$(ls target/gongkai-*.jar | head -n 1)
fi

APP=
cleanup() { if [ -n "$APP" ] && [ "${KEEP:-0}" != 1 ]; then kill "$APP" 2> /dev/null || true; wait "$APP" 2> /dev/null || true; fi; }
trap cleanup EXIT

echo "== starting $JAR on port $PORT (embedded PostgreSQL on $PG_PORT, data in $WORK/data), intake rate limit off"
GONGKAI_DATA_DIR="$WORK/data" PORT=$PORT GONGKAI_REQUESTS_RATE_LIMIT_PER_MINUTE=0 \
  java -jar "$JAR" --gongkai.embedded-port="$PG_PORT" > "$WORK/app.log" 2>&1 &
APP=$!
# readiness turns UP only after the demo loaders (ApplicationRunners) have finished
for i in $(seq 1 600); do
  if curl -sf "http://localhost:$PORT/actuator/health/readiness" | grep -q '"UP"'; then break; fi
  kill -0 "$APP" 2> /dev/null || { echo "the application stopped, see $WORK/app.log"; tail -20 "$WORK/app.log"; exit 1; }
  sleep 1
done
curl -sf "http://localhost:$PORT/actuator/health/readiness" | grep -q '"UP"' || { echo "not ready after 600 s"; exit 1; }
sleep "${SETTLE:-5}"

PSQL=(psql -h localhost -p "$PG_PORT" -U postgres -d postgres -Atq)
"${PSQL[@]}" -c "select code from agency where accepts_requests order by code" > "$WORK/agencies.txt"
echo "agencies accepting requests: $(wc -l < "$WORK/agencies.txt")"

echo "== warm-up: $WARMUP"
mkdir -p "$WORK/warmup"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" --timeout "$TIMEOUT" -s bench/request-intake.lua "http://localhost:$PORT" -- "$WORK/warmup" "$WORK/agencies.txt" > /dev/null 2>&1
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "http://localhost:$PORT/css/site.css" > /dev/null 2>&1
sleep 2

before=$("${PSQL[@]}" -c "select coalesce(max(id), 0) from disclosure_request")
echo "== POST /api/v1/requests: wrk -t$THREADS -c$CONNECTIONS -d$DURATION"
mkdir -p "$WORK/run"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout "$TIMEOUT" --latency -s bench/request-intake.lua "http://localhost:$PORT" \
  -- "$WORK/run" "$WORK/agencies.txt" 2> "$WORK/wrk-intake.err" | tee "$WORK/wrk-intake.txt" | grep -E "Requests/sec|Latency|99%|requests in|Non-2xx"
sleep 3  # let requests cut off by the end of the run finish on the server

cat "$WORK"/run/tn-*.txt > "$WORK/tracking-numbers.txt"
"${PSQL[@]}" <<SQL > "$WORK/check.txt"
create temp table answered (tracking_number text);
\copy answered from '$WORK/tracking-numbers.txt'
select count(*) from disclosure_request where id > $before;
select count(distinct tracking_number) from disclosure_request where id > $before;
select count(*) from answered;
select count(distinct tracking_number) from answered;
select count(*) from answered a where not exists (select 1 from disclosure_request r where r.tracking_number = a.tracking_number and r.id > $before);
SQL
mapfile -t c < "$WORK/check.txt"
db=${c[0]}; db_distinct=${c[1]}; answered=${c[2]}; answered_distinct=${c[3]}; missing=${c[4]}
created=$(awk '/^LUA_201/ {print $2}' "$WORK/wrk-intake.txt")
other=$(awk '/^LUA_OTHER/ {print $2}' "$WORK/wrk-intake.txt")
seconds=$(awk -v d="$DURATION" 'BEGIN { n = d + 0; u = substr(d, length(d)); if (u == "m") n *= 60; if (u == "h") n *= 3600; print n }')

echo "== reference: GET /css/site.css (static file through the same server and filter chain)"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "http://localhost:$PORT/css/site.css" | tee "$WORK/wrk-static.txt" | grep -E "Requests/sec|Latency|99%"

rate=$(awk -v n="$created" -v s="$seconds" 'BEGIN {printf "%.1f", n / s}')
ref=$(awk '/Requests\/sec/ {print $2}' "$WORK/wrk-static.txt")
zero=no
if [ "$missing" = 0 ] && [ "$answered" = "$created" ] && [ "$answered_distinct" = "$answered" ] && [ "$db_distinct" = "$db" ] && [ "$db" -ge "$created" ]; then zero=yes; fi
echo "== summary ($(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg))"
echo "submissions/s (201 answers / $seconds s):   $rate"
echo "201 answers:                              $created"
echo "non-201 answers:                          $other"
if [ "$other" != 0 ]; then head -n 5 "$WORK/wrk-intake.err" | cut -c1-300 | sed 's/^/  e.g. /'; fi
echo "requests created in the database:         $db (answers cut off by the end of the run: $((db - created)), at most $CONNECTIONS)"
echo "distinct tracking numbers in the database: $db_distinct"
echo "201 tracking numbers not in the database:  $missing"
echo "wrk socket errors:                        $(awk '/^LUA_SOCKET_ERRORS/ {$1 = ""; print}' "$WORK/wrk-intake.txt")"
echo "reference GET /css/site.css:              $ref req/s"
echo "zero loss: $zero"
