# Sourced by bin/spoofguard-server, bin/spoofguard-check and bin/spoofguard-posture: builds what is missing (one Maven reactor build,
# so our modules come from their own target/ jars, never from a stale ~/.m2 copy) and sets SPOOFGUARD_CP.
# Runtime scope only (the property is includeScope, not mdep.includeScope): no JUnit, AssertJ or test helpers.
# shellcheck shell=bash
spoofguard_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
spoofguard_jar="$spoofguard_root/server/target/spoofguard-server-0.1.0-SNAPSHOT.jar"
spoofguard_cp_file="$spoofguard_root/server/target/classpath.txt"
spoofguard_newest=$(cd "$spoofguard_root" && find pom.xml */pom.xml */src/main -newer "$spoofguard_cp_file" -print -quit 2>/dev/null || true)
if [[ ! -f "$spoofguard_jar" || ! -f "$spoofguard_cp_file" || -n "$spoofguard_newest" ]]; then
    echo "spoofguard: building (first start or sources changed)..." >&2
    (cd "$spoofguard_root" && mvn -q -B package -DskipTests -pl server -am \
        dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -DincludeScope=runtime)
fi
SPOOFGUARD_CP="$spoofguard_jar:$(cat "$spoofguard_cp_file")"
