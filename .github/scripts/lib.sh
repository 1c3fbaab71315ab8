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
