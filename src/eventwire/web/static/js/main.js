// Boot and routing: one view per hash route, the filter bar, the status line, the read token.
//   #/                events: map, timeline, table, detail (filters and selection in the query)
//   #/stories         stories by first date
//   #/story/ID        one story: articles, fused events, disagreements
//   #/article/ID      one article: highlighted text beside its coded rows
//   #/network         actor network

import { ApiError, getJSON, setToken } from "./api.js";
import { $, el, fill } from "./dom.js";
import { renderArticle } from "./article.js";
import { renderEvents } from "./events.js";
import { initFilters, showFilters, syncFilters } from "./filters.js";
import { fmtInt } from "./format.js";
import { renderNetwork } from "./network.js";
import { currentRoute } from "./state.js";
import { renderStories, renderStory } from "./stories.js";

const VIEWS = {
  events: { section: "#view-events", render: renderEvents, filters: true },
  stories: { section: "#view-stories", render: renderStories },
  story: { section: "#view-story", render: renderStory, nav: "stories" },
  article: { section: "#view-article", render: renderArticle },
  network: { section: "#view-network", render: renderNetwork, filters: true },
};

function status(text, isError = false) {
  const line = $("#status");
  line.textContent = text;
  line.classList.toggle("error", isError);
}

function showStoreCounts(stats) {
  const counts = stats.store ?? {};
  fill(
    $("#store-counts"),
    ["articles", "events", "stories", "actors"].map((k) => el("span", {}, el("strong", { text: fmtInt(counts[k]) }), ` ${k}`)),
  );
}

function askForToken() {
  const form = $("#token-form");
  form.hidden = false;
  $("#token-input").focus();
}

let rendering = 0;

async function render() {
  const route = currentRoute();
  const view = VIEWS[route.name];
  const ticket = ++rendering;
  document.body.dataset.view = route.name;
  delete document.body.dataset.ready;
  for (const [name, v] of Object.entries(VIEWS)) $(v.section).hidden = name !== route.name;
  for (const link of document.querySelectorAll(".nav a[data-view]")) {
    link.classList.toggle("active", link.dataset.view === (view.nav ?? route.name));
  }
  showFilters(Boolean(view.filters));
  if (view.filters) syncFilters(route.params);
  status("Loading…");
  try {
    await view.render(route);
    if (ticket === rendering) status("");
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      askForToken();
      status("A read token is needed.", true);
    } else {
      status(error instanceof ApiError ? `${error.code} ${error.message}` : String(error.message ?? error), true);
    }
  } finally {
    if (ticket === rendering) {
      document.body.dataset.ready = route.name;
      document.body.dataset.rendered = String(ticket); // a count the browser tests wait on
    }
  }
}

async function boot() {
  $("#token-form").addEventListener("submit", (event) => {
    event.preventDefault();
    setToken($("#token-input").value.trim());
    window.location.reload();
  });
  try {
    showStoreCounts(await initFilters());
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      askForToken();
      status("A read token is needed.", true);
      return;
    }
    status(`Could not load the store's figures: ${error.message}`, true);
  }
  window.addEventListener("hashchange", render);
  await render();
}

boot();
