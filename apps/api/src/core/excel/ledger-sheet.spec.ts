import { describe, expect, it } from '@jest/globals';
import { addNamedSheet, newWorkbook } from './ledger-sheet.js';

describe('ledger sheet names', () => {
  it('makes names legal and unique, so a second sheet for the same unit does not fail the export', () => {
    const workbook = newWorkbook(new Date('2026-11-25T02:00:00Z'));
    const unit = '中共桂林市纪律检查委员会 桂林市监察委员会 党风政风监督室';
    const names = [unit, unit, unit.toUpperCase(), '报表[1]/2:*?'].map(
      (n) => addNamedSheet(workbook, n).name,
    );
    expect(names[0]).toBe(unit.slice(0, 31));
    expect(names[1]).toBe(`${unit.slice(0, 28)}（2）`);
    expect(names[3]).toBe('报表·1··2···');
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(4);
    for (const name of names) expect(name.length).toBeLessThanOrEqual(31);
  });
});
