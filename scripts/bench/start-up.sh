#!/usr/bin/env bash
# Start-up time (issue 20 item 7, docs/performance.md), side by side with spring-petclinic:
#   scripts/bench/start-up.sh DBNAME [ROUNDS]
# Times the launch of each to the first 200 from /actuator/health (polled every 0.1 s), taking
# turns, ROUNDS times (default 3): the packaged jar as README's run command starts it (-Xmx1g
# -XX:+UseParallelGC, no demo profile), the same build extracted with its class data sharing archive
# (scripts/cds-archive.sh, made first into target/app on DBNAME), and spring-petclinic when
# PETCLINIC_JAR names its jar (the same JVM options, its postgres profile, on the database petclinic_bench, made if
# missing). DBNAME holds the mall's schema already, so no run applies migrations: time one
# fresh database apart. Prints one markdown table; each run's log is kept in a temporary folder.
# Settings (environment): PETCLINIC_JAR, PORT (8301), PGHOST/PGPORT/PGUSER.
set -euo pipefail

db=${1:?usage: scripts/bench/start-up.sh DBNAME [ROUNDS]}
rounds=${2:-3}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
port=${PORT:-8301}
work=$(mktemp -d /tmp/bench-start-up-XXXX)
source "$here/lib.sh"

jar=$(ls "$root"/target/valuemall-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [[ -z "$jar" ]]; then
	(cd "$root" && ./mvnw -B -q package -DskipTests -Djacoco.skip=true)
	jar=$(ls "$root"/target/valuemall-*.jar | grep -v original | head -1)
fi
settings=(--server.port="$port" --spring.datasource.url="jdbc:postgresql://$PGHOST:$PGPORT/$db"
	--spring.datasource.username="$PGUSER" --spring.datasource.password="${PGPASSWORD:-}")
"$root/scripts/cds-archive.sh" "$root/target/app" -- "${settings[@]}" >/dev/null
kinds=(jar cds)
if [[ -n "${PETCLINIC_JAR:-}" ]]; then
	psql -d postgres -Atc "SELECT 1 FROM pg_database WHERE datname = 'petclinic_bench'" | grep -q 1 \
		|| createdb petclinic_bench
	kinds+=(petclinic)
fi

# Starts one kind in the background, its pid in $started.
launch() {
	case $1 in
	jar) java -Xmx1g -XX:+UseParallelGC -jar "$jar" "${settings[@]}" >"$work/$1-$2.log" 2>&1 & ;;
	cds) (cd "$root/target/app" && exec java -Xmx1g -XX:+UseParallelGC -XX:SharedArchiveFile=application.jsa -jar valuemall.jar \
		"${settings[@]}") >"$work/$1-$2.log" 2>&1 & ;;
	petclinic) POSTGRES_URL="jdbc:postgresql://$PGHOST:$PGPORT/petclinic_bench" POSTGRES_USER="$PGUSER" \
		POSTGRES_PASS="${PGPASSWORD:-}" java -Xmx1g -XX:+UseParallelGC -jar "$PETCLINIC_JAR" --spring.profiles.active=postgres \
		--server.port="$port" >"$work/$1-$2.log" 2>&1 & ;;
	esac
	started=$!
}

declare -A times
for round in $(seq 1 "$rounds"); do
	for kind in "${kinds[@]}"; do
		begin=$(date +%s%N)
		launch "$kind" "$round"
		pids=("$started")
		for _ in $(seq 1 1200); do
			curl -fs -o /dev/null "http://127.0.0.1:$port/actuator/health" && break
			kill -0 "$started" 2>/dev/null || { echo "$kind stopped: see $work/$kind-$round.log" >&2; exit 1; }
			sleep 0.1
		done
		ms=$((($(date +%s%N) - begin) / 1000000))
		times[$kind,$round]=$(printf '%d.%d s' $((ms / 1000)) $((ms % 1000 / 100)))
		kill "$started"
		wait "$started" 2>/dev/null || true
		sleep 3
	done
done

declare -A labels=([jar]="the jar" [cds]="extracted, with the CDS archive" [petclinic]="petclinic")
header="| run |"
rule="| --- |"
for kind in "${kinds[@]}"; do
	header+=" ${labels[$kind]} |"
	rule+=" --- |"
done
echo "$header"
echo "$rule"
for round in $(seq 1 "$rounds"); do
	row="| $round |"
	for kind in "${kinds[@]}"; do row+=" ${times[$kind,$round]} |"; done
	echo "$row"
done
echo "(logs: $work)"
