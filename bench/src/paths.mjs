// Where things are. The bench runs from its workspace (`npm run bench` sets cwd to bench/).
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))

/** Absolute path of the bench workspace. */
export const BENCH_DIR = path.resolve(here, '..')
/** Absolute path of the repository root. */
export const ROOT = path.resolve(BENCH_DIR, '..')
/** The site's workspace. */
export const WEB_DIR = path.join(ROOT, 'apps', 'web')
/** Scratch space for generated apps and datasets; gitignored, wiped at the start of each run. */
export const TMP_DIR = path.join(BENCH_DIR, '.tmp')
/** The sample dataset every generated dataset starts from. */
export const SAMPLE_DATASET = path.join(ROOT, 'packages', 'content', 'sample', 'clinic.ndjson')
/** Debian's Chromium: the browser for page weight and Lighthouse. */
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
/** Headless flags that work as root in a container without a GPU. */
export const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--no-first-run',
]
