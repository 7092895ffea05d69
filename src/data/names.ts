// Reader-facing names of the ids an instruction refers to, for the tracker rows and instruction pages.
import { body, district, place } from './index.ts';
import type { Names } from '../followup/tracker-row.ts';

export const names: Names = {
  body: (id) => body(id).name,
  district: (id) => district(id).nameEn + (district(id).kind === 'district' ? ' district' : ''),
  place: (id) => ({ name: place(id).nameEn, district: place(id).district }),
};
