import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The decision module stays pure because lint refuses anything else; this proves the rule is on. */
describe('the decision module boundary', () => {
  it('rejects UI libraries, other layers and browser globals', async () => {
    const eslint = new ESLint({ cwd: process.cwd() });
    const [result] = await eslint.lintText(
      [
        "import { useState } from 'react';",
        "import { create } from 'zustand';",
        "import { useNavigate } from 'react-router';",
        "import { thing } from '../features/wizard/thing';",
        'export const used = [useState, create, useNavigate, thing, window.name, document.title, localStorage.length];',
      ].join('\n'),
      { filePath: 'src/decision/boundary-probe.ts' },
    );
    const messages = result?.messages.map((message) => `${message.ruleId}: ${message.message}`) ?? [];
    expect(messages.filter((message) => message.startsWith('no-restricted-imports'))).toHaveLength(4);
    for (const name of ['window', 'document', 'localStorage']) {
      expect(messages).toContainEqual(expect.stringContaining(`Unexpected use of '${name}'`));
    }
  }, 30_000);
});
