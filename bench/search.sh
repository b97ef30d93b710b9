#!/usr/bin/env bash
# Search benchmark (issue 4): (a) indexing N synthetic items, LuceneSearchIndex.rebuild against raw
# Lucene IndexWriter; (b) the 50 fixed queries under 8 threads, SearchIndex against raw Lucene with the
# very same query in process; (c) the same queries over HTTP (GET /api/v1/search, wrk with 8
# connections, bench/search-queries.lua) against the app running on that index once it has settled,
# and the naive alternative, PostgreSQL ILIKE over a table of the same items.
#
#   bench/search.sh [items=200000] [query rounds=20]
#
# Environment: DIR (work directory, default /tmp/gongkai-search-bench-<items>), PORT (app, 8096),
# PG_PORT (the app's embedded PostgreSQL, 54396), THREADS (8), ILIKE=0 skips the ILIKE baseline,
# ILIKE_QUERIES=n runs only the first n queries against ILIKE (default all 50; each call scans the table),
# KEEP=1 keeps the index and data directory afterwards (they are deleted by default), PHASES=bc
# skips (a) and uses the index a KEEP=1 run left, HTTP_WARMUP (20s), HTTP_DURATION (60s),
# SETTLE_MAX (900: seconds to wait for the app to go quiet). Needs Debian's wrk.
# Builds the jar and the test classes itself (offline Maven).
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-200000}
ROUNDS=${2:-20}
PHASES=${PHASES:-abc}
THREADS=${THREADS:-8}
PORT=${PORT:-8096}
PG_PORT=${PG_PORT:-54396}
DIR=${DIR:-/tmp/gongkai-search-bench-$N}
APP=
cleanup() {
  if [ -n "$APP" ]; then kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; fi
  if [ "${KEEP:-0}" != 1 ]; then rm -rf "$DIR"; fi
}
trap cleanup EXIT

echo "== build"
# clean: a resource deleted from src (e.g. a migration) would otherwise stay in target/classes and be used
mvn -q -B -o clean package -DskipTests
mvn -q -B -o test-compile
mvn -q -B -o dependency:build-classpath -Dmdep.outputFile="$DIR.cp" -Dmdep.includeScope=test > /dev/null
mkdir -p "$DIR"
mv "$DIR.cp" "$DIR/classpath.txt"
CP=target/classes:target/test-classes:$(cat "$DIR/classpath.txt")
JAR=$(ls target/gongkai-*.jar | head -n 1)
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"

if [[ $PHASES == *a* ]]; then
  echo "== (a) indexing $N items"
  java -Xmx6g -cp "$CP" org.gongkai.bench.SearchIndexingBench "$N" "$DIR"
  rm -rf "$DIR/raw"
fi

if [[ $PHASES == *b* ]]; then
  echo "== (b) query latency in process"
  java -Xmx2g -cp "$CP" org.gongkai.bench.SearchQueryBench "$DIR/index" "$THREADS" "$ROUNDS"
fi

[[ $PHASES == *c* ]] || exit 0

echo "== (c) over HTTP (wrk, $THREADS connections), and PostgreSQL ILIKE"
rm -rf "$DIR/app"
mkdir -p "$DIR/app"
cp -r "$DIR/index" "$DIR/app/search-index"
GONGKAI_DATA_DIR="$DIR/app" PORT=$PORT java -jar "$JAR" --gongkai.embedded-port="$PG_PORT" > "$DIR/app.log" 2>&1 &
APP=$!
until curl -sf "http://localhost:$PORT/actuator/health" | grep -q '"UP"'; do
  kill -0 "$APP" 2>/dev/null || { echo "the app did not start; see $DIR/app.log"; exit 1; }
  sleep 0.5
done
# The demo loaders run right after the first start and put their items into the index; Lucene may
# then merge segments of the big index and PostgreSQL vacuums and analyses the freshly loaded
# tables (its processes are not the app's). Measure searches, not that: wait until the whole
# machine is idle (under 10% of its CPU busy over 5 s, twice in a row; at most SETTLE_MAX seconds).
busy() { awk '/^cpu /{print $2 + $3 + $4 + $7 + $8, $2 + $3 + $4 + $5 + $6 + $7 + $8}' /proc/stat; }
quiet=0
waited=0
read -r b0 t0 < <(busy)
while [ "$quiet" -lt 2 ] && [ "$waited" -lt "${SETTLE_MAX:-900}" ]; do
  sleep 5
  waited=$((waited + 5))
  read -r b1 t1 < <(busy)
  if [ $(((b1 - b0) * 100)) -lt $(((t1 - t0) * 10)) ]; then quiet=$((quiet + 1)); else quiet=0; fi
  b0=$b1
  t0=$t1
done
echo "app settled after ${waited} s (load average $(cut -d' ' -f1-3 /proc/loadavg))"
java -cp "$CP" org.gongkai.bench.SearchHttpBench --paths > "$DIR/paths.txt"
wrk -t2 -c"$THREADS" -d"${HTTP_WARMUP:-20s}" -s bench/search-queries.lua "http://localhost:$PORT" -- "$DIR/paths.txt" > /dev/null
echo "wrk -t2 -c$THREADS -d${HTTP_DURATION:-60s}, the 50 queries in turn on every connection:"
wrk -t2 -c"$THREADS" -d"${HTTP_DURATION:-60s}" -s bench/search-queries.lua "http://localhost:$PORT" -- "$DIR/paths.txt"
echo "load average $(cut -d' ' -f1-3 /proc/loadavg)"
if [ "${ILIKE:-1}" != 0 ]; then
  java -Xmx1g -Dilike.queries="${ILIKE_QUERIES:-50}" -cp "$CP" org.gongkai.bench.SearchHttpBench - \
    "jdbc:postgresql://localhost:$PG_PORT/postgres?user=postgres" "$N" "$THREADS" 1
fi
