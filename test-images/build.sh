#!/usr/bin/env bash
# Builds (once, then cached) the local images the tests run game servers from.
# No image registry is reachable from our machines, so the base comes from debootstrap.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
base=stellarstack/debian:bookworm

if ! docker image inspect "$base" >/dev/null 2>&1; then
  echo "test-images: building $base with debootstrap (a few minutes, once)"
  root=$(mktemp -d)
  trap 'rm -rf "$root"' EXIT
  debootstrap --variant=minbase bookworm "$root" http://deb.debian.org/debian >/dev/null
  tar -C "$root" -c . | docker import - "$base" >/dev/null
fi

for dir in "$here"/*/; do
  name=$(basename "$dir")
  tag="stellarstack/$name:test"
  if docker image inspect "$tag" >/dev/null 2>&1; then
    echo "test-images: $tag cached"
  else
    echo "test-images: building $tag"
    docker build -q -t "$tag" "$dir" >/dev/null
  fi
done
