#!/usr/bin/env bash
# Prepares the mall to start faster with class data sharing (CDS, Spring Boot's "Class Data
# Sharing" and "Efficient Deployments" pages): the packaged jar is extracted into DIR and started
# once as a training run, which stops as soon as the application context has refreshed and leaves
# DIR/application.jsa, the classes it loaded as the JVM keeps them. Starts from DIR with that archive
# then take about a third less time (docs/performance.md, "Start-up").
#
# Usage: scripts/cds-archive.sh [DIR] [-- SETTINGS...]
#   DIR      where to put the extracted mall (default target/app); it is made afresh.
#   SETTINGS passed to the training run as to the real one, e.g. --spring.profiles.active=prod;
#            the environment (SPRING_DATASOURCE_URL, the secrets ...) is passed as it is. The
#            training run needs the mall's database: it starts the mall as far as a real start
#            does before it serves, so Flyway applies any new migration, as that start would.
# Then start the mall from DIR with the archive (the paths must stay as they are):
#   cd DIR && java -Xmx1g -XX:+UseParallelGC -XX:SharedArchiveFile=application.jsa -jar valuemall.jar [SETTINGS...]
# Make the archive again for every new build, and after a Java update: a JVM that cannot use the
# archive says so in one warning line and starts without it, as slowly as before.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
dir=$root/target/app
if [[ $# -gt 0 && "$1" != -- ]]; then
	dir=$1
	shift
fi
[[ "${1:-}" == -- ]] && shift

jar=$(ls "$root"/target/valuemall-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [[ -z "$jar" ]]; then
	(cd "$root" && ./mvnw -B -q package -DskipTests -Djacoco.skip=true)
	jar=$(ls "$root"/target/valuemall-*.jar | grep -v original | head -1)
fi

rm -rf "$dir"
# One name for the application jar whatever the version, so the run command stays the same.
java -Djarmode=tools -jar "$jar" extract --destination "$dir" --application-filename valuemall.jar >/dev/null

echo "training run in $dir (the log: $dir/training.log)"
started=$(date +%s)
if ! (cd "$dir" && java -Xmx1g -XX:+UseParallelGC -XX:ArchiveClassesAtExit=application.jsa -Dspring.context.exit=onRefresh \
	-jar valuemall.jar "$@" >training.log 2>&1); then
	tail -20 "$dir/training.log" >&2
	echo "the training run failed: see $dir/training.log" >&2
	exit 1
fi
if [[ ! -s "$dir/application.jsa" ]]; then
	echo "the training run left no archive: see $dir/training.log" >&2
	exit 1
fi
echo "archive $dir/application.jsa ($(du -h "$dir/application.jsa" | cut -f1)) in $(($(date +%s) - started)) s; start the mall with"
echo "  cd $dir && java -Xmx1g -XX:+UseParallelGC -XX:SharedArchiveFile=application.jsa -jar valuemall.jar${*:+ $*}"
