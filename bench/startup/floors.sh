#!/usr/bin/env bash
# The start-up floors beside jixiao (docs/benchmarks.md): the JVM with one class, picocli with one
# command of four options (annotations, and the programmatic API), and the domain alone; each on
# the zip's runtime with the launcher's VM options and an AppCDS archive of its own, and jixiao's
# launcher itself, in interleaved rounds.
# usage: bench/startup/floors.sh   (after mvn -B -Pdist package -DskipTests; needs unzip)
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=bench/dist/unzipped.sh
. bench/dist/unzipped.sh
java=$work/jixiao/runtime/bin/java
picocli=$(ls picocli/target/jixiao-picocli-*.jar)
mkdir -p "$work/classes"
javac -XDstringConcat=inline -d "$work/classes" -cp "$picocli:domain/target/classes" bench/startup/floors/*.java
cp -r domain/target/classes/jixiao "$work/classes/"
# Java 17 archives classes from jars only, not from folders.
jar cf "$work/floors.jar" -C "$work/classes" .
cp "$picocli" "$work/picocli.jar"
flags="-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:-UsePerfData -Xlog:cds=off -Xlog:cds+dynamic=off"
cp_floor="$work/floors.jar:$work/picocli.jar"
floor() { # floor NAME MAIN ARGS...: trains an archive on MAIN ARGS, then prints the command (without ARGS) that uses it
  local name=$1; shift
  $java $flags -XX:ArchiveClassesAtExit="$work/$name.jsa" -cp "$cp_floor" "$@" >/dev/null
  echo "$java $flags -XX:SharedArchiveFile=$work/$name.jsa -cp $cp_floor $1"
}
hello=$(floor hello Hello)
picocli_hello=$(floor picocli PicocliHello --target "≥20(个)" --actual "85(个)" --weight 6 --format text)
programmatic=$(floor programmatic PicocliProgrammatic --target '≥20(个)' --actual '85(个)' --weight 6 --format text)
domain=$(floor domain DomainOnly '≥20(个)' '85(个)' 6)
export XDG_DATA_HOME="$work/data"
"$work/jixiao/bin/jixiao" demo >/dev/null   # the first run: makes the per-user archive
uptime
bench/startup/interleaved.sh -r "${ROUNDS:-20}" "java -version" "$hello" \
  "$picocli_hello --target '≥20(个)' --actual '85(个)' --weight 6 --format text" \
  "$programmatic --target '≥20(个)' --actual '85(个)' --weight 6 --format text" \
  "$domain '≥20(个)' '85(个)' 6" \
  "$work/jixiao/bin/jixiao score --target '≥20(个)' --actual '85(个)' --weight 6" \
  | sed "s|$work|…|g"
uptime
