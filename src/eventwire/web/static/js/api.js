// The one place the dashboard calls the server: same-origin JSON, an optional read token.

const TOKEN_KEY = "eventwire.readToken";
let inflight = 0;

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

function setBusy(delta) {
  inflight += delta;
  document.documentElement.dataset.busy = String(inflight);
}

/** The URL of `path` with the non-empty `params` as its query. */
export function apiUrl(path, params = {}) {
  const url = new URL(path, window.location.origin);
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") url.searchParams.set(name, value);
  }
  return url;
}

/** GET JSON; throws ApiError with the server's {"error": {code, message}}. */
export async function getJSON(path, params = {}) {
  const headers = { Accept: "application/json" };
  const token = window.sessionStorage.getItem(TOKEN_KEY);
  if (token) headers.Authorization = `Bearer ${token}`;
  setBusy(1);
  try {
    const response = await fetch(apiUrl(path, params), { headers, credentials: "same-origin" });
    let body = null;
    try {
      body = await response.json();
    } catch {
      body = null;
    }
    if (!response.ok) {
      const error = body?.error ?? {};
      throw new ApiError(response.status, error.code ?? "", error.message ?? response.statusText);
    }
    return body;
  } finally {
    setBusy(-1);
  }
}

export function setToken(token) {
  if (token) window.sessionStorage.setItem(TOKEN_KEY, token);
  else window.sessionStorage.removeItem(TOKEN_KEY);
}
