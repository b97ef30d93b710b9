#!/usr/bin/env bash
# The staff queue (/admin/requests) with N requests in the database (default 500,000): p50/p95 per
# queue view, and of a page without the queue query as the limit of the same stack in the same run.
# Runs src/test/java/org/gongkai/request/bench/QueueBenchmark.java in the test context (embedded
# PostgreSQL + demo data, MockMvc). The pom excludes **/bench/** from the suite; -Dtest overrides that.
#
# Parameters (environment): REQUESTS (500000), ROUNDS (40 timed calls per view), WARMUP (60 s of calls
# over all views before timing, at least 3 cycles).
# Needs: Java 17 and Maven with the dependencies downloaded (offline).
set -euo pipefail
cd "$(dirname "$0")/.."
REQUESTS=${REQUESTS:-500000}
ROUNDS=${ROUNDS:-40}
WARMUP=${WARMUP:-60}
LOG=$(mktemp /tmp/gongkai-queue-bench.XXXXXX.log)
echo "== QueueBenchmark with $REQUESTS requests, $ROUNDS calls per view (log: $LOG)"
if ! mvn -B -o test -Dtest=QueueBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
    -Dbench.requests="$REQUESTS" -Dbench.rounds="$ROUNDS" -Dbench.warmup-seconds="$WARMUP" > "$LOG" 2>&1; then
  grep -E "ERROR|FAIL" "$LOG" | head -20
  echo "benchmark failed, see $LOG"
  exit 1
fi
grep -q "Tests run: 1, Failures: 0, Errors: 0" "$LOG" || { echo "QueueBenchmark did not run, see $LOG"; exit 1; }
grep "^BENCH" "$LOG"
