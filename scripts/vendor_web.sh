#!/usr/bin/env bash
# Re-vendor the dashboard's front-end libraries from the pinned manifest in web-vendor/.
#
#   scripts/vendor_web.sh          # npm ci, then copy dist files + licences into the package
#
# Needs node/npm and the npm registry once; the copied files are committed, so running the
# dashboard (and its tests) needs neither. To upgrade a library: edit the version in
# web-vendor/package.json, run `npm install --ignore-scripts` in web-vendor/ to refresh
# package-lock.json, run this script, look at the dashboard, commit both folders.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SRC="$ROOT/web-vendor/node_modules"
DEST="$ROOT/src/eventwire/web/static/vendor"

(cd "$ROOT/web-vendor" && npm ci --ignore-scripts --no-audit --no-fund)

rm -rf "$DEST"
mkdir -p "$DEST"

# copy PACKAGE FILE... : files of node_modules/PACKAGE into vendor/PACKAGE/, same relative path
# with dist/ dropped.
copy() {
  local pkg="$1"
  shift
  for file in "$@"; do
    local target="$DEST/$pkg/${file#dist/}"
    mkdir -p "$(dirname "$target")"
    cp "$SRC/$pkg/$file" "$target"
  done
}

copy d3 dist/d3.min.js LICENSE
# d3's bundle includes these packages; their licences travel with it.
for dep in delaunator robust-predicates internmap; do
  cp "$SRC/$dep/LICENSE" "$DEST/d3/LICENSE.$dep"
done
copy leaflet dist/leaflet.js dist/leaflet.css LICENSE \
  dist/images/layers.png dist/images/layers-2x.png \
  dist/images/marker-icon.png dist/images/marker-icon-2x.png dist/images/marker-shadow.png
copy leaflet.markercluster dist/leaflet.markercluster.js dist/MarkerCluster.css \
  dist/MarkerCluster.Default.css MIT-LICENCE.txt
copy topojson-client dist/topojson-client.min.js LICENSE
# The offline base map: Natural Earth 1:50m country outlines as TopoJSON.
copy world-atlas countries-50m.json LICENSE

# Drop the source-map comments: the maps are not shipped, and nothing should point at a
# file the server does not have.
for js in "$DEST/leaflet/leaflet.js" "$DEST/leaflet.markercluster/leaflet.markercluster.js"; do
  sed -i '/^\/\/# sourceMappingURL=/d' "$js"
done

# What was copied, at which version (read by the tests and docs/dashboard.md).
node -e '
  const lock = require(process.argv[1]);
  const names = ["d3", "leaflet", "leaflet.markercluster", "topojson-client", "world-atlas"];
  const out = {};
  for (const n of names) out[n] = lock.packages["node_modules/" + n].version;
  process.stdout.write(JSON.stringify(out, null, 2) + "\n");
' "$ROOT/web-vendor/package-lock.json" > "$DEST/versions.json"

du -sh "$DEST"
