#!/bin/sh
# Forecast batch benchmark: N monthly series (default 1,000) forecast with auto, once by calling the method
# directly in a loop on all cores, once as a REST batch on a local-mode server (jobs, per-entity tasks, stored
# results); prints both wall times, entities per second and the workflow's overhead.
# Usage, after `mvn install` at the root (which builds the plugin zips): platform/bench/forecast-batch-bench.sh [ENTITIES] [ROUNDS]
set -e
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
mvn -q -o test-compile dependency:build-classpath -pl platform -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
cd platform
exec java -Xmx1g ${JAVA_OPTS} -Dlucent.test.plugins=target/test-plugins -Dlucent.test.config=../config \
  -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
  io.lucent.platform.forecasting.runs.ForecastBatchBenchmark "$@"
