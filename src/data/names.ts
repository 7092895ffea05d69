// Reader-facing names of the ids an instruction refers to, for the tracker rows and instruction pages.
import { body, district, place } from './index.ts';

/** How the tracker turns the ids an instruction refers to into names. */
export interface Names {
  body: (id: string) => string;
  district: (id: string) => string;
  place: (id: string) => { name: string; district: string | null };
}

export const names: Names = {
  body: (id) => body(id).name,
  district: (id) => district(id).nameEn + (district(id).kind === 'district' ? ' district' : ''),
  place: (id) => ({ name: place(id).nameEn, district: place(id).district }),
};
