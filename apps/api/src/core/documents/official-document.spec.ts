import { describe, expect, it } from '@jest/globals';
import { documentText, documentXml } from '../../../test/support/docx.js';
import { chineseDate } from '@lvze/domain';
import { OfficialDocument } from './official-document.js';

describe('OfficialDocument', () => {
  it('builds a .docx with the header, title, numbered headings, a table, the date and page numbers', async () => {
    const docx = await new OfficialDocument({
      issuer: ['中共桂林市纪委监委', '专项治理办公室'],
      reference: '桂纪专督〔2026〕1号',
      title: '督办单',
      subtitle: '（第48周）',
    })
      .addressee('资源县')
      .heading('基本情况')
      .paragraph('本周共有 3 项任务滞后。', '总体情况：')
      .heading('滞后任务')
      .table(
        [
          { header: '序号', align: 'center' },
          { header: '任务', weight: 3 },
          { header: '牵头单位', weight: 2 },
        ],
        [['1', '扶贫项目资金专项检查', '资源县']],
      )
      .fields([['整改时限', '二〇二六年十二月十八日']])
      .signature('专项治理办公室', chineseDate('2026-11-29'))
      .toBuffer();

    expect(docx.subarray(0, 2).toString()).toBe('PK');
    const text = documentText(docx);
    for (const phrase of [
      '中共桂林市纪委监委',
      '专项治理办公室',
      '桂纪专督〔2026〕1号',
      '督办单',
      '资源县：',
      '一、基本情况',
      '总体情况：本周共有 3 项任务滞后。',
      '二、滞后任务',
      '扶贫项目资金专项检查',
      '资源县',
      '二〇二六年十一月二十九日',
    ]) {
      expect(text).toContain(phrase);
    }
    const xml = documentXml(docx);
    expect(xml).toContain('w:color w:val="C00000"');
    expect(xml).toContain('w:eastAsia="仿宋"');
    // The ruled table repeats its header row on each page; the label/value form has none.
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(1);
    expect(text).toContain('整改时限二〇二六年十二月十八日');
  });
});
