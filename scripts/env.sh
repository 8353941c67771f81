# Sourced by the other scripts: the tool versions this project pins, and a PATH on which trunk finds
# them (cargo-installed tools, then wasm-opt from the npm package binaryen ahead of any system one).
# shellcheck shell=bash
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

# The versions are read by the scripts that source this file.
# shellcheck disable=SC2034
TRUNK_VERSION="0.21.14"
# wasm-bindgen-cli must equal the wasm-bindgen crate in Cargo.lock.
# shellcheck disable=SC2034
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)"
# shellcheck disable=SC2034
WASM_OPT_VERSION="132"
# shellcheck disable=SC2034
CARGO_DENY_VERSION="0.20.2"
# shellcheck disable=SC2034
GECKODRIVER_VERSION="0.36.0"

export PATH="$ROOT/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"

step() { printf '\n==> %s\n' "$*"; }
