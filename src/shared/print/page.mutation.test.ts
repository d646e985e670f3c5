import { describe, expect, it } from 'vitest';
import { CSS_PX_PER_MM, mm, mmToInches, PRINT_CONTENT_BOX, PRINT_PAGE } from './page';

describe('the printed page', () => {
  it('is A4 with the same margin on every side, the content filling the rest', () => {
    expect(PRINT_PAGE).toMatchObject({ format: 'A4', widthMm: 210, heightMm: 297 });
    expect(PRINT_CONTENT_BOX).toEqual({
      widthMm: 210 - 2 * PRINT_PAGE.marginMm,
      heightMm: 297 - 2 * PRINT_PAGE.marginMm,
    });
  });

  it('writes millimetres for each kind of printer: CSS lengths, inches, CSS pixels', () => {
    expect(mm(PRINT_PAGE.marginMm)).toBe('18mm');
    expect(mmToInches(50.8)).toBe(2);
    expect(25.4 * CSS_PX_PER_MM).toBe(96);
  });
});
