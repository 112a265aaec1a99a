import { describe, expect, it } from 'vitest';
import { clientLabel, InitialsError, toInitials } from './initials.ts';

describe('client initials (R18)', () => {
  it.each([
    ['John Doe', 'J.D.'],
    ['  john   doe ', 'J.D.'],
    ['Mary-Jane Watson', 'M.J.W.'],
    ['Anne Smith–Jones', 'A.S.J.'],
    ['Ludwig van Beethoven', 'L.B.'],
    ['María de la Cruz', 'M.C.'],
    ['Leonardo da Vinci', 'L.V.'],
    ['Van Morrison', 'V.M.'],
    ['Madonna', 'M.'],
    ['van', 'V.'],
    ["O'Brien", 'O.'],
    ["Sinead O'Connor", 'S.O.'],
    ['Иван Петров', 'И.П.'],
    ['Ελένη Παπαδοπούλου', 'Ε.Π.'],
    ['محمد علي', 'م.ع.'],
    ['山田太郎', '山.'],
    ['Dr. Jane Roe Jr.', 'J.R.'],
    ['J.D.', 'J.D.'],
    ['j. d.', 'J.D.'],
    ['"Jane" Roe', 'J.R.'],
    ['Ébène Zoë', 'É.Z.'],
  ])('R18 turns %j into %j', (input, expected) => {
    expect(toInitials(input)).toBe(expected);
  });

  it('R18 never returns any part of the name beyond its first letters', () => {
    const out = toInitials('Bartholomew Featherstonehaugh');
    expect(out).toBe('B.F.');
    expect(out).not.toContain('art');
  });

  it('R18 keeps at most six initials', () => {
    expect(toInitials('A B C D E F G H')).toBe('A.B.C.D.E.F.');
  });

  it('R18 refuses input without any letter', () => {
    expect(() => toInitials('12345')).toThrow(InitialsError);
    expect(() => toInitials('   ')).toThrow(InitialsError);
  });

  it('R18 keeps a value marked as pseudonym as written, and converts everything else', () => {
    expect(clientLabel('Client Blue', true)).toEqual({ label: 'Client Blue', kind: 'pseudonym' });
    expect(clientLabel('Client Blue', false)).toEqual({ label: 'C.B.', kind: 'initials' });
    expect(() => clientLabel('<script>', true)).toThrow(InitialsError);
  });
});
