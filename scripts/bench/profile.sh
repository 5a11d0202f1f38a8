#!/usr/bin/env bash
# Where a running mall's CPU goes (docs/performance.md): async-profiler attached to it for
# SECONDS while a load test runs, CPU samples every 2 ms written as collapsed stacks (one
# line a stack, its sample count last), then the share of each part of a request printed.
#
#   scripts/bench/profile.sh PORT [SECONDS] [OUT]
#
# PORT is where the mall runs on 127.0.0.1 (its JVM is found by the port); OUT defaults to
# target/bench/profile.collapsed. async-profiler (tools.profiler:async-profiler from Maven
# Central, its Linux x64 library) is fetched once into target/bench. JFR's recordings took
# the product-page rate to a tenth on these machines; these samples cost a few per cent.
# Needs jcmd (the JDK), unzip and python3.
set -euo pipefail
port=${1:?usage: scripts/bench/profile.sh PORT [SECONDS] [OUT]}
seconds=${2:-20}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out=$(realpath -m "${3:-$root/target/bench/profile.collapsed}")
version=4.2
dir=$root/target/bench/async-profiler-$version
lib=$dir/linux-x64/libasyncProfiler.so
if [[ ! -f "$lib" ]]; then
	(cd "$root" && ./mvnw -B -q dependency:copy -Dartifact="tools.profiler:async-profiler:$version" \
		-DoutputDirectory=target/bench)
	unzip -q -o "$root/target/bench/async-profiler-$version.jar" 'linux-x64/*' -d "$dir"
fi
pid=$(ss -ltnp "sport = :$port" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
if [[ -z "$pid" ]]; then
	echo "nothing listens on port $port" >&2
	exit 1
fi
mkdir -p "$(dirname "$out")"
jcmd "$pid" "JVMTI.agent_load $lib \"start,event=cpu,interval=2ms\"" >/dev/null
sleep "$seconds"
jcmd "$pid" "JVMTI.agent_load $lib \"stop,file=$out,collapsed\"" >/dev/null
echo "profile: $out"
python3 "$here/profile-split.py" "$out"
