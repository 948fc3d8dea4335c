/**
 * All activities a worker registers, bound to their dependencies.
 */
import type { WageScale } from '../config/wage-scale';
import type { Database } from '../db/client';
import { certificateActivities } from './certificates';
import { archiveActivities } from './departments/archive';
import { employmentActivities } from './departments/employment';
import { injuryActivities } from './departments/injury';
import { pensionActivities } from './departments/pension';
import { personnelActivities } from './departments/personnel';
import { sscardActivities } from './departments/sscard';
import { unemploymentActivities } from './departments/unemployment';
import { wageActivities } from './departments/wage';
import { recordActivities } from './record';
import type { Activities } from './types';

export interface ActivityDependencies {
  db: Database;
  wageScale: WageScale;
}

export function createActivities({ db, wageScale }: ActivityDependencies): Activities {
  return {
    ...recordActivities(db),
    ...certificateActivities(db),
    ...personnelActivities(db),
    ...wageActivities(db, wageScale),
    ...pensionActivities(db),
    ...injuryActivities(db),
    ...unemploymentActivities(db),
    ...sscardActivities(db),
    ...archiveActivities(db),
    ...employmentActivities(db),
  };
}
