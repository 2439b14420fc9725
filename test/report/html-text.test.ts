import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { escapeHtml, jsonForScript, scriptForInline } from '../../src/report/html-text.js';

// What keeps a file name or a library's text from breaking out of report.html's elements.
describe('inlining text in report.html', () => {
  it('escapes markup in text and attributes', () => {
    expect(escapeHtml(`Sổ "A" & <b>'B'</b>`)).toBe('Sổ &quot;A&quot; &amp; &lt;b&gt;&#39;B&#39;&lt;/b&gt;');
  });

  it('writes JSON that holds no "<" yet parses back to the same value', () => {
    const value = { file: '249/</script><script>alert(1)</script><!--.xlsx', line: 'a\u2028b', name: 'Xã Tam Hợp & Đạo Tú' };
    const text = jsonForScript(value);
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual(value);
  });

  it('keeps a script working when a string, regular expression or comment in it holds </script> or <!--', () => {
    const source = `// ends at </script>\nresult = ["</script>", "<!--", /<\\/script>/u.test("</script>"), /<!--/u.test("<!--")];`;
    const inlined = scriptForInline(source);
    expect(inlined).not.toMatch(/<\/script|<!--/i);
    const context: { result?: unknown } = {};
    runInNewContext(inlined, context);
    expect(context.result).toEqual(['</script>', '<!--', true, true]);
  });
});
