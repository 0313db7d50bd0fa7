// Builds the app and the floor with the same Vite, each into a folder of its
// own, so the bench never touches dist/ (other people's builds live there).
//
// As a script, `node bench/lib/build.mjs <appOutDir> <floorOutDir>` builds both
// and prints their first-load sizes from the manifest as JSON. The size test
// runs it in a child process, so that Vite builds for production rather than
// under vitest's NODE_ENV=test.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { firstLoadFromBuild, sizeFiles } from './first-load.mjs';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Scratch space for the bench's builds; removed after a run unless --keep-build. */
export const BUILD_DIR = path.join(ROOT, 'bench/.build');
const FLOOR_ROOT = path.join(ROOT, 'bench/floor');

/** Builds `root` with its own vite.config.ts into `outDir`, with a manifest. */
async function build(name, root, outDir) {
  // Vite takes its mode from NODE_ENV when that is set; the bench measures production bundles.
  process.env.NODE_ENV = 'production';
  const { build: viteBuild } = await import('vite');
  const started = performance.now();
  // The app's entry chunk ends up inline in index.html (decision 0013) and is no longer an output
  // of its own; it is kept here, under the name of the file that carries it, for the attribution.
  const carried = [];
  const keepEntry = {
    name: 'bench:keep-entry',
    generateBundle: {
      order: 'pre',
      handler(_options, bundle) {
        carried.push(...Object.values(bundle).filter((file) => file.type === 'chunk' && file.isEntry));
      },
    },
  };
  const output = await viteBuild({
    root,
    configFile: path.join(root, 'vite.config.ts'),
    logLevel: 'warn',
    mode: 'production',
    plugins: [keepEntry],
    build: { outDir, emptyOutDir: true, manifest: true },
  });
  const written = (Array.isArray(output) ? output : [output]).flatMap((item) => item.output ?? []);
  const inline = carried.filter((chunk) => !written.some((file) => file.fileName === chunk.fileName));
  const outputs = [...written, ...inline.map((chunk) => ({ type: 'chunk', fileName: 'index.html', moduleIds: chunk.moduleIds, modules: chunk.modules }))];
  const manifest = JSON.parse(await readFile(path.join(outDir, '.vite/manifest.json'), 'utf8'));
  return { name, outDir, outputs, manifest, ms: performance.now() - started };
}

export const buildApp = (outDir = path.join(BUILD_DIR, 'app')) => build('app', ROOT, outDir);
/** The bare React "Hello" in bench/floor/. */
export const buildFloor = (outDir = path.join(FLOOR_ROOT, 'dist')) => build('floor', FLOOR_ROOT, outDir);

/** First-load sizes of a build from its manifest, per route. */
export async function firstLoadSizes(built) {
  const routes = await firstLoadFromBuild(built.outDir, built.manifest, built.outputs);
  return {
    intro: await sizeFiles(built.outDir, routes.intro),
    result: await sizeFiles(built.outDir, routes.result),
    lazyResultChunks: routes.lazyResultChunks,
  };
}

/** The versions that decide the floor's size, recorded next to every figure. */
export async function floorVersions() {
  const names = ['vite', 'react', 'react-dom', '@vitejs/plugin-react'];
  const version = async (name) => JSON.parse(await readFile(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;
  return Object.fromEntries(await Promise.all(names.map(async (name) => [name, await version(name)])));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [appOut, floorOut] = process.argv.slice(2);
  if (!appOut || !floorOut) {
    console.error('usage: node bench/lib/build.mjs <appOutDir> <floorOutDir>');
    process.exit(2);
  }
  const app = await buildApp(path.resolve(appOut));
  const floor = await buildFloor(path.resolve(floorOut));
  const report = { app: await firstLoadSizes(app), floor: await firstLoadSizes(floor), floorVersions: await floorVersions() };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}
