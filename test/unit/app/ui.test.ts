import { describe, expect, it } from 'vitest';
import {
  isPhone,
  legendOpen,
  popupClosed,
  popupOpened,
  setLegendOpen,
} from '../../../src/app/model/ui.ts';

describe('what may cover what', () => {
  it('folds the legend for a popup and brings it back after, unless the reader folded it', () => {
    setLegendOpen(true);
    popupOpened();
    expect(legendOpen.value).toBe(false);
    popupClosed();
    expect(legendOpen.value).toBe(true);
    setLegendOpen(false);
    popupOpened();
    popupClosed();
    expect(legendOpen.value).toBe(false);
  });

  it('tells a phone by its width', () => {
    expect(isPhone(390)).toBe(true);
    expect(isPhone(1280)).toBe(false);
  });
});
