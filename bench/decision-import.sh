#!/usr/bin/env bash
# Decision import benchmark (issue 4): generates N decisions as CSV, starts an embedded PostgreSQL and
# imports the same file with a raw COPY into a plain table (the limit) and through Gongkai's import
# (validation, masking, duplicate check, COPY lanes into the indexed table), then re-imports it
# (every row validated and merged, nothing changes). Prints rows/s, the ratio, and the CPU seconds of
# the JVM and of PostgreSQL for each.
#
#   bench/decision-import.sh [rows=300000]
#
# The CSV and the database live in temporary directories that are deleted at the end.
# Builds the test classes and the classpath itself (offline Maven).
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-300000}
CPFILE=$(mktemp /tmp/gongkai-decision-bench-cp.XXXXXX)
trap 'rm -f "$CPFILE"' EXIT
# clean: a resource deleted from src (e.g. a migration) would otherwise stay in target/classes and be used
mvn -q -B -o clean test-compile
mvn -q -B -o dependency:build-classpath -Dmdep.outputFile="$CPFILE" -Dmdep.includeScope=test > /dev/null
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
java ${HEAP:+-Xmx$HEAP} ${JAVA_OPTS:-} -cp "target/test-classes:target/classes:$(cat "$CPFILE")" org.gongkai.bench.DecisionImportBenchmark "$N"
