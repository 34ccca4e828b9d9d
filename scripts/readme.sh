#!/usr/bin/env bash
# README.md is put together from the sections in docs/readme/ (one per area); run after editing them.
set -euo pipefail
cd "$(dirname "$0")/../docs/readme"
{
  for f in 00-intro 01-employee absences-attendances breadth recruiting triggers faults queue-mode hardening e2e-start-bench browser 80-limits; do
    cat "$f.md"; echo
  done
} > ../../README.md
