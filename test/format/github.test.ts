import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, formatGithub } from '../../src/format/github.js';
import { cleanResult, context, sampleResult } from './fixture.js';

describe('github reporter', () => {
  const lines = formatGithub(sampleResult(), context()).split('\n');

  it('prints one workflow command per problem, files sorted, messages by position, newline-terminated', () => {
    expect(lines.at(-1)).toBe('');
    const commands = lines.slice(0, -1);
    expect(commands).toHaveLength(4);
    expect(commands.map((l) => /^::(\w+) /.exec(l)?.[1])).toEqual(['warning', 'warning', 'error', 'notice']);
    expect(commands.map((l) => /title=([^,:]+)::/.exec(l)?.[1])).toEqual([
      'knelpunt-verdwenen',
      'missing-oplossingsrichting',
      'unknown-thema',
      'kort-info',
    ]);
  });

  it('writes the exact command, with the workspace path and escaped message', () => {
    expect(lines[2]).toBe(
      '::error file=content/standen/2024/uwv.md,line=14,col=12,endLine=14,endColumn=26,title=unknown-thema::' +
        "Thema '100%25 a,b: <x> & \"y\"%0Aregel2\\u0007' bestaat niet.",
    );
    expect(lines[0]).toBe(
      '::warning file=content/standen/2023/duo.md,line=1,col=1,endLine=1,endColumn=4,title=knelpunt-verdwenen::Knelpunt verdwenen.',
    );
  });

  it('leaves out columns for a range over several lines (GitHub rejects them there)', () => {
    expect(lines[1]).toBe(
      '::warning file=content/standen/2024/uwv.md,line=3,endLine=9,title=missing-oplossingsrichting::Knelpunt zonder oplossingsrichting.',
    );
  });

  it('never lets raw control characters or line breaks through', () => {
    expect(lines.join('')).not.toMatch(/[\u0000-\u001f]/);
  });

  it('escapes data and property values per the runner rules', () => {
    expect(escapeData('50%\r\nx:y,z')).toBe('50%25%0D%0Ax:y,z');
    expect(escapeProperty('50%\r\nx:y,z')).toBe('50%25%0D%0Ax%3Ay%2Cz');
    expect(escapeData('%0A')).toBe('%250A');
    expect(escapeData('a\u001b[31mb')).toBe('a\\u001B[31mb');
  });

  it('escapes a file path that contains separators, and works without a prefix', () => {
    const result = { files: [{ path: 'a,b:c.md', messages: [{ ...sampleResult().files[2]!.messages[0]!, path: 'a,b:c.md' }] }] };
    expect(formatGithub(result, context({ pathPrefix: '' }))).toMatch(/^::warning file=a%2Cb%3Ac\.md,line=1,/);
    expect(formatGithub(result, context({ pathPrefix: '.\\sub' }))).toMatch(/^::warning file=sub\/a%2Cb%3Ac\.md,/);
  });

  it('prints nothing when there are no problems', () => {
    expect(formatGithub(cleanResult(), context())).toBe('');
  });
});
