#!/usr/bin/env bash
# Installs what Stegvis needs on a fresh Debian machine: system packages, then a
# virtual environment in .venv with the project (and its test tools with --test).
set -euo pipefail
cd "$(dirname "$0")/.."

want_tests=0
[ "${1:-}" = "--test" ] && want_tests=1

# espeak-ng: offline speech; ffmpeg: decoding uploaded recordings.
debs=(espeak-ng ffmpeg)
# zbar-tools and poppler-utils check the QR codes and PDFs; chromium runs the browser tests;
# wrk drives benchmarks/load.py.
[ "$want_tests" = 1 ] && debs+=(zbar-tools poppler-utils chromium wrk)

missing=()
for pkg in "${debs[@]}"; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if [ "${#missing[@]}" -gt 0 ]; then
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  echo "Installing Debian packages: ${missing[*]}"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
if [ "$want_tests" = 1 ]; then
  .venv/bin/python -m pip install -q -e '.[test]'
else
  .venv/bin/python -m pip install -q -e .
fi

# The participant's app at /app is a static build (Flutter engine and Pyodide from the
# flet-web package, the app's Python in one archive, precompressed): made once here.
.venv/bin/stegvis build-client
