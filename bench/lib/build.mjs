// Builds the app and the floor fixture with the same Vite, each into its own
// directory so the bench never touches dist/ (other people's builds and
// previews live there).
//
// As a script: `node bench/lib/build.mjs <appOutDir> <floorOutDir>` builds
// both and prints the manifest-derived first-load sizes as JSON. The size test
// runs it in a child process so Vite sees a plain production environment
// rather than vitest's NODE_ENV=test.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { firstLoadFromBuild, sizeFiles } from './first-load.mjs';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Scratch space for the bench's builds; removed after a run unless --keep-build. */
export const BUILD_DIR = path.join(ROOT, 'bench/.build');
export const APP_OUT = path.join(BUILD_DIR, 'app');
export const FLOOR_OUT = path.join(ROOT, 'bench/floor/dist');

async function viteBuild(options) {
  // Vite derives production mode from NODE_ENV when it is set; the bench must
  // always measure production bundles.
  process.env.NODE_ENV = 'production';
  const { build } = await import('vite');
  const started = performance.now();
  const output = await build({ logLevel: 'warn', mode: 'production', ...options });
  const outputs = (Array.isArray(output) ? output : [output]).flatMap((item) => item.output ?? []);
  return { outputs, ms: performance.now() - started };
}

/**
 * Builds the app with its own vite.config.ts into `outDir`, with a manifest.
 * `extra` is merged into that config (bench/experiments.mjs uses it).
 */
export async function buildApp(outDir = APP_OUT, extra = {}) {
  const { outputs, ms } = await viteBuild({
    root: ROOT,
    configFile: path.join(ROOT, 'vite.config.ts'),
    ...extra,
    build: { ...extra.build, outDir, emptyOutDir: true, manifest: true },
  });
  return { name: 'app', outDir, outputs, ms, manifest: await readManifest(outDir) };
}

/** Builds the bare React "hello" in bench/floor/ into `outDir`, with a manifest. */
export async function buildFloor(outDir = FLOOR_OUT) {
  const floorRoot = path.join(ROOT, 'bench/floor');
  const { outputs, ms } = await viteBuild({
    root: floorRoot,
    configFile: path.join(floorRoot, 'vite.config.ts'),
    build: { outDir, emptyOutDir: true, manifest: true },
  });
  return { name: 'floor', outDir, outputs, ms, manifest: await readManifest(outDir) };
}

async function readManifest(outDir) {
  return JSON.parse(await readFile(path.join(outDir, '.vite/manifest.json'), 'utf8'));
}

/** Manifest-derived first-load sizes of a build, per route, and the largest of them. */
export async function firstLoadSizes(built) {
  const routes = await firstLoadFromBuild(built.outDir, built.manifest, built.outputs);
  return {
    intro: await sizeFiles(built.outDir, routes.intro),
    result: await sizeFiles(built.outDir, routes.result),
    lazyResultChunks: routes.lazyResultChunks,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [appOut, floorOut] = process.argv.slice(2);
  if (!appOut || !floorOut) {
    console.error('usage: node bench/lib/build.mjs <appOutDir> <floorOutDir>');
    process.exit(2);
  }
  const app = await buildApp(path.resolve(appOut));
  const floor = await buildFloor(path.resolve(floorOut));
  const report = {
    app: await firstLoadSizes(app),
    floor: await firstLoadSizes(floor),
    floorVersions: await floorVersions(),
  };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

/** The versions that decide the floor's size: recorded next to every figure. */
export async function floorVersions() {
  const version = async (name) =>
    JSON.parse(await readFile(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;
  return {
    vite: await version('vite'),
    react: await version('react'),
    'react-dom': await version('react-dom'),
    '@vitejs/plugin-react': await version('@vitejs/plugin-react'),
  };
}
