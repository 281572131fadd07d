#!/usr/bin/env bash
# Records the plugin API just built as the released baseline that japicmp compares every later build with.
# Run after releasing a new API version:  mvn -q -pl plugin-api package && plugin-api/compat/cut-baseline.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
jar=$(ls "$here"/../target/lucent-plugin-api-*.jar | grep -v sources | head -n 1)
version=$(basename "$jar" .jar | sed 's/^lucent-plugin-api-//')
cp "$jar" "$here/lucent-plugin-api-$version.jar"
echo "Baseline is now $version: set <lucent.api.baseline>$version</lucent.api.baseline> in plugin-api/pom.xml"
