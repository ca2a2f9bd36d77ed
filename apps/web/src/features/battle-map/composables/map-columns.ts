export type MapColumnKey = 'code' | 'title' | 'leadLeader' | 'leadUnit';

export interface MapColumn {
  key: MapColumnKey;
  label: string;
  width: number;
  // Distance from the left edge: these columns stay in place while the weeks scroll.
  left: number;
}

type Translate = (key: string) => string;

export const ROW_HEIGHT = 34;
export const HEADER_HEIGHT = 46;

export function weekCellWidth(compact: boolean): number {
  return compact ? 40 : 44;
}

// A function, so labels follow the current language; phones keep only code and title fixed.
export function mapColumns(t: Translate, compact: boolean): MapColumn[] {
  const spec: { key: MapColumnKey; width: number }[] = compact
    ? [
        { key: 'code', width: 48 },
        { key: 'title', width: 124 },
      ]
    : [
        { key: 'code', width: 56 },
        { key: 'title', width: 230 },
        // Wide enough for two leaders' names (「张三、李四」); longer lists end in an ellipsis.
        { key: 'leadLeader', width: 136 },
        { key: 'leadUnit', width: 140 },
      ];
  let left = 0;
  return spec.map((column) => {
    const placed = { ...column, label: t(`battleMap.columns.${column.key}`), left };
    left += column.width;
    return placed;
  });
}

export function fixedWidth(columns: readonly MapColumn[]): number {
  return columns.reduce((sum, column) => sum + column.width, 0);
}

// Where to scroll so the current week sits about two thirds across the visible weeks, leaving the
// recent past in view.
export function currentWeekScrollLeft(
  weekIndex: number,
  cellWidth: number,
  fixed: number,
  viewportWidth: number,
): number {
  if (weekIndex < 0) return 0;
  const band = Math.max(cellWidth, viewportWidth - fixed);
  return Math.max(0, Math.round(weekIndex * cellWidth - band * 0.65));
}
