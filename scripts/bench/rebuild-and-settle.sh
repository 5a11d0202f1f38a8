#!/usr/bin/env bash
# Issue 20 item 6: times the report roll-up rebuild and a settlement run on a database that
# scripts/bench/fill-database.sh filled, as staff start them (docs/performance.md):
#   scripts/bench/rebuild-and-settle.sh DBNAME [PORT]
# 1. adds the settlement lines of the confirmed shipments that have none (settlement-lines.sql),
#    and gives the benchmark stores valid business registration numbers (registration-numbers.sql),
#    then vacuums the settlement lines;
# 2. starts the mall on PORT (default 8140) with the scheduled settlement off;
# 3. signs in as the demo's admin, starts the rebuild at /admin/reports and waits for it;
# 4. clears the last closed month's statements if an earlier measurement made them, starts
#    that month's run at /admin/settlements and waits for it;
# 5. prints both times, as the database recorded them (started_at to finished_at).
# PostgreSQL is reached as PGHOST/PGPORT/PGUSER (default 127.0.0.1, 5432, postgres).
# BENCH_JAR=path runs another build (an older one, to compare); BENCH_ONLY=rebuild or settle
# measures one of the two; BENCH_SETTLE_LIMIT=seconds stops waiting for the run after that
# long and reports how far it got (for a build too slow to wait for).
set -euo pipefail

db=${1:?usage: scripts/bench/rebuild-and-settle.sh DBNAME [PORT]}
port=${2:-8140}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
base="http://127.0.0.1:$port"
q() { psql -d "$db" -Atc "$1"; }

only=${BENCH_ONLY:-}
jar=${BENCH_JAR:-$(ls "$root"/target/valuemall-*.jar 2>/dev/null | grep -v original | head -1 || true)}
if [[ -z "$jar" ]]; then
	(cd "$root" && ./mvnw -B -q -o package -DskipTests -Djacoco.skip=true)
	jar=$(ls "$root"/target/valuemall-*.jar | grep -v original | head -1)
fi

echo "settlement lines of confirmed shipments, valid registration numbers of the benchmark stores"
psql -q -d "$db" -f "$here/settlement-lines.sql" >/dev/null
psql -q -d "$db" -f "$here/registration-numbers.sql" >/dev/null
# As autovacuum would have long since done to a month's lines: the first read of a million
# freshly inserted rows otherwise also writes their hint bits (the first run measured 189 s
# straight after the add-on, the next run over the same rows 21 s).
psql -q -d "$db" -c "VACUUM ANALYZE settlement_line" >/dev/null

log=$(mktemp /tmp/bench-rebuild-settle-XXXX.log)
echo "starting the mall on $port (log: $log)"
java -Xmx1g -XX:+UseParallelGC -jar "$jar" --server.port="$port" --valuemall.settlement.schedule=- \
	--spring.datasource.url="jdbc:postgresql://$PGHOST:$PGPORT/$db" --spring.datasource.username="$PGUSER" \
	--spring.datasource.password="${PGPASSWORD:-}" >"$log" 2>&1 &
app=$!
cookies=$(mktemp /tmp/bench-cookies-XXXX)
trap 'kill $app 2>/dev/null || true; rm -f "$cookies"' EXIT
for _ in $(seq 1 180); do
	curl -sf "$base/actuator/health" >/dev/null 2>&1 && break
	kill -0 $app 2>/dev/null || { echo "the mall stopped: see $log" >&2; exit 1; }
	sleep 1
done

token() { curl -s -b "$cookies" -c "$cookies" "$base$1" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
curl -s -o /dev/null -b "$cookies" -c "$cookies" --data-urlencode "email=admin@example.com" \
	--data-urlencode "password=valuemall-demo" --data-urlencode "_csrf=$(token /login)" "$base/login"

echo "order lines: $(q "SELECT count(*) FROM order_line"), paid orders: $(q "SELECT count(*) FROM customer_order WHERE paid_at IS NOT NULL"), settlement lines: $(q "SELECT count(*) FROM settlement_line")"
if [[ "$only" != settle ]]; then
echo "rebuilding the roll-ups"
before=$(q "SELECT coalesce(max(id), 0) FROM report_rebuild")
curl -s -o /dev/null -w "POST /admin/reports/rebuild: %{http_code}\n" -b "$cookies" -c "$cookies" \
	--data-urlencode "_csrf=$(token /admin/reports)" "$base/admin/reports/rebuild"
while [[ "$(q "SELECT state FROM report_rebuild WHERE id > $before ORDER BY id DESC LIMIT 1")" == RUNNING ]]; do
	sleep 2
done
q "SELECT 'rebuild ' || id || ': ' || state || ', ' || orders_done || ' of ' || orders_total || ' orders in '
	|| round(extract(epoch FROM finished_at - started_at)::numeric, 1) || ' s' FROM report_rebuild WHERE id > $before"

fi
[[ "$only" == rebuild ]] && exit 0

period=$(q "SELECT to_char(date_trunc('month', now() AT TIME ZONE 'Asia/Seoul') - interval '1 month', 'YYYY-MM-DD')")
if [[ "$(q "SELECT count(*) FROM settlement_statement WHERE period_start = '$period'")" != 0 ]]; then
	echo "clearing the statements of $period an earlier measurement made"
	q "DELETE FROM settlement_statement_item WHERE statement_id IN
		(SELECT id FROM settlement_statement WHERE period_start = '$period');
		DELETE FROM settlement_statement WHERE period_start = '$period'" >/dev/null
fi
# A run an earlier measurement left behind (stopped with BENCH_SETTLE_LIMIT) ends here.
q "UPDATE settlement_run SET state = 'FAILED', finished_at = now() WHERE state = 'RUNNING'" >/dev/null
echo "settling $period"
before=$(q "SELECT coalesce(max(id), 0) FROM settlement_run")
curl -s -o /dev/null -w "POST /admin/settlements/runs: %{http_code}\n" -b "$cookies" -c "$cookies" \
	--data-urlencode "_csrf=$(token /admin/settlements)" --data-urlencode "period=$period" "$base/admin/settlements/runs"
waited=0
while [[ "$(q "SELECT state FROM settlement_run WHERE id > $before ORDER BY id DESC LIMIT 1")" == RUNNING ]]; do
	if [[ -n "${BENCH_SETTLE_LIMIT:-}" && $waited -ge $BENCH_SETTLE_LIMIT ]]; then
		q "SELECT 'settlement run ' || id || ' still running after ${waited} s: ' || sellers_done || ' of ' || sellers_total
			|| ' sellers, ' || statements_created || ' statements' FROM settlement_run WHERE id > $before"
		exit 0
	fi
	sleep 2
	waited=$((waited + 2))
done
q "SELECT 'settlement run ' || r.id || ': ' || r.state || ', ' || r.sellers_done || ' of ' || r.sellers_total
	|| ' sellers, ' || r.statements_created || ' statements, '
	|| (SELECT count(*) FROM settlement_statement_item i JOIN settlement_statement s ON s.id = i.statement_id
		WHERE s.run_id = r.id) || ' lines and adjustments in '
	|| round(extract(epoch FROM r.finished_at - r.started_at)::numeric, 1) || ' s'
	FROM settlement_run r WHERE r.id > $before"
