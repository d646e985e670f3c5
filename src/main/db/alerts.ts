/** A problem found while the app runs, shown on the trainer's screen until it is solved. */
export interface Alert {
  code: 'backup_failed' | 'erasure_pending' | 'maintenance_failed';
  /** French. */
  message: string;
}

/**
 * The current problems, one per kind: a later failure of the same kind
 * replaces the earlier one, a success clears it.
 */
export function createAlerts() {
  const current = new Map<Alert['code'], Alert>();
  return {
    set(alert: Alert): void {
      current.set(alert.code, alert);
    },
    clear(code: Alert['code']): void {
      current.delete(code);
    },
    list(): Alert[] {
      return [...current.values()];
    },
  };
}

export type Alerts = ReturnType<typeof createAlerts>;
