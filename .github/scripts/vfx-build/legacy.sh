#!/usr/bin/env bash
# Cells of CY2022 and older (CentOS 7 images, glibc 2.17, where no node24 action can start): the whole cell runs on
# the host through one long-lived container, `docker run -d` then `docker exec` for each phase, so what the
# dependency script installs is still there for the build.
#
# Everything the container sees is passed explicitly: CC/CXX and every env name with `-e NAME` (the value travels
# in docker's environment, never on its command line), CMake arguments as separate arguments, ccache mounted.
# Commands work with each year's own CMake (3.9.4 in CY2018): no `cmake -S/-B` (3.13+), no `ctest --test-dir`
# (3.20+), no `cmake --build --parallel` below 3.12: the build directory is the working directory instead.
#
# in: IMAGE, CELL_ID, CC, CXX, GLOBAL_ENV (NAME=VALUE lines), CELL_ENV (JSON), BUILD_TYPE, CXX_STANDARD, GENERATOR,
#     CMAKE_ARGS, CELL_CMAKE_ARGS (JSON), CTEST_ARGS, CELL_CTEST_ARGS (JSON), CTEST_TIMEOUT, CTEST_PARALLEL, PARALLEL,
#     BUILD_TARGET, TESTS ('true' to test), MODE, EXCLUDE, DEPENDENCIES_LINUX, BUILD_SCRIPT, TEST_SCRIPT,
#     CONTAINER_OPTIONS, CCACHE ('true'), CELL (JSON) with CELL_CMAKE_MAP (cell-cmake-args), VFX_BUILD_ENV_NAMES (the
#     names cell.sh exported); the compiler cache is the workspace's .ccache, mounted at /ccache
set -euo pipefail
. "$(dirname "$0")/../lib.sh"
: "${IMAGE:?IMAGE is required}"
workspace=${GITHUB_WORKSPACE:-$PWD}
name="vfx-build-${GITHUB_RUN_ID:-local}-${GITHUB_RUN_ATTEMPT:-1}-${CELL_ID//[^A-Za-z0-9_.-]/-}"

# The environment the container gets: the global env, then the cell's (the cell wins), each name checked.
declare -a env_names=()
add_env() {
  local key=$1 value=$2
  valid_env_name "$key" || { echo "::error title=matrix env::invalid environment variable name '$(escape_data "$key")'"; exit 1; }
  export "$key=$value"
  env_names+=("$key")
}
while IFS= read -r line; do
  add_env "${line%%=*}" "${line#*=}"
done < <(setting_lines "${GLOBAL_ENV:-}")
lines=$(json_env_lines "${CELL_ENV:-}") || { echo "$lines"; exit 1; }
while IFS=$'\t' read -r key value; do
  if [ -n "$key" ]; then add_env "$key" "$value"; fi
done <<<"$lines"

run=(docker run -d --name "$name" -v "$workspace:/src" -w /src)
if [ -n "${CC:-}" ]; then export CC; run+=(-e CC); fi
if [ -n "${CXX:-}" ]; then export CXX; run+=(-e CXX); fi
# The names build scripts read (see the build job's env in vfx-build.yml).
for key in CMAKE_BUILD_TYPE CMAKE_CXX_STANDARD CTEST_TEST_TIMEOUT; do
  if [ -n "${!key:-}" ]; then run+=(-e "$key"); fi
done
for key in "${env_names[@]}"; do run+=(-e "$key"); done
# The names cell.sh exported from cell-env and cell-exports (their values are in this step's environment).
for key in ${VFX_BUILD_ENV_NAMES:-}; do
  if valid_env_name "$key"; then run+=(-e "$key"); fi
done
if [ "${CCACHE:-true}" = true ]; then
  CCACHE_DIR=$workspace/.ccache
  mkdir -p "$CCACHE_DIR"
  run+=(-v "$CCACHE_DIR:/ccache" -e CCACHE_DIR=/ccache -e CCACHE_BASEDIR=/src -e CCACHE_COMPRESS=1)
fi
mapfile -t options < <(words "${CONTAINER_OPTIONS:-}")
run+=("${options[@]}" "$IMAGE" tail -f /dev/null)

mkdir -p "$workspace/build"
echo "::group::start ${IMAGE}"
"${run[@]}"
trap 'docker rm -f "$name" >/dev/null 2>&1 || true' EXIT
echo "::endgroup::"
in_src() { docker exec -w /src "$name" "$@"; }
in_build() { docker exec -w /src/build "$name" "$@"; }

cmake_version=$(in_src cmake --version | sed -n 's/^cmake version \([0-9][0-9.]*\).*/\1/p' | head -n1)
: "${cmake_version:=0}"
version_at_least() { [ "$(printf '%s\n%s\n' "$2" "$1" | sort -V | head -n1)" = "$2" ]; }
echo "CMake ${cmake_version} in ${IMAGE}"

if [ -n "${DEPENDENCIES_LINUX:-}" ]; then
  valid_repo_path "$DEPENDENCIES_LINUX" || input_error dependencies-linux "$DEPENDENCIES_LINUX" 'a relative path of a script inside the repository'
  echo "::group::dependencies-linux: ${DEPENDENCIES_LINUX}"
  in_src bash "./$DEPENDENCIES_LINUX"
  echo "::endgroup::"
fi

jobs=$(processors "${PARALLEL:-0}")
if [ -n "${BUILD_SCRIPT:-}" ]; then
  echo "::group::build-script: ${BUILD_SCRIPT}"
  in_src bash "./$BUILD_SCRIPT"
  echo "::endgroup::"
else
  configure=(cmake /src -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-Release}")
  if [ -n "${CXX_STANDARD:-}" ]; then configure+=(-DCMAKE_CXX_STANDARD="$CXX_STANDARD"); fi
  if [ -n "${GENERATOR:-}" ]; then configure+=(-G "$GENERATOR"); fi
  if [ "${CCACHE:-true}" = true ]; then
    if in_src ccache --version >/dev/null 2>&1; then
      configure+=(-DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    else
      echo "::warning title=ccache::${IMAGE} has no ccache; building without a compiler cache"
    fi
  fi
  cmake_extra_args extra || exit 1
  echo "::group::configure"
  in_build "${configure[@]}" "${extra[@]}"
  echo "::endgroup::"
  build=(cmake --build . --config "${BUILD_TYPE:-Release}")
  if [ -n "${BUILD_TARGET:-}" ]; then build+=(--target "$BUILD_TARGET"); fi
  # --parallel arrived in CMake 3.12; before it the native tool takes -j.
  if version_at_least "$cmake_version" 3.12; then build+=(--parallel "$jobs"); else build+=(-- -j"$jobs"); fi
  echo "::group::build"
  in_build "${build[@]}"
  echo "::endgroup::"
fi

if [ "${TESTS:-true}" != true ]; then
  echo "tests not run in this cell (mode ${MODE:-full})"
  exit 0
fi
if [ -n "${TEST_SCRIPT:-}" ]; then
  in_src bash "./$TEST_SCRIPT"
  exit 0
fi
ctest=(ctest -C "${BUILD_TYPE:-Release}" --output-on-failure --timeout "${CTEST_TIMEOUT:-600}" -j "$(processors "${CTEST_PARALLEL:-0}")")
if [ "${MODE:-full}" = cpu-tests ] && [ -n "${EXCLUDE:-}" ]; then ctest+=(-E "$EXCLUDE"); fi
mapfile -t global < <(words "${CTEST_ARGS:-}")
mapfile -t cell < <(json_args "${CELL_CTEST_ARGS:-}")
in_build "${ctest[@]}" "${global[@]}" "${cell[@]}"
