// Keeps each action's README inputs/outputs tables generated from its action.yml.
//   node scripts/action-docs.mjs          rewrite the tables between the markers
//   node scripts/action-docs.mjs --check  exit 1 and name the READMEs whose tables drifted
// Markers in <action>/README.md: <!-- action-docs:inputs --> … <!-- /action-docs:inputs --> (same for outputs).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

const cell = value =>
  String(value ?? '')
    .trim()
    .replace(/\|/g, '\\|')
    .replace(/\r?\n+/g, ' ')

export function inputsTable(metadata) {
  const rows = Object.entries(metadata.inputs ?? {}).map(([name, spec]) => {
    const fallback = spec?.default === undefined || spec.default === '' ? '' : `\`${cell(spec.default)}\``
    return `| \`${name}\` | ${spec?.required ? 'yes' : 'no'} | ${fallback} | ${cell(spec?.description)} |`
  })
  return ['| Input | Required | Default | Description |', '| --- | --- | --- | --- |', ...rows].join('\n')
}

export function outputsTable(metadata) {
  const rows = Object.entries(metadata.outputs ?? {}).map(
    ([name, spec]) => `| \`${name}\` | ${cell(spec?.description)} |`
  )
  return ['| Output | Description |', '| --- | --- |', ...rows].join('\n')
}

/** Returns the README with both tables regenerated; throws when a marker pair is missing. */
export function renderReadme(readme, metadata, where = 'README.md') {
  let text = readme
  for (const [kind, table] of [
    ['inputs', inputsTable(metadata)],
    ['outputs', outputsTable(metadata)]
  ]) {
    const open = `<!-- action-docs:${kind} -->`
    const close = `<!-- /action-docs:${kind} -->`
    const start = text.indexOf(open)
    const end = text.indexOf(close)
    if (start === -1 || end < start) throw new Error(`${where}: add the markers ${open} and ${close}`)
    text = `${text.slice(0, start + open.length)}\n${table}\n${text.slice(end)}`
  }
  return text
}

export function actionReadmes(root) {
  return readdirSync(root, { withFileTypes: true })
    .filter(
      e =>
        e.isDirectory() && existsSync(join(root, e.name, 'action.yml')) && existsSync(join(root, e.name, 'README.md'))
    )
    .map(e => ({ name: e.name, yml: join(root, e.name, 'action.yml'), readme: join(root, e.name, 'README.md') }))
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..')
  const check = process.argv.includes('--check')
  const drifted = []
  for (const action of actionReadmes(root)) {
    const current = readFileSync(action.readme, 'utf8')
    const rendered = renderReadme(current, parse(readFileSync(action.yml, 'utf8')), action.readme)
    if (rendered === current) continue
    drifted.push(action.name)
    if (!check) writeFileSync(action.readme, rendered)
  }
  if (check && drifted.length > 0) {
    console.error(`Inputs/outputs tables out of date in: ${drifted.join(', ')}. Run: npm run docs`)
    process.exit(1)
  }
  console.log(drifted.length ? `updated: ${drifted.join(', ')}` : 'all action READMEs are up to date')
}
