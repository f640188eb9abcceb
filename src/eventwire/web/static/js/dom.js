// DOM helpers. Every string from the API goes in as a text node: nothing here parses HTML,
// so an article's "<script>" is shown as the characters it is.

/**
 * Create an element. `attrs`: "class", "text" (textContent), "dataset" (object), "on<event>"
 * (listener), anything else via setAttribute (never "style": the CSP forbids style attributes;
 * set element.style instead). Children: nodes, or strings added as text.
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === "class") node.className = value;
    else if (name === "text") node.textContent = String(value);
    else if (name === "dataset") Object.assign(node.dataset, value);
    else if (name.startsWith("on") && typeof value === "function") {
      node.addEventListener(name.slice(2), value);
    } else if (name === "style" || name.startsWith("on")) {
      throw new Error(`el(): attribute ${name} is not allowed`);
    } else node.setAttribute(name, value === true ? "" : String(value));
  }
  append(node, children);
  return node;
}

/** Append nodes or strings (as text); null, undefined and false are skipped. */
export function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Remove every child, then append `children`. */
export function fill(node, ...children) {
  node.replaceChildren();
  return append(node, children);
}

export const $ = (selector, root = document) => root.querySelector(selector);

/** An in-app link: `#/...` built from path parts (each encoded). */
export function hashLink(text, parts, query = "", attrs = {}) {
  const path = parts.map((p) => encodeURIComponent(p)).join("/");
  return el("a", { href: `#/${path}${query ? `?${query}` : ""}`, ...attrs }, text);
}

/** A link out to an article's own page: only http(s) URLs become links, anything else text. */
export function externalLink(url) {
  if (typeof url !== "string" || !/^https?:\/\//i.test(url)) return url ? el("span", { text: url }) : null;
  return el("a", { href: url, target: "_blank", rel: "noopener noreferrer" }, url);
}

/** A definition list from [label, value] pairs; values may be nodes or strings. */
export function fields(pairs, cls = "fields") {
  const dl = el("dl", { class: cls });
  for (const [label, value] of pairs) {
    dl.append(el("dt", { text: label }), el("dd", {}, value ?? el("span", { class: "muted", text: "—" })));
  }
  return dl;
}

const tooltip = () => document.getElementById("tooltip");

/** Show the shared tooltip with `content` next to the mouse event. */
export function showTooltip(event, ...content) {
  const tip = tooltip();
  fill(tip, ...content);
  tip.hidden = false;
  const pad = 14;
  const { innerWidth, innerHeight } = window;
  const rect = tip.getBoundingClientRect();
  let left = event.clientX + pad;
  let top = event.clientY + pad;
  if (left + rect.width > innerWidth - 4) left = event.clientX - rect.width - pad;
  if (top + rect.height > innerHeight - 4) top = event.clientY - rect.height - pad;
  tip.style.left = `${Math.max(4, left)}px`;
  tip.style.top = `${Math.max(4, top)}px`;
}

export function hideTooltip() {
  tooltip().hidden = true;
}
