#!/usr/bin/env bash
# Foundation benchmark: cold start to healthy (embedded PostgreSQL + demo data), resident memory
# after start, and GET /api/v1/agencies throughput under wrk — compared in the same run with nginx
# serving the very same JSON bytes as a static file (the limit for a read-only endpoint).
# Needs: a built jar (./mvnw -q package -DskipTests), Debian's wrk and nginx (apt-get install wrk nginx).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
JAR=$(ls target/gongkai-*.jar | head -n 1)
PORT=${PORT:-18181}
NGINX_PORT=${NGINX_PORT:-18182}
DURATION=${DURATION:-20s}
# SETTLE: seconds to wait after healthy before measuring (demo loading and indexing finish)
WORK=$(mktemp -d /tmp/gongkai-bench.XXXXXX)
trap 'kill $APP 2>/dev/null || true; [ -f "$WORK/nginx.pid" ] && kill $(cat "$WORK/nginx.pid") 2>/dev/null || true' EXIT

echo "== cold start (fresh data directory: initdb, migrations, demo data)"
start=$(date +%s%N)
GONGKAI_DATA_DIR="$WORK/data" PORT=$PORT java -jar "$JAR" > "$WORK/app.log" 2>&1 &
APP=$!
until curl -sf "http://localhost:$PORT/actuator/health" | grep -q '"UP"'; do sleep 0.1; done
ready=$(date +%s%N)
echo "cold start to healthy: $(( (ready - start) / 1000000 )) ms"
# the demo loaders and the first search-index build run right after start: let them finish
sleep "${SETTLE:-40}"
echo "resident memory after start: $(awk '/VmRSS/ {printf "%.0f MB", $2/1024}' /proc/$APP/status)"

curl -s "http://localhost:$PORT/api/v1/agencies" > "$WORK/agencies.json"
echo "response: $(wc -c < "$WORK/agencies.json") bytes, $(grep -o '"code"' "$WORK/agencies.json" | wc -l) agencies"

echo "== warm-up"
wrk -t2 -c50 -d10s "http://localhost:$PORT/api/v1/agencies" > /dev/null

echo "== Gongkai GET /api/v1/agencies (wrk -t2 -c50 -d$DURATION)"
wrk -t2 -c50 -d"$DURATION" --latency "http://localhost:$PORT/api/v1/agencies" | tee "$WORK/wrk-app.txt" | grep -E "Requests/sec|Latency|99%"

echo "== nginx serving the same bytes"
mkdir -p "$WORK/www/api/v1"
cp "$WORK/agencies.json" "$WORK/www/api/v1/agencies"
start_nginx "$WORK" "$NGINX_PORT" application/json
expect_200 "http://127.0.0.1:$NGINX_PORT/api/v1/agencies"
wrk -t2 -c50 -d5s "http://127.0.0.1:$NGINX_PORT/api/v1/agencies" > /dev/null
wrk -t2 -c50 -d"$DURATION" --latency "http://127.0.0.1:$NGINX_PORT/api/v1/agencies" | tee "$WORK/wrk-nginx.txt" | grep -E "Requests/sec|Latency|99%"

app=$(awk '/Requests\/sec/ {print $2}' "$WORK/wrk-app.txt")
ref=$(awk '/Requests\/sec/ {print $2}' "$WORK/wrk-nginx.txt")
echo "== summary: Gongkai $app req/s, nginx $ref req/s, ratio $(awk -v a="$app" -v b="$ref" 'BEGIN {printf "%.2f", a/b}')"
