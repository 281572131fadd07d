#!/bin/bash
# Sign-in timing benchmark: failed sign-ins for an unknown address, a wrong password and a locked account against a SaaS
# server (embedded PostgreSQL, Redis and SMTP), interleaved; prints median, p90 and mean per path (user enumeration by
# timing). Usage, from the checkout: platform/bench/login-timing-bench.sh [rounds]
# Needs the platform's test classes: mvn -q -o install -pl platform -DskipTests && mvn -q -o test-compile -pl platform
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -o dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null
exec java -Xmx2g -Dlucent.test.config="$(pwd)/../config" \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  io.lucent.platform.auth.LoginTimingBenchmark "$@"
