import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { BadUserInputError } from '../../domain/errors.js';
import { examplePath } from '../../procurement/testing/sharedData.js';
import type { CliContext } from '../cliContext.js';
import { register } from './notice.js';
import { parseNoticeFile } from './noticeFile.js';

const dir = mkdtempSync(join(os.tmpdir(), 'passerelle-notice-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function tempFile(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function refusal(run: () => unknown): BadUserInputError {
  try {
    run();
  } catch (error) {
    if (error instanceof BadUserInputError) return error;
    throw error;
  }
  throw new Error('expected a BadUserInputError');
}

describe('parseNoticeFile', () => {
  it('parses an example notice', () => {
    const notice = parseNoticeFile(examplePath('cn_24_open.xml'));
    expect(notice.noticeId).toBe('c4c415ee-ac08-4465-8fa6-57568cf69462');
    expect(notice.buyer.name.ENG).toBe('Renfrewshire Council');
  });

  it('names the file and the missing elements of an invalid notice', () => {
    const path = examplePath('INVALID_cn_24_empty.xml');
    const error = refusal(() => parseNoticeFile(path));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(
      new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: not a usable eForms notice`),
    );
    expect(error.message).toContain('cbc:ID[@schemeName="notice-id"]: missing or empty (notice identifier)');
    expect(error.problems[0]?.path[0]).toBe(path);
  });

  it('refuses a missing file, a directory, and text that is not XML', () => {
    expect(refusal(() => parseNoticeFile(join(dir, 'absent.xml'))).message).toMatch(
      /absent\.xml: no such file$/,
    );
    expect(refusal(() => parseNoticeFile(dir)).message).toMatch(/: is not a file$/);
    expect(refusal(() => parseNoticeFile(tempFile('plain.txt', 'Dear buyer,'))).message).toContain(
      'not well-formed XML',
    );
  });

  it('refuses an XXE payload without leaking the file it points to', () => {
    const xxe = tempFile(
      'xxe.xml',
      '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><ContractNotice>&e;</ContractNotice>',
    );
    const message = refusal(() => parseNoticeFile(xxe)).message;
    expect(message).toContain('<!DOCTYPE declaration');
    expect(message).not.toMatch(/root:|nologin/);
  });

  it('refuses a 50 MB file from its size, without reading it', () => {
    const huge = join(dir, 'huge.xml');
    writeFileSync(huge, '');
    truncateSync(huge, 50 * 1024 * 1024);
    expect(refusal(() => parseNoticeFile(huge)).message).toMatch(
      /huge\.xml: is 50\.0 MiB, more than the 20\.0 MiB a notice may have$/,
    );
  });

  it('refuses bytes that are not UTF-8', () => {
    const latin1 = tempFile('latin1.xml', Buffer.from([0x3c, 0x61, 0x3e, 0xe9, 0x3c, 0x2f, 0x61, 0x3e]));
    expect(refusal(() => parseNoticeFile(latin1)).message).toMatch(/: is not UTF-8 text$/);
    const utf16 = tempFile('utf16.xml', Buffer.from('\ufeff<a/>', 'utf16le'));
    expect(refusal(() => parseNoticeFile(utf16)).message).toMatch(
      /: is UTF-16 text; eForms notices are UTF-8$/,
    );
  });
});

describe('the notice command', () => {
  const context = { config: () => ({}) } as unknown as CliContext;

  async function run(...args: string[]): Promise<string> {
    const program = new Command().exitOverride();
    register(program, context);
    const output: string[] = [];
    const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      output.push(String(chunk));
      return true;
    });
    try {
      await program.parseAsync(['notice', ...args], { from: 'user' });
    } finally {
      write.mockRestore();
    }
    return output.join('');
  }

  it('prints the notice as JSON', async () => {
    const printed = JSON.parse(await run(examplePath('cn_24_minimal.xml')));
    expect(printed).toMatchObject({
      noticeId: 'f42be27e-09cf-4f0e-a745-63ec689631e6',
      version: '01',
      subtype: '16',
      buyer: { name: 'Publications Office of the European Union', country: 'LUX' },
      cpv: ['72230000'],
      lots: [{ id: 'LOT-0000', nuts: 'FRD22', deadline: '2020-02-04T10:00:00+02:00' }],
    });
  });

  it('prints one line with --compact', async () => {
    const printed = await run('--compact', examplePath('pin-only_24.xml'));
    expect(printed.trimEnd().split('\n')).toHaveLength(1);
    expect(JSON.parse(printed).lots[0].id).toBe('PAR-0000');
  });

  it('fails with a BAD_USER_INPUT error (exit code 2) on a hostile file', async () => {
    const bomb = tempFile('bomb.xml', `<!DOCTYPE l [<!ENTITY a "aaaaaaaaaa">]><l>${'&a;'.repeat(10)}</l>`);
    await expect(run(bomb)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});
