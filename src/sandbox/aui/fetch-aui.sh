#!/usr/bin/env bash
# Vendors a pinned copy of Atlassian's AUI "prototyping" build (plus the jQuery it
# expects as a global) into src/sandbox/src/main/resources/aui/, which the sandbox
# serves at /<context>/aui/... the way Confluence/Jira serve AUI to plugins.
#
#   fetch-aui.sh           re-download the pinned tarballs, verify their integrity,
#                          and rewrite the vendored folder from them
#   fetch-aui.sh --check   only verify that the committed folder equals a fresh
#                          download (exit 1 otherwise); changes nothing
#
# Needs npm (and so node), tar and diff. Only updating or checking needs them: the
# build itself uses the committed files and needs nothing but a JDK.
#
# To update: change the version and integrity pins below (the integrity comes from
# `npm view <package>@<version> dist.integrity`), run this script, review, commit.
set -euo pipefail

# ---- pins ------------------------------------------------------------------------
AUI_PACKAGE=@atlassian/aui
AUI_VERSION=10.0.4
AUI_INTEGRITY=sha512-av0pOzGqeliN2EXLmD22MH3F8HHSj55NVzpX09fYLOuUeQXZ6mhZVGnuzH5Ovx34TV+mDXRmxSvsLn3Tf2VWyQ==

# AUI does not bundle jQuery: aui-prototyping.js reads window.jQuery when it loads.
# 3.5.1 is the jQuery AUI 10 itself builds and tests against (its devDependency);
# its peerDependency allows ^2 || ^3.
JQUERY_PACKAGE=jquery
JQUERY_VERSION=3.5.1
JQUERY_INTEGRITY=sha512-XwIBPqcMn57FxfT+Go5pzySnm4KWkT1Tv7gjrpT1srtf8Weynl6R273VJ5GjkRb51IzMp5nbaPjJXMWeju2MKg==
# -----------------------------------------------------------------------------------

umask 022
export LC_ALL=C

prog=fetch-aui
die() { printf '%s: ERROR: %s\n' "$prog" "$*" >&2; exit 1; }
say() { printf '%s: %s\n' "$prog" "$*"; }

mode=write
case "${1:-}" in
  "") ;;
  --check) mode=check ;;
  -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
  *) die "unknown argument '$1' (use --check, or no argument)" ;;
esac
[ $# -le 1 ] || die "too many arguments"

for cmd in npm node tar diff find sort; do
  command -v "$cmd" >/dev/null 2>&1 || die "'$cmd' is needed but not on PATH"
done

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
sandbox_dir=$(cd "$script_dir/.." && pwd)
target="$sandbox_dir/src/main/resources/aui"
case "$target" in
  */src/sandbox/src/main/resources/aui) ;;
  *) die "unexpected target folder '$target'" ;;
esac

work=$(mktemp -d "${TMPDIR:-/tmp}/fetch-aui.XXXXXX")
trap 'rm -rf "$work"' EXIT

# hash ALGO ENCODING FILE: prints the digest (node is always there when npm is).
hash() {
  node -e 'const c=require("crypto"),f=require("fs");
           process.stdout.write(c.createHash(process.argv[1]).update(f.readFileSync(process.argv[3])).digest(process.argv[2]))' \
       "$1" "$2" "$3"
}

# fetch NAME VERSION INTEGRITY: npm-packs NAME@VERSION into $work/NAME, checks the
# tarball against the pinned integrity and unpacks it; sets $pkg to the unpacked dir.
fetch() {
  local name=$1 version=$2 integrity=$3
  local dir="$work/$(printf '%s' "$name" | tr -c 'A-Za-z0-9.-' '_')"
  mkdir -p "$dir/dl"
  say "downloading $name@$version"
  if ! (cd "$dir/dl" && npm pack --silent "$name@$version") >"$dir/npm.out" 2>"$dir/npm.err"; then
    cat "$dir/npm.err" >&2
    die "npm pack $name@$version failed"
  fi
  local tgz
  tgz=$(find "$dir/dl" -maxdepth 1 -name '*.tgz' -type f)
  [ -n "$tgz" ] && [ "$(printf '%s\n' "$tgz" | wc -l)" -eq 1 ] \
    || die "npm pack $name@$version did not leave exactly one tarball in $dir/dl"
  local actual
  actual="sha512-$(hash sha512 base64 "$tgz")"
  if [ "$actual" != "$integrity" ]; then
    {
      echo
      echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!"
      echo "!! INTEGRITY MISMATCH for $name@$version"
      echo "!!   pinned:     $integrity"
      echo "!!   downloaded: $actual"
      echo "!! Either the pin is mistyped or the registry served a different tarball than"
      echo "!! the one pinned. Nothing was changed. Do not just copy the new value into the"
      echo "!! pin: find out first why the tarball for an already-published version changed."
      echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!"
    } >&2
    exit 1
  fi
  say "  integrity ok ($integrity)"
  mkdir -p "$dir/x"
  tar -xzf "$tgz" -C "$dir/x"
  pkg="$dir/x/package"
  [ -f "$pkg/package.json" ] || die "$name@$version: tarball has no package/package.json"
  local got
  got=$(node -e 'const p=require(process.argv[1]);process.stdout.write(p.name+"@"+p.version)' "$pkg/package.json")
  [ "$got" = "$name@$version" ] || die "tarball for $name@$version contains $got"
}

