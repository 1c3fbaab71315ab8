# Shared helpers for the reusable workflows' step scripts in .github/scripts/<workflow>/ (sourced, never run). Every
# value reaches these scripts through the environment (`env:` in the workflow), never through `${{ }}` inside a
# script, so no input is ever shell code.

# The reusable workflow a script belongs to: the name of its folder (vfx-build, release-sign).
WORKFLOW=$(basename "$(dirname "$0")")

# A workflow-command-safe rendering of untrusted text: % CR LF escaped as the runner expects, so a value cannot end
# the annotation and start a command of its own.
escape_data() {
  local text=$1
  text=${text//'%'/'%25'}
  text=${text//$'\r'/'%0D'}
  text=${text//$'\n'/'%0A'}
  printf '%s' "$text"
}

# One error naming the input, the value and what is accepted; exit 1.
input_error() {
  local name=$1 value=$2 accepted=$3
  echo "::error title=${WORKFLOW} input ${name}::${name}: '$(escape_data "$value")' is not accepted; expected ${accepted}"
  exit 1
}

# run_caller_script INPUT PATH -> replaces this step with the caller's own script (build-script, test-script),
# which must exist in the repository at this commit.
run_caller_script() {
  [ -f "$2" ] || input_error "$1" "$2" 'a script that exists in the repository at this commit'
  set -x
  exec bash "./$2"
}

# JSON helpers: jq where it exists (every GitHub-hosted runner), else python3 (every ASWF image).
# json_env_lines JSON -> "NAME<TAB>VALUE" lines for an object (null/"" -> nothing). A value of more than one line
# is refused with one error naming the key (it would otherwise smuggle a second NAME=VALUE line into GITHUB_ENV).
json_env_lines() {
  local json=${1:-} problem
  if [ -z "$json" ] || [ "$json" = null ] || [ "$json" = '""' ]; then return 0; fi
  if command -v jq >/dev/null 2>&1; then
    problem=$(jq -r 'if type != "object" then "the cell env is not a map of names to values"
      else [to_entries[] | select(.value != null and (.value | tostring | test("[\r\n]"))) | "the value of \(.key) must be one line"][0] // "" end' <<<"$json") || problem='the cell env is not JSON'
  else
    problem=$(python3 -c 'import json,sys
d=json.loads(sys.argv[1])
if not isinstance(d, dict): print("the cell env is not a map of names to values")
else: print(next((f"the value of {k} must be one line" for k,v in d.items() if v is not None and any(c in str(v) for c in "\r\n")), ""))' "$json") || problem='the cell env is not JSON'
  fi
  if [ -n "$problem" ]; then
    echo "::error title=matrix env::$(escape_data "$problem")"
    return 1
  fi
  if command -v jq >/dev/null 2>&1; then
    jq -r 'to_entries[] | select(.value != null) | "\(.key)\t\(.value | tostring)"' <<<"$json"
  else
    python3 -c 'import json,sys
for k,v in json.loads(sys.argv[1]).items():
    if v is not None: print(f"{k}\t{v if isinstance(v,str) else json.dumps(v)}")' "$json"
  fi
}

# json_args JSON -> one argument per line: an array's items as they are, a string split on blanks.
json_args() {
  local json=${1:-}
  if [ -z "$json" ] || [ "$json" = null ] || [ "$json" = '""' ]; then return 0; fi
  if command -v jq >/dev/null 2>&1; then
    jq -r 'if type == "array" then .[] | tostring elif type == "string" then splits("[ \t\n]+") | select(. != "") else error("not a string or list") end' <<<"$json"
  else
    python3 -c 'import json,sys
d=json.loads(sys.argv[1])
for a in (d if isinstance(d, list) else str(d).split()): print(a)' "$json"
  fi
}

# Words of a plain input string (no shell expansion, no globbing).
words() {
  local -a out
  read -ra out <<<"${1:-}"
  if [ ${#out[@]} -gt 0 ]; then printf '%s\n' "${out[@]}"; fi
}

# setting_lines TEXT [--trim] -> the lines of a multi-line input that say something: CR dropped, blank lines and
# `#` comment lines left out; with --trim, each line without its leading and trailing blanks.
setting_lines() {
  local line
  while IFS= read -r line || [ -n "$line" ]; do
    line=${line%$'\r'}
    [[ -z ${line//[[:space:]]/} || $line =~ ^[[:space:]]*# ]] && continue
    if [ "${2:-}" = --trim ]; then
      line=${line#"${line%%[![:space:]]*}"}
      line=${line%"${line##*[![:space:]]}"}
    fi
    printf '%s\n' "$line"
  done <<<"${1:-}"
}

valid_env_name() { [[ $1 =~ ^[A-Za-z_][A-Za-z0-9_]*$ ]]; }

# A path inside the caller's repository: relative, no '..' component, not an option.
valid_repo_path() {
  local p=$1
  [[ -n $p && $p != /* && $p != -* && $p != *\\* && ! $p =~ (^|/)\.\.(/|$) && $p != *$'\n'* ]]
}

# Parallel jobs: the input when positive, else the machine's processors.
processors() {
  if [ "${1:-0}" -gt 0 ] 2>/dev/null; then echo "$1"; return; fi
  getconf _NPROCESSORS_ONLN 2>/dev/null || sysctl -n hw.ncpu 2>/dev/null || echo "${NUMBER_OF_PROCESSORS:-2}"
}

# json_value JSON PATH -> the value at a dotted PATH (`config.cmake`) of a JSON object, as text: a string as it is,
# a number or boolean as JSON writes it, a list or map as JSON; nothing (and status 1) when missing or null.
json_value() {
  local json=${1:-} path=${2:-} out
  if command -v jq >/dev/null 2>&1; then
    out=$(jq -r --arg p "$path" '(try getpath($p | split(".")) catch null) | if . == null then "" elif type == "string" then . else tojson end' <<<"$json") || return 1
  else
    out=$(python3 -c 'import json,sys
v=json.loads(sys.argv[1])
for k in sys.argv[2].split("."):
    v=v.get(k) if isinstance(v, dict) else None
print("" if v is None else v if isinstance(v, str) else json.dumps(v))' "$json" "$path") || return 1
  fi
  [ -n "$out" ] || return 1
  printf '%s' "$out"
}

# A cell key as cell-env, cell-cmake-args and cell-skip-tests name it: letters, digits, _ and -, dots between.
valid_cell_key() { [[ $1 =~ ^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$ ]]; }

# shell_assignments TEXT -> "NAME<TAB>VALUE" lines for `[export] NAME=VALUE …` text (a cell's setenvs), read as a
# shell would split it (single and double quotes, backslash escapes) but never evaluated. Whatever a shell would
# expand or run (`$`, a backquote outside single quotes; `; & | < > ( )` outside quotes), a word that is not
# NAME=VALUE, an unclosed quote or a newline: status 1, the reason on stdout, nothing else printed.
shell_assignments() {
  local text=${1:-} word='' in_word=false quote='' c i
  local -a words=()
  if [[ $text == *$'\n'* || $text == *$'\r'* ]]; then echo "assignments must be one line"; return 1; fi
  for ((i = 0; i < ${#text}; i++)); do
    c=${text:i:1}
    if [ "$quote" != "'" ] && [[ $c == [\$\`] ]]; then
      echo "'$c' would be expanded by a shell: write the value itself"
      return 1
    fi
    if [ "$quote" = "'" ]; then
      if [ "$c" = "'" ]; then quote=''; else word+=$c; fi
    elif [ "$quote" = '"' ]; then
      if [ "$c" = '"' ]; then quote=''
      elif [ "$c" = '\' ] && [[ ${text:i+1:1} == [\"\\] ]]; then i=$((i + 1)); word+=${text:i:1}
      else word+=$c; fi
    elif [ "$c" = "'" ] || [ "$c" = '"' ]; then quote=$c in_word=true
    elif [ "$c" = '\' ]; then i=$((i + 1)); word+=${text:i:1} in_word=true
    elif [[ $c == [\;\&\|\<\>\(\)] ]]; then
      echo "'$c' outside quotes would need a shell: only [export] NAME=VALUE words"
      return 1
    elif [[ $c == [[:space:]] ]]; then
      if $in_word; then words+=("$word"); fi
      word='' in_word=false
    else word+=$c in_word=true; fi
  done
  if [ -n "$quote" ]; then echo "unclosed quote ($quote)"; return 1; fi
  if $in_word; then words+=("$word"); fi
  local first=true w out=''
  for w in "${words[@]}"; do
    if $first && [ "$w" = export ]; then first=false; continue; fi
    first=false
    if [[ $w != *=* ]] || ! valid_env_name "${w%%=*}"; then echo "'$w' is not NAME=VALUE"; return 1; fi
    out+="${w%%=*}"$'\t'"${w#*=}"$'\n'
  done
  printf '%s' "$out"
}

# cell_cmake_args CELL MAP -> one CMake argument per line from a cell's keys (vfx-build's cell-cmake-args): a
# `NAME=key` line gives -DNAME=<the cell's value of key>, a bare `key` line the value split at blanks; a key the cell
# lacks or leaves empty gives nothing. A malformed line: one input error (status 1, the message on stdout).
cell_cmake_args() {
  local cell=${1:-} line key value
  [ -n "$cell" ] || cell='{}'
  while IFS= read -r line; do
    key=${line#*=}
    if ! valid_cell_key "$key" || { [[ $line == *=* ]] && ! valid_env_name "${line%%=*}"; }; then
      (input_error cell-cmake-args "$line" 'NAME=key or key lines (NAME: a CMake variable; key: a cell key, dots for nested keys)')
      return 1
    fi
    value=$(json_value "$cell" "$key") || continue
    if [[ $line == *=* ]]; then printf '%s\n' "-D${line%%=*}=$value"; else words "$value"; fi
  done < <(setting_lines "${2:-}" --trim)
}

# cmake_extra_args ARRAY -> fills the array named ARRAY with the CMake arguments beyond the script's own, in order:
# the cmake-args input's words (CMAKE_ARGS), the cell's cmake-args (CELL_CMAKE_ARGS, JSON) and cell-cmake-args (CELL
# with CELL_CMAKE_MAP). The same for a cell on the runner (configure.sh) and in a legacy container (legacy.sh). A
# malformed cell-cmake-args line: status 1, its error printed.
cmake_extra_args() {
  local -n into=$1
  local mapped
  mapfile -t into < <(words "${CMAKE_ARGS:-}")
  mapfile -t -O "${#into[@]}" into < <(json_args "${CELL_CMAKE_ARGS:-}")
  mapped=$(cell_cmake_args "${CELL:-}" "${CELL_CMAKE_MAP:-}") || { echo "$mapped"; return 1; }
  mapfile -t -O "${#into[@]}" into < <(printf '%s' "$mapped" | sed '/^$/d')
}
