#!/bin/sh
# Builds the zips for machines without Java (mvn -B -Pdist package runs this after the jar):
#   jixiao-VERSION-linux-x64.zip    launchers, jar, a jlinked Java runtime with a CDS archive
#   jixiao-VERSION-windows-x64.zip  launchers and jar only: a Windows runtime can only be linked
#                                   from a Windows JDK's jmods, and the build has none
# usage: assemble.sh VERSION TARGET_DIR JDK_HOME   (JDK_HOME must hold jmods/, JDK 17)
# Needs: jlink and jdeps from JDK_HOME, zip, unzip.
set -eu

version=$1
target=$2
jdk=${JIXIAO_JLINK_JDK:-$3}
dist=$(CDPATH='' cd -- "$(dirname -- "$0")" && pwd)
jar=$target/jixiao.jar
work=$target/dist

for tool in zip unzip; do
  command -v "$tool" >/dev/null 2>&1 || { echo "assemble: '$tool' is needed (apt-get install $tool)" >&2; exit 1; }
done
if [ ! -d "$jdk/jmods" ]; then
  echo "assemble: no $jdk/jmods to link a runtime from: install the JDK's jmods" \
    "(Debian: openjdk-17-jdk-headless, or openjdk-17-jmods where it is split off) or set JIXIAO_JLINK_JDK" >&2
  exit 1
fi

rm -rf "$work"
mkdir -p "$work"

# stage DIR PLATFORM RUNTIME_ZH RUNTIME_EN: what both zips hold, under one top folder "jixiao".
stage() {
  mkdir -p "$1/bin" "$1/lib"
  # The version names the launcher's per-user class-data-sharing archive.
  sed -e "s|@VERSION@|$version|" "$dist/bin/jixiao" >"$1/bin/jixiao"
  cp "$dist/bin/jixiao.bat" "$1/bin/"
  chmod 755 "$1/bin/jixiao"
  cp "$jar" "$1/lib/jixiao.jar"
  # README.txt is CRLF so that Notepad on an old Windows shows its lines.
  sed -e "s|@VERSION@|$version|" -e "s|@PLATFORM@|$2|" -e "s|@RUNTIME_ZH@|$3|" -e "s|@RUNTIME_EN@|$4|" \
    -e 's/$/\r/' "$dist/README.txt" >"$1/README.txt"
}

linux=$work/linux/jixiao
stage "$linux" linux-x64 \
  "本包自带 Java 运行环境（runtime 文件夹），不需要另外安装 Java。" \
  "This package carries its own Java runtime (the runtime folder): no Java needs to be installed."

# jlink cannot link the jar's automatic modules, so link the JDK modules the jar needs and run
# the jar on them. jdk.localedata: Chinese locale data for machines whose default locale is zh_CN.
# jdk.jfr is left out: only JDBI refers to it, to report statements to Flight Recorder when the
# module is there, and setting that up cost every database command ~40 ms (docs/benchmarks.md).
modules=$("$jdk/bin/jdeps" --multi-release 17 --ignore-missing-deps --print-module-deps "$jar" \
  | sed -e 's/,jdk\.jfr//' -e 's/^jdk\.jfr,//')
"$jdk/bin/jlink" --add-modules "$modules,jdk.localedata" --include-locales=en,zh \
  --strip-debug --no-man-pages --no-header-files --output "$linux/runtime"

# SQLite's native library unpacked once here, instead of into a temp folder on every run.
unzip -p "$jar" org/sqlite/native/Linux/x86_64/libsqlitejdbc.so >"$linux/lib/libsqlitejdbc.so"

# The runtime's default CDS archive, made again from the JDK's class list plus the JDK classes
# our commands load (trained through the launcher, so with its VM options). Only JDK classes:
# JDK 17 ties an archive of application classes to the jar's absolute path, which changes with
# wherever the zip is unzipped, while the runtime's own classes move with it.
training=$work/training
mkdir -p "$training"
train() {
  XDG_DATA_HOME=$training JIXIAO_CDS=off JIXIAO_JAVA_OPTS="-XX:DumpLoadedClassList=$training/$1.classlist" \
    "$linux/bin/jixiao" "$@" >/dev/null
}
train score --target '≥20(个)' --actual '85(个)' --weight 6
train demo
train list --format json
train show 1
train check 1 --format json || true   # exit status 1: the published forms have mismatches
cat "$linux/runtime/lib/classlist" "$training"/*.classlist | awk '!seen[$0]++' >"$training/all.classlist"
# Application classes in the list are skipped with a warning each: not on this class path.
"$linux/runtime/bin/java" -Xshare:dump -Xlog:cds=off -Xlog:cds+dynamic=off \
  -XX:SharedClassListFile="$training/all.classlist" \
  -XX:SharedArchiveFile="$linux/runtime/lib/server/classes.jsa" >/dev/null
rm -rf "$training"

windows=$work/windows/jixiao
stage "$windows" windows-x64 \
  "注意：本包不含 Java 运行环境，需要 Java 17 或更高版本（java 在 PATH 中，或设置 JAVA_HOME）。Windows 版运行环境只能用 Windows 版 JDK 制作，构建时没有。" \
  "Note: this package carries no Java runtime. It needs Java 17 or later (java on PATH, or JAVA_HOME set): a Windows runtime can only be made from a Windows JDK, which the build does not have."

for platform in linux windows; do
  zip_file=$target/jixiao-$version-$platform-x64.zip
  rm -f "$zip_file"
  (cd "$work/$platform" && zip -q -r -9 "$zip_file" jixiao)
  echo "assemble: $zip_file ($(du -k "$zip_file" | cut -f1) KB)"
done
