#!/bin/sh
# Datasets benchmark: for each file variant (plain, european: decimal commas and thousands separators, bad_row: one
# row of the wrong shape near the end, uploaded with onBadRows=skip) generates a ROWS-row, 8-column CSV (default
# 2,000,000), uploads it to a local-mode server
# through REST, loads it with DuckDB read_csv directly in the same run, and prints both times, their ratio, the
# peak heap (the JVM runs with -Xmx512m), and median preview and cached summary latencies.
# Usage, after `mvn install` at the root (which builds the plugin zips): platform/bench/datasets-bench.sh [ROWS] [VARIANTS]
set -e
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
mvn -q -o test-compile dependency:build-classpath -pl platform -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
cd platform
exec java -Xmx512m ${JAVA_OPTS} -Dlucent.test.plugins=target/test-plugins -Dlucent.test.config=../config \
  -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
  io.lucent.platform.datasets.bench.DatasetsBenchmark "$@"
