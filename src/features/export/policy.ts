// Who may export what (R09, R11, R41): a practitioner their own records ('mine') or one of their
// own clients ('client'); the owner the practice's administration ('practice'), with clinical
// content only where row-level security lets them read it (their own, or granted to them).
import type { AppRole } from '../../db/tenant.ts';
import type { ExportScopeKind } from './collect.ts';

export function scopeAllowed(scope: ExportScopeKind, roles: readonly AppRole[]): boolean {
  switch (scope) {
    case 'mine':
    case 'client':
      return roles.includes('practitioner');
    case 'practice':
      return roles.includes('owner');
  }
}
