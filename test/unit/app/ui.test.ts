import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  followPhoneLayout,
  isPhone,
  legendOpen,
  PHONE_CLASS,
  PHONE_MEDIA,
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

describe('one layout breakpoint', () => {
  it('puts the phone class on the root while the phone media query matches', () => {
    const classes = new Set<string>();
    const root = {
      classList: {
        toggle: (name: string, on?: boolean) => {
          if (on) classes.add(name);
          else classes.delete(name);
          return Boolean(on);
        },
      } as DOMTokenList,
    };
    let listener: (() => void) | null = null;
    const media = {
      matches: true,
      addEventListener: (_: string, f: () => void) => {
        listener = f;
      },
      removeEventListener: () => {
        listener = null;
      },
    } as unknown as MediaQueryList;
    const stop = followPhoneLayout(root, media);
    expect(classes.has(PHONE_CLASS)).toBe(true);
    (media as { matches: boolean }).matches = false;
    listener!();
    expect(classes.has(PHONE_CLASS)).toBe(false);
    stop();
    expect(listener).toBeNull();
  });

  it('asks for the width isPhone uses', () => {
    const width = Number(/max-width: (\d+)px/.exec(PHONE_MEDIA)?.[1]);
    expect([isPhone(width), isPhone(width + 1)]).toEqual([true, false]);
  });

  it('leaves the stylesheet no breakpoint of its own: its phone rules follow the class', () => {
    const css = readFileSync('src/app/style.css', 'utf8');
    expect(css).not.toMatch(/@media[^{]*width/);
    expect(css).toContain(`:where(.${PHONE_CLASS}) .sidebar`);
  });
});
