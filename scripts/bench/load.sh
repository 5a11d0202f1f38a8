#!/usr/bin/env bash
# The shopper-page load test (docs/performance.md), side by side with spring-petclinic:
#   scripts/bench/load.sh DBNAME
# DBNAME is a database filled by scripts/bench/fill-database.sh. The script starts the mall on
# it (no demo profile, README's -Xmx1g -XX:+UseParallelGC), and spring-petclinic too, with the same
# JVM options, when PETCLINIC_JAR names its jar
# (built from its repository with ./mvnw package; it runs with its postgres profile on the
# database petclinic_bench, made if missing). Then, after a warm-up, it runs wrk on each page in
# turn, petclinic's /owners?lastName= between the mall's pages, ROUNDS times, and prints one
# markdown table. Everything it started is stopped at the end.
#
# Settings (environment): DURATION (30s), CONNECTIONS (32), THREADS (2), ROUNDS (2),
# WARMUP (15s), MALL_PORT (8090), PETCLINIC_PORT (8095), MALL_URL (use a mall already running
# there, e.g. two instances behind nginx, instead of starting one), PGHOST/PGPORT/PGUSER,
# ENCODING (an Accept-Encoding for every request, e.g. "gzip, deflate, br" as browsers send;
# none by default, as wrk sends none).
set -euo pipefail

db=${1:?usage: scripts/bench/load.sh DBNAME}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
duration=${DURATION:-30s}
connections=${CONNECTIONS:-32}
threads=${THREADS:-2}
rounds=${ROUNDS:-2}
warmup=${WARMUP:-15s}
mall_port=${MALL_PORT:-8090}
petclinic_port=${PETCLINIC_PORT:-8095}
work=$(mktemp -d /tmp/bench-load-XXXX)
source "$here/lib.sh"

if [[ -n "${MALL_URL:-}" ]]; then
	mall=${MALL_URL%/}
else
	jar=$(ls "$root"/target/valuemall-*.jar 2>/dev/null | grep -v original | head -1 || true)
	if [[ -z "$jar" ]]; then
		(cd "$root" && ./mvnw -B -q package -DskipTests -Djacoco.skip=true)
		jar=$(ls "$root"/target/valuemall-*.jar | grep -v original | head -1)
	fi
	java -Xmx1g -XX:+UseParallelGC -jar "$jar" --server.port="$mall_port" \
		--spring.datasource.url="jdbc:postgresql://$PGHOST:$PGPORT/$db" --spring.datasource.username="$PGUSER" \
		--spring.datasource.password="${PGPASSWORD:-}" >"$work/mall.log" 2>&1 &
	pids+=($!)
	mall=http://127.0.0.1:$mall_port
	wait_for "$mall/actuator/health" 180
fi

petclinic=
if [[ -n "${PETCLINIC_JAR:-}" ]]; then
	psql -d postgres -Atc "SELECT 1 FROM pg_database WHERE datname = 'petclinic_bench'" | grep -q 1 \
		|| createdb petclinic_bench
	POSTGRES_URL="jdbc:postgresql://$PGHOST:$PGPORT/petclinic_bench" POSTGRES_USER="$PGUSER" \
		POSTGRES_PASS="${PGPASSWORD:-}" java -Xmx1g -XX:+UseParallelGC -jar "$PETCLINIC_JAR" --spring.profiles.active=postgres \
		--server.port="$petclinic_port" >"$work/petclinic.log" 2>&1 &
	pids+=($!)
	petclinic=http://127.0.0.1:$petclinic_port
	wait_for "$petclinic/owners?lastName=" 180
fi

# Every live listing's page, in a random order.
psql -d "$db" -Atc "SELECT '/products/' || id FROM product WHERE status = 'LIVE' ORDER BY random()" >"$work/products.txt"

encoding=()
[[ -n "${ENCODING:-}" ]] && encoding=(-H "Accept-Encoding: $ENCODING")
declare -A url=(
	[petclinic-owners]="$petclinic/owners?lastName="
	[home]="$mall/"
	[category]="$mall/products?category=furniture-interior"
	[search]="$mall/products?q=%EC%9B%90%EB%AA%A9"
	[product]="$mall"
)
pages=(home category search product)

run() { # name connections duration -> RESULT line
	local name=$1
	if [[ $name == product ]]; then
		PATHS="$work/products.txt" wrk "${encoding[@]}" -t"$threads" -c"$2" -d"$3" -s "$here/wrk/paths.lua" "${url[$name]}" | grep '^RESULT'
	else
		wrk "${encoding[@]}" -t"$threads" -c"$2" -d"$3" -s "$here/wrk/report.lua" "${url[$name]}" | grep '^RESULT'
	fi
}

echo "warming up ($warmup a page)" >&2
for name in "${pages[@]}"; do run "$name" 8 "$warmup" >/dev/null; done
[[ -n "$petclinic" ]] && run petclinic-owners 8 "$warmup" >/dev/null

echo "| round | page | requests/s | p50 ms | p99 ms | non-2xx | socket errors |"
echo "| --- | --- | --- | --- | --- | --- | --- |"
for round in $(seq 1 "$rounds"); do
	for name in "${pages[@]}"; do
		if [[ -n "$petclinic" ]]; then
			read -r _ rps p50 p99 status errors < <(run petclinic-owners "$connections" "$duration")
			echo "| $round | petclinic /owners?lastName= | $rps | $p50 | $p99 | $status | $errors |"
		fi
		read -r _ rps p50 p99 status errors < <(run "$name" "$connections" "$duration")
		label=${url[$name]#"$mall"}
		[[ $name == product ]] && label=/products/{id}
		echo "| $round | $name $label | $rps | $p50 | $p99 | $status | $errors |"
	done
done
echo "(wrk -t$threads -c$connections -d$duration; $(nproc) cores; load average before the last run: $(cut -d' ' -f1-3 /proc/loadavg))"