# put SRC DEST: copies one file into the staging folder, byte for byte.
put() {
  [ -f "$1" ] || die "expected file missing from the package: $1"
  mkdir -p "$(dirname "$stage/$2")"
  cp "$1" "$stage/$2"
  chmod 644 "$stage/$2"
}

stage="$work/stage"
mkdir -p "$stage"

# ---- AUI ---------------------------------------------------------------------------
fetch "$AUI_PACKAGE" "$AUI_VERSION" "$AUI_INTEGRITY"
aui="$pkg"
peer=$(node -e 'const p=require(process.argv[1]);process.stdout.write(((p.peerDependencies||{}).jquery)||"")' "$aui/package.json")
case " $peer " in
  *"^${JQUERY_VERSION%%.*}"*) ;;
  *) die "$AUI_PACKAGE@$AUI_VERSION wants jquery '$peer'; the pinned jquery $JQUERY_VERSION does not fit" ;;
esac

dist="$aui/dist/aui"
put "$dist/aui-prototyping.css" aui-prototyping.css
put "$dist/aui-prototyping.js"  aui-prototyping.js
put "$aui/LICENSE"              LICENSE

# Every url(...) in the CSS that is not a data: URI must resolve to a shipped file.
# (The .map files named by sourceMappingURL comments are deliberately left out: a
# browser asks for them only while its developer tools are open.)
assets=$(grep -o 'url([^)]*)' "$dist/aui-prototyping.css" \
         | sed -e 's/^url(//' -e 's/)$//' -e "s/^[\"']//" -e "s/[\"']\$//" \
         | grep -v '^data:' | sed -e 's/[?#].*$//' | sort -u)
[ -n "$assets" ] || die "found no url(...) assets in aui-prototyping.css; has the build changed?"
while IFS= read -r a; do
  case "$a" in
    /*|*://*|*..*) die "aui-prototyping.css references '$a', which cannot be vendored by relative path" ;;
  esac
  put "$dist/$a" "$a"
done <<<"$assets"

# ---- jQuery ------------------------------------------------------------------------
fetch "$JQUERY_PACKAGE" "$JQUERY_VERSION" "$JQUERY_INTEGRITY"
jq="$pkg"
put "$jq/dist/jquery.min.js" jquery/jquery.min.js
put "$jq/LICENSE.txt"        jquery/LICENSE.txt
if grep -q 'sourceMappingURL' "$stage/jquery/jquery.min.js"; then
  die "jquery.min.js names a source map; vendor it as well or choose another file"
fi

# ---- VERSION -----------------------------------------------------------------------
{
  echo "# Written by src/sandbox/aui/fetch-aui.sh; do not edit. Change the pins there and re-run it."
  echo "# package@version  tarball integrity (npm dist.integrity)  licence"
  echo "$AUI_PACKAGE@$AUI_VERSION $AUI_INTEGRITY Apache-2.0 (LICENSE)"
  echo "$JQUERY_PACKAGE@$JQUERY_VERSION $JQUERY_INTEGRITY MIT (jquery/LICENSE.txt)"
  echo "#"
  echo "# sha256 of each vendored file (all copied unchanged; jquery/* from $JQUERY_PACKAGE, the rest from $AUI_PACKAGE)"
  (cd "$stage" && find . -type f | sed 's|^\./||' | sort) | while IFS= read -r f; do
    printf '%s  %s\n' "$(hash sha256 hex "$stage/$f")" "$f"
  done
} >"$work/VERSION"
mv "$work/VERSION" "$stage/VERSION"

# ---- write or check ----------------------------------------------------------------
total=$(find "$stage" -type f -exec cat {} + | wc -c | tr -d ' ')
count=$(find "$stage" -type f | wc -l | tr -d ' ')

if [ "$mode" = check ]; then
  [ -d "$target" ] || die "$target does not exist; run $0 (without --check) to create it"
  if ! diff -rq "$stage" "$target" >"$work/diff.txt" 2>&1; then
    sed -e "s|$stage|<fresh download>|g" -e "s|$target|<committed>|g" "$work/diff.txt" >&2
    die "the committed AUI files in $target differ from a fresh download of" \
        "$AUI_PACKAGE@$AUI_VERSION + $JQUERY_PACKAGE@$JQUERY_VERSION; run $0 to restore them" \
        "(or, if the pins were changed on purpose, to bring the files in line)"
  fi
  say "OK: $target matches $AUI_PACKAGE@$AUI_VERSION + $JQUERY_PACKAGE@$JQUERY_VERSION ($count files, $total bytes)"
  exit 0
fi

rm -rf "$target"
mkdir -p "$(dirname "$target")"
cp -R "$stage" "$target"
say "wrote $target ($count files, $total bytes):"
(cd "$target" && find . -type f | sed 's|^\./|  |' | sort)
