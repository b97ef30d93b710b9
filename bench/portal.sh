#!/usr/bin/env bash
# Portal benchmark: requests/s and p99 of an item page and a column list page under wrk, compared in
# the same run with nginx serving the very same HTML as static files (the limit for a page that
# changes only when an item is published).
# Needs: a built jar (./mvnw -q package -DskipTests), Debian's wrk and nginx (apt-get install wrk nginx).
# DURATION (default 20s) per measurement; SMOKE=1 runs 3 s each to prove the script works.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
JAR=$(ls target/gongkai-*.jar | head -n 1)
PORT=${PORT:-18191}
NGINX_PORT=${NGINX_PORT:-18192}
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-30s}
if [ "${SMOKE:-0}" = 1 ]; then DURATION=3s; WARMUP=3s; fi
AGENCY=${AGENCY:-500000}
WORK=$(mktemp -d /tmp/gongkai-portal-bench.XXXXXX)
trap 'kill $APP 2>/dev/null || true; [ -f "$WORK/nginx.pid" ] && kill $(cat "$WORK/nginx.pid") 2>/dev/null || true' EXIT

echo "== start on a fresh data directory (demo data)"
GONGKAI_DATA_DIR="$WORK/data" PORT=$PORT java -jar "$JAR" > "$WORK/app.log" 2>&1 &
APP=$!
# health turns UP once the demo loaders have finished (readiness), then the first index build runs
until curl -sf "http://localhost:$PORT/actuator/health" | grep -q '"UP"'; do
  kill -0 $APP 2>/dev/null || { echo "the application stopped; see $WORK/app.log"; exit 1; }
  sleep 0.5
done
sleep "${SETTLE:-20}"

LIST="/agencies/$AGENCY/disclosure/statutory"
ITEM=$(curl -sf "http://localhost:$PORT$LIST" | grep -o 'href="/items/[0-9]*"' | head -n 1 | sed 's/href="//; s/"//')
[ -n "$ITEM" ] || { echo "no published item in $LIST"; exit 1; }
mkdir -p "$WORK/www/items" "$WORK/www/agencies/$AGENCY/disclosure/statutory"
curl -sf "http://localhost:$PORT$ITEM" > "$WORK/www$ITEM"
curl -sf "http://localhost:$PORT$LIST" > "$WORK/www$LIST/index.html"
echo "item page $ITEM: $(wc -c < "$WORK/www$ITEM") bytes; list page $LIST: $(wc -c < "$WORK/www$LIST/index.html") bytes"

start_nginx "$WORK" "$NGINX_PORT" text/html
for url in "http://localhost:$PORT$ITEM" "http://localhost:$PORT$LIST" "http://127.0.0.1:$NGINX_PORT$ITEM" "http://127.0.0.1:$NGINX_PORT$LIST/"; do
  expect_200 "$url"
done

# measure NAME URL: warm-up, then wrk -t2 -c50 with latency; keeps the output for the summary
measure() {
  wrk -t2 -c50 -d"$WARMUP" "$2" > /dev/null
  wrk -t2 -c50 -d"$DURATION" --latency "$2" > "$WORK/$1.txt"
  echo "$1: $(awk '/Requests\/sec/ {print $2}' "$WORK/$1.txt") req/s, p99 $(awk '$1 == "99%" {print $2}' "$WORK/$1.txt")$(grep -E 'Non-2xx|Socket errors' "$WORK/$1.txt" | tr -s ' ' | sed 's/^/;/' | tr '\n' ' ' || true)"
}

echo "== wrk -t2 -c50 -d$DURATION (after $WARMUP warm-up), load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
measure app-item "http://localhost:$PORT$ITEM"
measure app-list "http://localhost:$PORT$LIST"
measure nginx-item "http://127.0.0.1:$NGINX_PORT$ITEM"
measure nginx-list "http://127.0.0.1:$NGINX_PORT$LIST/"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

rps() { awk '/Requests\/sec/ {print $2}' "$WORK/$1.txt"; }
echo "== summary (Gongkai / nginx)"
awk -v a="$(rps app-item)" -v b="$(rps nginx-item)" 'BEGIN {printf "item page: %.0f vs %.0f req/s, ratio %.3f\n", a, b, a/b}'
awk -v a="$(rps app-list)" -v b="$(rps nginx-list)" 'BEGIN {printf "list page: %.0f vs %.0f req/s, ratio %.3f\n", a, b, a/b}'
