#!/usr/bin/env bash
# The package consumer test: packs AiGov.Catalog into a local folder feed, checks the package's contents, restores a
# separate consumer project from the feed (a PackageReference, not a ProjectReference), runs it under the JIT, runs it
# again built for net8.0 (so on the netstandard2.0 asset), publishes it with NativeAOT, runs the native binary, and
# fails unless all three print exactly the same.
#
#   bash tests/AiGov.Catalog.PackageTests/run.sh            # everything
#   AIGOV_SKIP_AOT=1 bash tests/AiGov.Catalog.PackageTests/run.sh   # without the NativeAOT part
#
# NativeAOT needs clang (or gcc) and zlib; on Debian: apt-get install -y clang zlib1g-dev.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
feed="$root/artifacts/package-feed"
out="$root/artifacts/package-tests"
project="$root/src/AiGov.Catalog/AiGov.Catalog.csproj"
consumer="$here/Consumer/Consumer.csproj"

version="$(dotnet msbuild "$project" -getProperty:PackageVersion -p:Configuration=Release)"
rm -rf "$feed" "$out" "$here/Consumer/bin" "$here/Consumer/obj"
mkdir -p "$feed" "$out"

echo "== pack AiGov.Catalog $version into $feed"
dotnet pack "$project" -c Release -o "$feed" --nologo -v quiet
nupkg="$feed/AiGov.Catalog.$version.nupkg"
snupkg="$feed/AiGov.Catalog.$version.snupkg"
test -f "$nupkg" && test -f "$snupkg"

echo "== check the package"
unzip -Z1 "$nupkg" | sort > "$out/nupkg-files.txt"
unzip -p "$nupkg" AiGov.Catalog.nuspec > "$out/AiGov.Catalog.nuspec"
fail() { echo "package check failed: $*" >&2; exit 1; }
for file in lib/net10.0/AiGov.Catalog.dll lib/net10.0/AiGov.Catalog.xml lib/netstandard2.0/AiGov.Catalog.dll lib/netstandard2.0/AiGov.Catalog.xml README.md; do
  grep -qx "$file" "$out/nupkg-files.txt" || fail "$file is missing"
done
# Listed into a file first: `unzip | grep -q` under pipefail fails at random when grep exits before unzip (SIGPIPE).
unzip -Z1 "$snupkg" | sort > "$out/snupkg-files.txt"
grep -qx lib/net10.0/AiGov.Catalog.pdb "$out/snupkg-files.txt" || fail "the snupkg has no net10.0 PDB"
grep -q '<license type="expression">MIT</license>' "$out/AiGov.Catalog.nuspec" || fail "no license expression"
grep -q '<readme>README.md</readme>' "$out/AiGov.Catalog.nuspec" || fail "no package README"
grep -q '<repository type="git" url="https://github.com/' "$out/AiGov.Catalog.nuspec" || fail "no repository metadata"
grep -q 'commit="[0-9a-f]\{40\}"' "$out/AiGov.Catalog.nuspec" || fail "no repository commit"
if grep -Eiq 'YamlDotNet|Generators|PolySharp|Microsoft\.CodeAnalysis' "$out/AiGov.Catalog.nuspec"; then
  fail "a build-time package leaked into the dependencies"
fi
grep -q 'targetFramework="net10.0"' "$out/AiGov.Catalog.nuspec" || fail "no net10.0 dependency group"
grep -q 'targetFramework=".NETStandard2.0"' "$out/AiGov.Catalog.nuspec" || fail "no netstandard2.0 dependency group"
echo "   files: $(tr '\n' ' ' < "$out/nupkg-files.txt")"

echo "== restore the consumer from the local feed (the cached copy of AiGov.Catalog $version is dropped first)"
packages="$(dotnet nuget locals global-packages --list | sed 's/^global-packages: //')"
rm -rf "${packages%/}/aigov.catalog/$version"
dotnet restore "$consumer" -p:AiGovCatalogVersion="$version" --nologo -v quiet
resolved="$(grep -o '"AiGov.Catalog/[^"]*"' "$here/Consumer/obj/project.assets.json" | head -1)"
grep -q "\"path\": \"aigov.catalog/$version\"" "$here/Consumer/obj/project.assets.json" || fail "the consumer did not resolve AiGov.Catalog $version from the feed ($resolved)"
if grep -q 'AiGov.Catalog.csproj' "$here/Consumer/obj/project.assets.json"; then fail "the consumer references the project, not the package"; fi

echo "== run under the JIT"
dotnet build "$consumer" -c Release --no-restore --nologo -v quiet -p:AiGovCatalogVersion="$version" > "$out/build.log" || { cat "$out/build.log"; fail "the consumer does not build"; }
dotnet "$here/Consumer/bin/Release/net10.0/Consumer.dll" > "$out/jit.txt"
cat "$out/jit.txt"

echo "== run on the netstandard2.0 asset (the same consumer built for net8.0, rolled forward to the installed runtime)"
dotnet restore "$consumer" -p:TargetFramework=net8.0 -p:AiGovCatalogVersion="$version" --nologo -v quiet
grep -q '"lib/netstandard2.0/AiGov.Catalog.dll"' "$here/Consumer/obj/project.assets.json" || fail "the net8.0 consumer does not use the netstandard2.0 asset"
dotnet build "$consumer" -c Release --no-restore --nologo -v quiet -p:TargetFramework=net8.0 -p:RollForward=Major -p:AiGovCatalogVersion="$version" > "$out/build-ns20.log" \
  || { cat "$out/build-ns20.log"; fail "the net8.0 consumer does not build"; }
dotnet "$here/Consumer/bin/Release/net8.0/Consumer.dll" > "$out/netstandard2.0.txt"
if ! diff -u "$out/jit.txt" "$out/netstandard2.0.txt"; then fail "the netstandard2.0 asset prints something else than the net10.0 asset"; fi
echo "   identical to the net10.0 asset's output"

if [ "${AIGOV_SKIP_AOT:-0}" = "1" ]; then
  echo "== NativeAOT skipped (AIGOV_SKIP_AOT=1)"
  echo "package consumer: JIT ok, AOT skipped"
  exit 0
fi

echo "== publish with NativeAOT (linux-x64)"
start=$(date +%s)
# NativeAOT links with clang when it is on PATH, otherwise with gcc (both ship with Debian's toolchains).
linker=()
command -v clang >/dev/null 2>&1 || linker=(-p:CppCompilerAndLinker=gcc)
publish_status=0
dotnet publish "$consumer" -c Release -r linux-x64 -p:PublishAot=true -p:AiGovCatalogVersion="$version" "${linker[@]}" \
  -o "$out/aot" --nologo > "$out/publish.log" 2>&1 || publish_status=$?
grep -E 'warning|error|->' "$out/publish.log" || true
test "$publish_status" -eq 0 || fail "the NativeAOT publish failed (see $out/publish.log)"
if grep -E 'warning (IL[0-9]+|CS[0-9]+)' "$out/publish.log"; then fail "trimming/AOT warnings in the publish"; fi
echo "   published in $(( $(date +%s) - start )) s; native binary $(du -h "$out/aot/Consumer" | cut -f1)"

echo "== run the native binary"
"$out/aot/Consumer" > "$out/aot.txt"
if ! diff -u "$out/jit.txt" "$out/aot.txt"; then fail "the NativeAOT binary prints something else than the JIT build"; fi
echo "package consumer: net10.0 JIT, netstandard2.0 JIT and NativeAOT outputs identical ($(wc -l < "$out/jit.txt") lines)"
