import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/** The decision module stays pure because lint refuses anything else; this proves each rule is on. */
describe('the decision module boundary', () => {
  let eslint: ESLint;
  beforeAll(() => {
    eslint = new ESLint({ cwd: process.cwd() });
  });

  /** Lints one probe file inside src/decision/ and returns "rule: message" per problem, with its line. */
  async function lint(lines: readonly string[], fileName = 'boundary-probe.ts') {
    const [result] = await eslint.lintText(lines.join('\n'), { filePath: `src/decision/${fileName}` });
    return (result?.messages ?? []).map((message) => ({ line: message.line, rule: message.ruleId, text: message.message }));
  }

  it('rejects UI libraries, other layers and browser globals', async () => {
    const messages = await lint([
      "import { useState } from 'react';",
      "import { create } from 'zustand';",
      "import { useNavigate } from 'react-router';",
      "import { thing } from '../features/wizard/thing';",
      'export const used = [useState, create, useNavigate, thing, window.name, document.title, localStorage.length];',
    ]);
    expect(messages.filter((message) => message.rule === 'no-restricted-imports')).toHaveLength(4);
    for (const name of ['window', 'document', 'localStorage']) {
      expect(messages).toContainEqual(expect.objectContaining({ rule: 'no-restricted-globals', text: expect.stringContaining(`'${name}'`) }));
    }
  }, 30_000);

  it.each(['probe.tsx', 'probe.mts', 'probe.cts'])('applies to %s files too', async (fileName) => {
    const messages = await lint(["import { useState } from 'react';", 'export const used = [useState, window.name];'], fileName);
    expect(messages.map((message) => message.rule)).toEqual(expect.arrayContaining(['no-restricted-imports', 'no-restricted-globals']));
  }, 30_000);

  it.each([
    'globalThis.window',
    'globalThis.document',
    'globalThis.localStorage',
    'globalThis.sessionStorage',
    "globalThis['localStorage']",
    'self.window',
    'self.document',
    'self.localStorage',
    'self.sessionStorage',
  ])('rejects %s', async (expression) => {
    const messages = await lint([`export const used = ${expression};`]);
    expect(messages).toEqual([expect.objectContaining({ line: 1, rule: 'no-restricted-properties' })]);
  }, 30_000);

  it('rejects taking browser globals out of the global object by destructuring', async () => {
    const messages = await lint(['const { localStorage } = globalThis;', 'const { document } = self;', 'export const used = [localStorage, document];']);
    expect(messages.filter((message) => message.rule === 'no-restricted-properties').map((message) => message.line)).toEqual([1, 2]);
  }, 30_000);

  it.each([
    "import('react')",
    "import('react-dom')",
    "import('react-dom/client')",
    "import('zustand')",
    "import('zustand/middleware')",
    "import('react-router')",
    'import(`react`)',
    "require('react-router')",
  ])('rejects %s', async (expression) => {
    const messages = await lint([`export const used = () => ${expression};`]);
    expect(messages).toContainEqual(expect.objectContaining({ line: 1, rule: 'no-restricted-syntax' }));
  }, 30_000);

  it('leaves ordinary code alone: other modules, other properties of globalThis', async () => {
    const messages = await lint([
      "import { SOURCES } from './sources';",
      "export const later = () => import('./recommend');",
      "export const lookalike = () => import('reactive-thing');",
      'export const used = [SOURCES, globalThis.structuredClone, globalThis.Math.max(1, 2)];',
    ]);
    expect(messages).toEqual([]);
  }, 30_000);
});
