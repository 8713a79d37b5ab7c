# Sourced by the start-up benchmarks, from the repository's top folder: unzips this build's Linux
# zip into a new temporary folder, $work, which is removed when the script exits.
version=$(sed -n 's/^version=//p' app/target/classes/jixiao/app/build.properties)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && unzip -q "$OLDPWD/app/target/jixiao-$version-linux-x64.zip")
