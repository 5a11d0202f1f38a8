#!/usr/bin/env bash
# Two builds of the mall side by side on one benchmark database (docs/performance.md):
#   scripts/bench/compare-jars.sh DBNAME BEFORE.jar AFTER.jar
# Starts both jars on DBNAME (no demo profile, README's -Xmx1g -XX:+UseParallelGC each, ports 8091 and 8092), warms each page
# up on both, then measures each page on one and then the other with wrk, so both figures come
# from the same minutes, and prints one markdown table. Everything it started is stopped at the end.
#
# Settings (environment): PAGES ("home category search product"), DURATION (20s), WARMUP (30s),
# CONNECTIONS (32), THREADS (2), PGHOST/PGPORT/PGUSER, ENCODING (an Accept-Encoding for every
# request, e.g. "gzip, deflate, br" as browsers send; none by default).
set -euo pipefail

db=${1:?usage: scripts/bench/compare-jars.sh DBNAME BEFORE.jar AFTER.jar}
before=${2:?usage: scripts/bench/compare-jars.sh DBNAME BEFORE.jar AFTER.jar}
after=${3:?usage: scripts/bench/compare-jars.sh DBNAME BEFORE.jar AFTER.jar}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
here=$(cd "$(dirname "$0")" && pwd)
pages=(${PAGES:-home category search product})
duration=${DURATION:-20s}
warmup=${WARMUP:-30s}
connections=${CONNECTIONS:-32}
threads=${THREADS:-2}
work=$(mktemp -d /tmp/bench-compare-XXXX)
source "$here/lib.sh"

# A copy of each jar, so a build while this runs cannot change the classes under a running JVM.
cp "$before" "$work/before.jar"
cp "$after" "$work/after.jar"
declare -A port=([before]=8091 [after]=8092)
for side in before after; do
	java -Xmx1g -XX:+UseParallelGC -jar "$work/$side.jar" --server.port="${port[$side]}" \
		--spring.datasource.url="jdbc:postgresql://$PGHOST:$PGPORT/$db" --spring.datasource.username="$PGUSER" \
		--spring.datasource.password="${PGPASSWORD:-}" >"$work/$side.log" 2>&1 &
	pids+=($!)
done
for side in before after; do
	wait_for "http://127.0.0.1:${port[$side]}/actuator/health" 180
done

psql -d "$db" -Atc "SELECT '/products/' || id FROM product WHERE status = 'LIVE' ORDER BY random()" >"$work/products.txt"

encoding=()
[[ -n "${ENCODING:-}" ]] && encoding=(-H "Accept-Encoding: $ENCODING")
run() { # side page connections duration -> RESULT line
	local base=http://127.0.0.1:${port[$1]}
	case $2 in
		home) wrk "${encoding[@]}" -t"$threads" -c"$3" -d"$4" -s "$here/wrk/report.lua" "$base/" ;;
		category) wrk "${encoding[@]}" -t"$threads" -c"$3" -d"$4" -s "$here/wrk/report.lua" "$base/products?category=furniture-interior" ;;
		search) wrk "${encoding[@]}" -t"$threads" -c"$3" -d"$4" -s "$here/wrk/report.lua" "$base/products?q=%EC%9B%90%EB%AA%A9" ;;
		product) PATHS="$work/products.txt" wrk "${encoding[@]}" -t"$threads" -c"$3" -d"$4" -s "$here/wrk/paths.lua" "$base" ;;
	esac | grep '^RESULT'
}

echo "| page | before: requests/s | p50 ms | p99 ms | after: requests/s | p50 ms | p99 ms |"
echo "| --- | --- | --- | --- | --- | --- | --- |"
for page in "${pages[@]}"; do
	run before "$page" 8 "$warmup" >/dev/null
	run after "$page" 8 "$warmup" >/dev/null
	read -r _ brps bp50 bp99 _ _ < <(run before "$page" "$connections" "$duration")
	read -r _ arps ap50 ap99 _ _ < <(run after "$page" "$connections" "$duration")
	echo "| $page | $brps | $bp50 | $bp99 | $arps | $ap50 | $ap99 |"
done
echo "(wrk -t$threads -c$connections -d$duration after $warmup at 8 connections; $(nproc) cores; load average at the end: $(cut -d' ' -f1-3 /proc/loadavg))"
