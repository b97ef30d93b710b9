#!/usr/bin/env bash
# City-scale annual-report compile benchmark (issue 5): generates the data set in an embedded
# PostgreSQL and compares Gongkai's compile path with one hand-written SQL statement (the limit),
# then compiles every agency's report. Arguments go to ReportCompileBenchmark:
#   bench/report-compile.sh            # full scale: 1,000 agencies, 10 M decisions, 1 M catalog items, 500 k requests
#   bench/report-compile.sh 0.01       # smoke run at 1/100 of the records
#   bench/report-compile.sh 1 --year 2021 --runs 5 --skip-one-by-one --explain
set -euo pipefail
cd "$(dirname "$0")/.."
# clean: a resource deleted from src (e.g. a migration) would otherwise stay in target/classes and be used
mvn -q -B -o clean test-compile
CP_FILE=target/bench-classpath.txt
mvn -q -B -o dependency:build-classpath -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=test
exec java -Xmx${BENCH_HEAP:-3g} -cp "target/test-classes:target/classes:$(cat "$CP_FILE")" \
  org.gongkai.bench.ReportCompileBenchmark "$@"
