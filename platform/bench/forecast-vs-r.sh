#!/bin/sh
# Forecasting side by side with R's forecast package, in one run on this machine. For each benchmark directory
# (train.csv, test.csv, info.csv; e.g. ../shared/data/m3), runs R's reference script on all cores (Naive2, thetaf,
# ets, auto.arima by default; per-series seconds are R's elapsed time per series) and then
# `lucent bench forecast --reference` on the same directory, which prints both side by side: OWA per frequency and
# overall against the same Naive2, 95% coverage, single-core series per second and the speed ratio.
# Needs R with the forecast package (apt-get install -y r-base-core r-cran-forecast) and the reference script,
# R_BENCH_SCRIPT (default: ../shared/anchors/r_forecast_bench.R beside the project). Runs after `mvn install` at the
# root (it uses the built distribution). The whole M3 and M4 directories take about 35 minutes on 2 cores, nearly
# all of it in R.
# Usage: platform/bench/forecast-vs-r.sh DIR [DIR...]   (R_METHODS, LUCENT_METHODS and OUT_DIR may be set)
set -e
root="$(cd "$(dirname "$0")/../.." && pwd)"
script="${R_BENCH_SCRIPT:-$root/../shared/anchors/r_forecast_bench.R}"
lucent="$root/distributions/local/target/lucent/bin/lucent"
out="${OUT_DIR:-$(mktemp -d)}"
cores="$(nproc)"
if [ "$#" -eq 0 ]; then
  echo "usage: platform/bench/forecast-vs-r.sh DIR [DIR...]" >&2; exit 2
fi
if ! command -v Rscript >/dev/null 2>&1; then
  echo "Rscript not found: install R and its forecast package (apt-get install -y r-base-core r-cran-forecast)" >&2
  exit 2
fi
if [ ! -f "$script" ]; then
  echo "R's reference script not found at $script (set R_BENCH_SCRIPT)" >&2; exit 2
fi
if [ ! -x "$lucent" ]; then
  echo "$lucent not found: run mvn -B -DskipTests install at the root first" >&2; exit 2
fi
mkdir -p "$out"
for dir in "$@"; do
  label="$(basename "$dir")"
  echo "== $dir: R first, then Lucent (load average before: $(cut -d' ' -f1-3 /proc/loadavg))"
  BENCH_METHODS="${R_METHODS:-Naive2,thetaf,ets,auto.arima}" Rscript "$script" "$dir" "$out" "r_$label" "$cores"
  "$lucent" bench forecast --data "$dir" --methods "${LUCENT_METHODS:-naive2,ets,arima,theta,auto}" \
    --out "$out/lucent_$label.csv" --reference "$out/r_${label}_per_series.csv"
  echo "(load average after: $(cut -d' ' -f1-3 /proc/loadavg); per-series files in $out)"
  echo
done
