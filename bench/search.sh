#!/usr/bin/env bash
# Search benchmark (issue 4): (a) indexing N synthetic items, LuceneSearchIndex.rebuild against raw
# Lucene IndexWriter; (b) the 50 fixed queries under 8 threads, SearchIndex against raw Lucene with the
# very same query in process; (c) the same queries over HTTP (GET /api/v1/search) against the app
# running on that index, and the naive alternative, PostgreSQL ILIKE over a table of the same items.
#
#   bench/search.sh [items=200000] [query rounds=20] [http rounds=10]
#
# Environment: DIR (work directory, default /tmp/gongkai-search-bench-<items>), PORT (app, 8096),
# PG_PORT (the app's embedded PostgreSQL, 54396), THREADS (8), ILIKE=0 skips the ILIKE baseline,
# ILIKE_QUERIES=n runs only the first n queries against ILIKE (default all 50; each call scans the table),
# KEEP=1 keeps the index and data directory afterwards (they are deleted by default).
# Builds the jar and the test classes itself (offline Maven).
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-200000}
ROUNDS=${2:-20}
HTTP_ROUNDS=${3:-10}
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
mvn -q -B -o package -DskipTests
mvn -q -B -o test-compile
mvn -q -B -o dependency:build-classpath -Dmdep.outputFile="$DIR.cp" -Dmdep.includeScope=test > /dev/null
mkdir -p "$DIR"
mv "$DIR.cp" "$DIR/classpath.txt"
CP=target/classes:target/test-classes:$(cat "$DIR/classpath.txt")
JAR=$(ls target/gongkai-*.jar | head -n 1)
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"

echo "== (a) indexing $N items"
java -Xmx6g -cp "$CP" org.gongkai.bench.SearchIndexingBench "$N" "$DIR"
rm -rf "$DIR/raw"

echo "== (b) query latency in process"
java -Xmx2g -cp "$CP" org.gongkai.bench.SearchQueryBench "$DIR/index" "$THREADS" "$ROUNDS"

echo "== (c) over HTTP, and PostgreSQL ILIKE"
mkdir -p "$DIR/app"
cp -r "$DIR/index" "$DIR/app/search-index"
GONGKAI_DATA_DIR="$DIR/app" PORT=$PORT java -jar "$JAR" --gongkai.embedded-port="$PG_PORT" > "$DIR/app.log" 2>&1 &
APP=$!
until curl -sf "http://localhost:$PORT/actuator/health" | grep -q '"UP"'; do
  kill -0 "$APP" 2>/dev/null || { echo "the app did not start; see $DIR/app.log"; exit 1; }
  sleep 0.5
done
# the demo loaders run right after start (and put their items into the index): let them finish
sleep "${SETTLE:-40}"
JDBC="jdbc:postgresql://localhost:$PG_PORT/postgres?user=postgres"
[ "${ILIKE:-1}" = 0 ] && JDBC=-
java -Xmx1g -Dilike.queries="${ILIKE_QUERIES:-50}" -cp "$CP" org.gongkai.bench.SearchHttpBench "http://localhost:$PORT" "$JDBC" "$N" "$THREADS" "$HTTP_ROUNDS"
