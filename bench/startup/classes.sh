#!/usr/bin/env bash
# Classes loaded per command (-Xlog:class+load), for docs/benchmarks.md: in all, picocli's,
# jixiao's, JDBI's, Jackson's, and how many came from a CDS archive.
# usage: bench/startup/classes.sh JAR_OR_LAUNCHER ...
#   a .jar runs as java -jar on the machine's java; anything else is the zip's bin/jixiao, which
#   gets the logging option through JIXIAO_JAVA_OPTS (and runs once first to make its archive)
# Runs on the demo database in a temporary data folder.
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_DATA_HOME="$work/data"
cp examples/selfeval-2024-yaoshisuo.json "$work/form.json"
echo "| launch | command | classes | picocli | jixiao | JDBI | Jackson | from CDS |"
echo "|:---|:---|---:|---:|---:|---:|---:|---:|"
for launch in "$@"; do
  case $launch in
    *.jar) run() { java -Xlog:class+load:file="$work/log" -jar "$launch" "$@"; } ;;
    *) run() { JIXIAO_JAVA_OPTS=-Xlog:class+load:file="$work/log" "$launch" "$@"; } ;;
  esac
  run demo >/dev/null
  for command in "score --target ≥20(个) --actual 85(个) --weight 6" "list" "show 1" "check $work/form.json" "--help"; do
    # shellcheck disable=SC2086 # the command's words
    run $command >/dev/null 2>&1 || true
    log=$(grep 'class,load' "$work/log" || true)
    rm -f "$work/log"
    count() { printf '%s\n' "$log" | grep -c "$1" || true; }
    printf '| `%s` | `%s` | %d | %d | %d | %d | %d | %d |\n' "$launch" "${command/$work\//}" "$(count .)" \
      "$(count ' picocli\.')" "$(count ' jixiao\.')" "$(count ' org\.jdbi\.')" "$(count ' com\.fasterxml\.')" \
      "$(count 'shared objects file')"
  done
done
