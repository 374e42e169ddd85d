#!/usr/bin/env bash
# The tool package test: packs `aigov` as .NET 10 RID-specific tool packages into a local folder feed, checks each
# package, installs the tool from the feed as a user would (`dotnet tool install aigov`), checks that linux-x64 got the
# NativeAOT executable, installs the framework-dependent fallback (`aigov.any`, what every platform without its own
# package gets), and fails unless both print exactly the same. Then the native tool runs the sample assessment and
# builds the website.
#
#   bash tests/AiGov.Catalog.PackageTests/tool.sh          # leaves the feed in artifacts/tool-feed, the tools in artifacts/tool-tests
#
# Needs linux-x64 (the NativeAOT package is compiled on the platform it is for), clang or gcc, and zlib.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
project="$root/src/AiGov.Catalog.Cli/AiGov.Catalog.Cli.csproj"
feed="$root/artifacts/tool-feed"
out="$root/artifacts/tool-tests"
fail() { echo "tool package check failed: $*" >&2; exit 1; }

test "$(uname -s)-$(uname -m)" = "Linux-x86_64" || fail "the NativeAOT package is built on linux-x64 only (this is $(uname -s)-$(uname -m))"
version="$(dotnet msbuild "$project" -getProperty:PackageVersion -p:Configuration=Release)"
rm -rf "$feed" "$out"
mkdir -p "$feed" "$out"
# A tool package takes every file of its publish folder: files left there by an earlier publish would be packed too.
rm -rf "$root"/src/AiGov.Catalog.Cli/bin/Release/net10.0/*/publish

echo "== pack aigov $version: the pointer package, then one package per runtime identifier"
start=$(date +%s)
dotnet pack "$project" -c Release -o "$feed" --nologo -v quiet
dotnet pack "$project" -c Release -o "$feed" --nologo -v quiet -r any
dotnet pack "$project" -c Release -o "$feed" --nologo -v quiet -r linux-musl-x64
echo "   pointer, any and linux-musl-x64 packed in $(( $(date +%s) - start )) s"
start=$(date +%s)
# NativeAOT links with clang when it is on PATH, otherwise with gcc.
linker=()
command -v clang >/dev/null 2>&1 || linker=(-p:CppCompilerAndLinker=gcc)
pack_status=0
dotnet pack "$project" -c Release -o "$feed" --nologo -r linux-x64 "${linker[@]}" > "$out/pack-linux-x64.log" 2>&1 || pack_status=$?
test "$pack_status" -eq 0 || { grep -E 'error|warning' "$out/pack-linux-x64.log" || true; fail "the NativeAOT pack failed (see $out/pack-linux-x64.log)"; }
if grep -E 'warning (IL[0-9]+|CS[0-9]+)' "$out/pack-linux-x64.log"; then fail "trimming/AOT warnings in the NativeAOT pack"; fi
echo "   linux-x64 (NativeAOT) packed in $(( $(date +%s) - start )) s, no trimming/AOT warning"

echo "== check the packages"
list() { unzip -Z1 "$feed/$1.$version.nupkg" | LC_ALL=C sort > "$out/$1-files.txt"; }
for id in aigov aigov.any aigov.linux-musl-x64 aigov.linux-x64; do
  test -f "$feed/$id.$version.nupkg" || fail "$id.$version.nupkg was not packed"
  list "$id"
done
test "$(find "$feed" -name '*.nupkg' | wc -l)" -eq 4 || fail "the feed has other packages than the four: $(ls "$feed")"
unzip -p "$feed/aigov.$version.nupkg" tools/any/any/DotnetToolSettings.xml > "$out/pointer-settings.xml"
for rid in linux-x64 linux-musl-x64 any; do
  grep -q "<RuntimeIdentifierPackage RuntimeIdentifier=\"$rid\" Id=\"aigov.$rid\"" "$out/pointer-settings.xml" || fail "the pointer package does not list aigov.$rid"
done
if grep -q '\.dll$' "$out/aigov-files.txt"; then fail "the pointer package carries an implementation"; fi
unzip -p "$feed/aigov.linux-x64.$version.nupkg" tools/any/linux-x64/DotnetToolSettings.xml > "$out/linux-x64-settings.xml"
grep -q 'EntryPoint="aigov" Runner="executable"' "$out/linux-x64-settings.xml" || fail "aigov.linux-x64 is not run as a native executable"
# The executable and its settings, nothing else: no assembly (not a NativeAOT build), no 80 MB of native symbols.
grep '^tools/' "$out/aigov.linux-x64-files.txt" > "$out/linux-x64-tools.txt" || true
printf 'tools/any/linux-x64/DotnetToolSettings.xml\ntools/any/linux-x64/aigov\n' | diff -u - "$out/linux-x64-tools.txt" || fail "aigov.linux-x64 carries other files than the executable"
for id in any linux-musl-x64; do
  unzip -p "$feed/aigov.$id.$version.nupkg" "tools/net10.0/$id/DotnetToolSettings.xml" > "$out/$id-settings.xml"
  grep -q 'EntryPoint="aigov.dll" Runner="dotnet"' "$out/$id-settings.xml" || fail "aigov.$id is not framework-dependent"
done
echo "   pointer → linux-x64 (native $(unzip -l "$feed/aigov.linux-x64.$version.nupkg" tools/any/linux-x64/aigov | tail -1 | awk '{print $1}') bytes), linux-musl-x64, any (framework-dependent)"

echo "== install from the feed: dotnet tool install aigov (the cached copies of $version are dropped first)"
packages="$(dotnet nuget locals global-packages --list | sed 's/^global-packages: //')"
for id in aigov aigov.any aigov.linux-musl-x64 aigov.linux-x64; do rm -rf "${packages%/}/$id/$version"; done
dotnet tool install --tool-path "$out/native" --add-source "$feed" --version "$version" aigov > "$out/install-native.log"
native="$out/native/aigov"
target="$(readlink -f "$native")"
case "$target" in */aigov.linux-x64/*) ;; *) fail "the installed aigov is not from aigov.linux-x64: $target";; esac
# An ELF file (7f 'E' 'L' 'F') for x86-64 (e_machine 0x3e at offset 18), not a script or an apphost beside a .dll.
test "$(od -An -tx1 -N4 "$target" | tr -d ' \n')" = 7f454c46 || fail "the installed aigov is not an ELF executable: $target"
test "$(od -An -tx1 -j18 -N2 "$target" | tr -d ' \n')" = 3e00 || fail "the installed aigov is not an x86-64 executable: $target"
if find "$(dirname "$target")" -name '*.dll' | grep -q .; then fail "the native tool was installed with assemblies"; fi
echo "   $native → ${target#"$out/"}: an x86-64 ELF executable, $(wc -c < "$target") bytes, no assembly beside it"
# The fallback, as `dotnet tool install aigov` installs it on a platform without its own package.
dotnet tool install --tool-path "$out/jit" --add-source "$feed" --version "$version" aigov.any > "$out/install-jit.log"
jit="$out/jit/aigov"
test -f "$out/jit/.store/aigov.any/$version/aigov.any/$version/tools/net10.0/any/aigov.dll" || fail "aigov.any was not installed with its assemblies"

echo "== the native tool and the framework-dependent one print the same"
compare() {
  local name="$1"; shift
  "$native" "$@" > "$out/native-$name.txt"
  "$jit" "$@" > "$out/jit-$name.txt"
  cmp -s "$out/native-$name.txt" "$out/jit-$name.txt" || { diff -u "$out/jit-$name.txt" "$out/native-$name.txt" | head -40; fail "aigov $* prints something else natively"; }
}
compare show show 1.0:3.1.1.a
compare show-json show 2.0:3.1.1.a --json
compare search search 信息茧房
compare list list --edition 3.0 --kind measure
compare diff diff 1.0 2.0 --format md
compare matrix matrix --edition 2.0 --format csv
"$native" export --format json --out "$out/export-native" > /dev/null
"$jit" export --format json --out "$out/export-jit" > /dev/null
cmp -s "$out/export-native/aigov-catalog.json" "$out/export-jit/aigov-catalog.json" || fail "aigov export --format json writes another file natively"
echo "   show, show --json, search, list, diff, matrix and export --format json: identical"

echo "== the native tool on the sample assessment, a workbook and the website"
"$native" assess validate "$root/samples/assessments/example-1.0.yaml"
"$native" assess migrate "$root/samples/assessments/example-1.0.yaml" --to 2.0 --out "$out/example-2.0.yaml" > /dev/null
"$native" assess report "$out/example-2.0.yaml" --format html --out "$out/report.html" > /dev/null
"$native" assess init --edition 2.0 --format xlsx --out "$out/template.xlsx" > /dev/null
"$native" assess validate "$out/template.xlsx" > "$out/template-validate.txt"
"$jit" assess validate "$out/template.xlsx" > "$out/template-validate-jit.txt"
cmp -s "$out/template-validate.txt" "$out/template-validate-jit.txt" || fail "the workbook template validates differently natively"
"$native" site --out "$out/site" --base-url https://example.org/aigov/ > /dev/null
test -f "$out/site/index.html" && test -f "$out/site/assets/search-index.js" || fail "the website is incomplete"
echo "tool packages: pointer + linux-x64 (NativeAOT) + linux-musl-x64 + any; native and framework-dependent outputs identical"
