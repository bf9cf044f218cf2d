import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toSimplified } from '../src/script.ts';
import { HANS } from '../src/hans.ts';
import { interfaceChinese } from './interface-text.ts';

// Writes src/hans.ts: the Simplified form of every Chinese label of the documents and the pages. Forms
// already written (and perhaps corrected by hand) are kept; new strings get opencc's conversion of the
// script, then the mainland's words where Hong Kong uses others (opencc changes characters, not
// vocabulary), to review before committing.
const MAINLAND_USAGE: [hk: string, mainland: string][] = [
  ['电邮地址', '电子邮件地址'],
  ['电邮', '电子邮件'],
  ['登入', '登录'],
  ['登出此装置', '退出此设备'],
  ['登出其他所有装置', '退出其他所有设备'],
  ['登出', '退出登录'],
  ['权杖', '令牌'],
  ['应用程式', '应用程序'],
  ['程式', '程序'],
  ['列印', '打印'],
  ['预设', '默认'],
  ['手提电话', '手机'],
  ['身分', '身份'],
  ['帐户', '账户'],
  ['装置', '设备'],
  ['后备码', '备用码'],
  ['设定', '设置'],
  ['讯息', '信息'],
  ['字元', '字符'],
  ['十六进位', '十六进制'],
  ['连字号', '连字符'],
];
const mainland = (text: string) => MAINLAND_USAGE.reduce((t, [hk, cn]) => t.replaceAll(hk, cn), text);
const keys = [...new Set([...Object.keys(HANS), ...interfaceChinese()])];
const entries = keys.map((hant) => [hant, HANS[hant] ?? mainland(toSimplified(hant))] as const);
const quote = (s: string) => JSON.stringify(s);
const body = entries.map(([hant, hans]) => `  ${quote(hant)}: ${quote(hans)},`).join('\n');
writeFileSync(
  join(import.meta.dirname, '../src/hans.ts'),
  `// Every Chinese label of the documents and the pages in Simplified Chinese, for Guangdong's plans and\n// for readers who chose Simplified: written out (drafted by npm run i18n:hans with opencc-js and the\n// mainland's words, then reviewed and edited by hand), never converted at run time.\nexport const HANS: Readonly<Record<string, string>> = {\n${body}\n};\n`,
);
console.log(`${entries.length} strings`);
