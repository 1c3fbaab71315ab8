#!/usr/bin/env bash
# Compiler cache on Linux, macOS and Windows: ccache found or installed, its directory under the workspace (what
# actions/cache saves), and CMake's launcher variables exported (CMake 3.17+ reads them from the environment).
# A missing ccache that cannot be installed is a warning, never a failed build.
# in: RUNNER_OS, GITHUB_WORKSPACE. The directory is $GITHUB_WORKSPACE/.ccache, the `.ccache` that actions/cache
# restores and saves: from the environment, not `${{ github.workspace }}`, which names the host's path even inside
# a container job.
set -euo pipefail
CCACHE_DIR=${GITHUB_WORKSPACE:-$PWD}/.ccache
mkdir -p "$CCACHE_DIR"
if ! command -v ccache >/dev/null 2>&1; then
  case "${RUNNER_OS:-Linux}" in
    Linux) if command -v apt-get >/dev/null 2>&1; then sudo -n apt-get install -y -q ccache >/dev/null 2>&1 || true
      elif command -v dnf >/dev/null 2>&1; then dnf install -y -q ccache >/dev/null 2>&1 || true
      elif command -v yum >/dev/null 2>&1; then yum install -y -q ccache >/dev/null 2>&1 || true; fi ;;
    macOS) brew install ccache >/dev/null 2>&1 || true ;;
    Windows) choco install ccache -y --no-progress >/dev/null 2>&1 || true ;;
  esac
fi
if ! command -v ccache >/dev/null 2>&1; then
  echo "::warning title=ccache::ccache is not installed and could not be installed on ${RUNNER_OS:-this runner}; building without a compiler cache"
  exit 0
fi
{
  echo "CCACHE_DIR=$CCACHE_DIR"
  echo "CCACHE_BASEDIR=${GITHUB_WORKSPACE:-$PWD}"
  echo "CCACHE_COMPRESS=1"
  echo "CCACHE_MAXSIZE=${CCACHE_MAXSIZE:-500M}"
  echo "CMAKE_C_COMPILER_LAUNCHER=ccache"
  echo "CMAKE_CXX_COMPILER_LAUNCHER=ccache"
} >>"$GITHUB_ENV"
ccache --zero-stats >/dev/null 2>&1 || true
echo "ccache $(ccache --version | head -n1) in $CCACHE_DIR"
