// The map: an offline base map of country outlines (world-atlas TopoJSON, no tile server) and
// the events with a located place, coloured by quad class, clustered where dense.

import { getJSON } from "./api.js";
import { el } from "./dom.js";
import { QUADS, quadName } from "./format.js";

const BASE_MAP = "/static/vendor/world-atlas/countries-50m.json";
const MAX_MARKERS = 5000;

function clusterIcon(cluster) {
  const markers = cluster.getAllChildMarkers();
  const counts = [0, 0, 0, 0];
  const places = new Map();
  for (const marker of markers) {
    counts[(marker.options.quad ?? 1) - 1] += 1;
    places.set(marker.options.place, (places.get(marker.options.place) ?? 0) + 1);
  }
  // A ring shows the share of each quad class; the CSP allows styles set through the CSSOM.
  let angle = 0;
  const stops = [];
  counts.forEach((count, i) => {
    if (!count) return;
    const next = angle + (count / markers.length) * 360;
    stops.push(`${QUADS[i + 1].color} ${angle}deg ${next}deg`);
    angle = next;
  });
  const n = markers.length;
  const size = n < 10 ? 30 : n < 100 ? 38 : 46;
  const where = [...places].sort((a, b) => b[1] - a[1]).map(([name, k]) => `${name} (${k})`);
  const title = `${n} events: ${where.slice(0, 6).join(", ")}${where.length > 6 ? ", …" : ""}`;
  const ring = el("div", { class: "ew-cluster", title, "aria-label": title }, el("span", { text: String(n) }));
  ring.style.background = `conic-gradient(${stops.join(", ")})`;
  return L.divIcon({ html: ring, className: "ew-cluster-icon", iconSize: L.point(size, size) });
}

function tooltipContent(p) {
  return el(
    "div",
    { class: "map-tip" },
    el("strong", { text: p.type }),
    el("span", { class: "muted", text: ` · ${quadName(p.quad)}` }),
    el("br"),
    `${p.place_name ?? ""} · ${p.date ?? "undated"}`,
  );
}

/** Unwrap rings that jump across the antimeridian (Fiji, Chukotka) so that a flat map does not
 * draw a stripe across the world: each point is moved by 360° to stay near the previous one. */
function unwrap(geometry) {
  const ring = (points) => {
    let shift = 0;
    return points.map(([lon, lat], i) => {
      if (i > 0) {
        const previous = points[i - 1][0];
        if (lon - previous > 180) shift -= 360;
        else if (previous - lon > 180) shift += 360;
      }
      return [lon + shift, lat];
    });
  };
  if (geometry?.type === "Polygon") geometry.coordinates = geometry.coordinates.map(ring);
  if (geometry?.type === "MultiPolygon") geometry.coordinates = geometry.coordinates.map((poly) => poly.map(ring));
  return geometry;
}

export function createMap(container, { onSelect }) {
  const map = L.map(container, { minZoom: 1, maxZoom: 12, worldCopyJump: true, zoomSnap: 0.5 });
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution("Leaflet · country outlines: Natural Earth via world-atlas");
  map.setView([20, 15], 2);
  const cluster = L.markerClusterGroup({
    showCoverageOnHover: false,
    maxClusterRadius: 42,
    spiderfyDistanceMultiplier: 1.4,
    iconCreateFunction: clusterIcon,
  }).addTo(map);
  const byKey = new Map();
  let selected = null;

  const base = fetch(BASE_MAP)
    .then((response) => response.json())
    .then((topo) => {
      const land = topojson.feature(topo, topo.objects.countries);
      for (const feature of land.features) unwrap(feature.geometry);
      L.geoJSON(land, {
        renderer: L.canvas({ padding: 0.5 }),
        interactive: false,
        style: { color: "#9aa9b8", weight: 0.6, fillColor: "#f4f1ea", fillOpacity: 1 },
      }).addTo(map);
      cluster.bringToFront?.();
    });

  async function load(filters) {
    const geo = await getJSON("/api/events.geojson", { ...filters, limit: MAX_MARKERS });
    cluster.clearLayers();
    byKey.clear();
    const markers = geo.features.map((feature) => {
      const [lon, lat] = feature.geometry.coordinates;
      const p = feature.properties;
      const icon = L.divIcon({ className: `ew-marker q${p.quad}`, iconSize: [14, 14], html: "" });
      const marker = L.marker([lat, lon], {
        icon,
        quad: p.quad,
        place: p.place_name ?? "unnamed place",
        keyboard: false,
      });
      marker.bindTooltip(tooltipContent(p), { direction: "top", offset: [0, -8] });
      marker.on("click", () => onSelect(p.key));
      // Named for screen readers (and tests); the icon element is new each time it is shown.
      marker.on("add", () => marker.getElement()?.setAttribute("aria-label", `${p.type} · ${p.place_name ?? ""} · ${p.date ?? "undated"}`));
      byKey.set(p.key, marker);
      return marker;
    });
    cluster.addLayers(markers);
    if (markers.length) {
      map.fitBounds(L.latLngBounds(markers.map((m) => m.getLatLng())).pad(0.35), { maxZoom: 6 });
    }
    await base;
    if (selected) select(selected);
    return geo.features.length;
  }

  function select(key) {
    for (const node of container.querySelectorAll(".ew-marker.selected")) node.classList.remove("selected");
    selected = key;
    const marker = key ? byKey.get(key) : null;
    marker?.getElement()?.classList.add("selected");
  }

  return { load, select, resize: () => map.invalidateSize(), map, cluster };
}
