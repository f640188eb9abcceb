#!/usr/bin/env bash
# Install Debian's PostgreSQL server for the store tests (called by `make postgres`). The tests
# start their own throwaway server (tests/pgserver.py); nothing here starts one.
# Exits non-zero, changing nothing, where packages cannot be installed by this user.
set -euo pipefail
if [ "$(id -u)" -eq 0 ]; then
  SUDO=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  SUDO="sudo -n"
else
  echo "not root and no passwordless sudo" >&2
  exit 1
fi
command -v apt-get >/dev/null 2>&1 || { echo "no apt-get on this machine" >&2; exit 1; }
$SUDO apt-get update -qq
# Debian's package creates and starts a cluster; the tests never use it, so stop it again.
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends postgresql >/dev/null
$SUDO service postgresql stop >/dev/null 2>&1 || true
ls -d /usr/lib/postgresql/*/bin/postgres
