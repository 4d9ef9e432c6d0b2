#!/usr/bin/env bash
# Vendors a pinned subset of the Lucide icon set (lucide-static, ISC licence) as one web resource,
# src/wireframes/src/main/resources/io/plainframe/wireframes/web/plainframe-editor-icons.js, with the package's
# LICENSE beside it (plainframe-editor-icons.LICENSE). The editor loads the script; the server's SvgRenderer reads
# the same file (IconSet), so both draw an icon from one copy.
#
#   fetch-icons.sh           re-download the pinned tarball, verify its integrity, rewrite the two files
#   fetch-icons.sh --check   only verify that the committed files equal a fresh build (exit 1 otherwise)
#
# Needs npm (and so node) and tar; only updating or checking does. The build uses the committed files.
# To update: change the version and integrity (`npm view lucide-static@<version> dist.integrity`) or the ICONS
# list, run this script, review, commit.
set -euo pipefail

# ---- pins ------------------------------------------------------------------------
PACKAGE=lucide-static
VERSION=1.87.0
INTEGRITY=sha512-PqBn/aXv1MQLE18HqRO9iBzaH7nehke0Yu9B1Js/PFv0penav2j7LcyHr7lf30ssB1cNjW13OkuYmFfOwYGj+g==
ICONS="activity alarm-clock archive arrow-down arrow-down-up arrow-left arrow-right arrow-up at-sign award battery
bell bluetooth book bookmark box briefcase cake calendar camera chart-bar chart-column chart-pie check
chevron-down chevron-left chevron-right chevron-up circle circle-check circle-x clipboard clock cloud code coffee
cog copy credit-card database download ellipsis ellipsis-vertical eye eye-off file file-text film flag folder
funnel gift globe hash heart house image inbox info italic key laptop layers layout-dashboard layout-grid
lightbulb link list loader loader-circle lock lock-open log-in log-out mail map map-pin menu message-circle
message-square mic minus monitor moon panel-left paperclip pause pen pencil pencil-line phone play plus printer
refresh-cw repeat rocket rss save scissors search send server settings share shield shopping-bag shopping-cart
shuffle sliders-horizontal smartphone sparkles square square-pen star sun table tablet tag target terminal
thermometer thumbs-down thumbs-up toggle-left toggle-right trash trending-up truck tv type umbrella underline
upload user user-plus users video volume-2 wifi x zap zoom-in zoom-out"
# -----------------------------------------------------------------------------------

umask 022
export LC_ALL=C
die() { printf 'fetch-icons: ERROR: %s\n' "$*" >&2; exit 1; }

mode=write
case "${1:-}" in
  "") ;;
  --check) mode=check ;;
  *) die "unknown argument '$1' (use --check, or no argument)" ;;
esac
for cmd in npm node tar cmp; do
  command -v "$cmd" >/dev/null 2>&1 || die "'$cmd' is needed but not on PATH"
done

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
web="$script_dir/../src/main/resources/io/plainframe/wireframes/web"
[ -d "$web" ] || die "no folder $web"
work=$(mktemp -d "${TMPDIR:-/tmp}/fetch-icons.XXXXXX")
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm pack --silent "$PACKAGE@$VERSION" >/dev/null) || die "npm pack $PACKAGE@$VERSION failed"
tgz=$(ls "$work"/*.tgz)
actual="sha512-$(node -e 'process.stdout.write(require("crypto").createHash("sha512")
  .update(require("fs").readFileSync(process.argv[1])).digest("base64"))' "$tgz")"
[ "$actual" = "$INTEGRITY" ] || die "integrity mismatch for $PACKAGE@$VERSION: pinned $INTEGRITY, got $actual"
tar -xzf "$tgz" -C "$work"

# Each icon as [[tag, {attribute: value}], ...] from the package's icon-nodes.json, keeping only the shapes and
# attributes both renderers draw; anything else stops the script rather than being dropped quietly.
node - "$work/package" "$VERSION" "$ICONS" >"$work/icons.js" <<'JS'
const [dir, version, list] = process.argv.slice(2);
const nodes = require(dir + '/icon-nodes.json');
const allowed = {path: ['d'], circle: ['cx', 'cy', 'r', 'fill'], rect: ['x', 'y', 'width', 'height', 'rx', 'ry'],
  line: ['x1', 'y1', 'x2', 'y2'], ellipse: ['cx', 'cy', 'rx', 'ry'], polyline: ['points'], polygon: ['points']};
const out = {};
for (const name of list.split(/\s+/).filter(Boolean).sort()) {
  if (!nodes[name]) { console.error('no icon ' + name); process.exit(1); }
  out[name] = nodes[name].map(([tag, attrs]) => {
    if (!allowed[tag]) { console.error(name + ': unexpected <' + tag + '>'); process.exit(1); }
    const kept = {};
    for (const key of Object.keys(attrs).sort()) {
      if (key === 'key') { continue; }
      if (!allowed[tag].includes(key)) { console.error(name + ': unexpected ' + key); process.exit(1); }
      if (key === 'fill' && attrs[key] !== 'currentColor' && attrs[key] !== 'none') { process.exit(1); }
      kept[key] = String(attrs[key]);
    }
    return [tag, kept];
  });
}
process.stdout.write('/* Written by src/wireframes/icons/fetch-icons.sh from lucide-static@' + version
  + ' (ISC licence: plainframe-editor-icons.LICENSE); do not edit. 24 by 24, stroked. The server reads the line '
  + 'below. */\n(window.PlainframeEditor = window.PlainframeEditor || {}).icons =\n'
  + JSON.stringify(out) + '\n;\n');
JS
cp "$work/package/LICENSE" "$work/icons.LICENSE"

if [ "$mode" = check ]; then
  cmp -s "$work/icons.js" "$web/plainframe-editor-icons.js" || die "plainframe-editor-icons.js differs from a fresh build"
  cmp -s "$work/icons.LICENSE" "$web/plainframe-editor-icons.LICENSE" || die "the LICENSE differs"
  echo "fetch-icons: OK ($PACKAGE@$VERSION)"
  exit 0
fi
cp "$work/icons.js" "$web/plainframe-editor-icons.js"
cp "$work/icons.LICENSE" "$web/plainframe-editor-icons.LICENSE"
echo "fetch-icons: wrote $(node -e 'console.log(Object.keys(JSON.parse(require("fs").readFileSync(process.argv[1],"utf8").split("\n")[2])).length)' "$web/plainframe-editor-icons.js") icons from $PACKAGE@$VERSION"
