#!/bin/bash
# Analytics benchmark: cold and cached latency of every /api/v1/analytics endpoint on a generated sales dataset
# (default 2,000,000 rows). Usage, from the checkout: platform/bench/analytics-bench.sh [rows]
# Needs the platform's test classes and the bundled plugin zips: mvn -q -o install -pl platform -DskipTests && mvn -q -o test-compile -pl platform
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -o dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null
exec java -Xmx4g -Dlucent.test.config="$(pwd)/../config" -Dlucent.test.plugins="$(pwd)/target/test-plugins" \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  io.lucent.platform.analytics.bench.AnalyticsBenchmark "$@"
