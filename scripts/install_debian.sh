#!/usr/bin/env bash
# Install Debian packages the tests need (called by `make browser` and `make postgres`):
#   scripts/install_debian.sh chromium
#   scripts/install_debian.sh postgresql   # the tests start their own server; Debian's is stopped
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
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "$@" >/dev/null
# Debian's postgresql package starts a cluster of its own; the tests never use it.
if [[ " $* " == *" postgresql "* ]]; then
  $SUDO service postgresql stop >/dev/null 2>&1 || true
fi
