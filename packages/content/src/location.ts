import { attempt, list, need } from './documents'
import { locationDocument, WEEKDAYS } from './model'
import { isObject, type Problems, type RawObject } from './problems'
import {
  checkDayRanges,
  checkOpeningHours,
  checkPhone,
  checkSlug,
  checkSpecialHours,
  checkTimeZone,
  type RuleResult,
} from './rules'
import type { TimeRange } from './site'

/**
 * The rules of a location document (its slug, phone, time zone, opening and special hours), and
 * the location the pages get, built from the values they returned (see `documents.ts`).
 */

/** Checked opening ranges (the rules saw both times), in time order. */
function rangesOf(lines: readonly { opens?: string; closes?: string }[]): TimeRange[] {
  return lines
    .map(({ opens, closes }) => ({ opens: need(opens), closes: need(closes) }))
    .sort((a, b) => (a.opens < b.opens ? -1 : 1))
}

/** A location; `slugRule` checks a URL-safe slug further (that no other location uses it). */
export function checkLocation(
  raw: RawObject,
  slugRule: (slug: string) => RuleResult<string>,
  problems: Problems,
) {
  const doc = problems.parse(raw, locationDocument)
  problems.at(raw, ['slug', 'current'], (slug) => {
    const result = checkSlug(slug)
    return result.ok ? slugRule(result.value) : result
  })
  const phone = problems.at(raw, ['phone'], checkPhone)
  problems.at(raw, ['timeZone'], checkTimeZone)
  const rows = list(raw.openingHours)
  const acrossDays = checkDayRanges(rows)
  rows.forEach((row, i) => {
    if (!isObject(row)) return
    for (const problem of checkOpeningHours(row)) {
      problems.add(raw, ['openingHours', i, problem.field], problem.message)
    }
    const across = acrossDays.get(i)
    if (across !== undefined) problems.add(raw, ['openingHours', i, across.field], across.message)
  })
  list(raw.specialHours).forEach((entry, i) => {
    if (!isObject(entry)) return
    for (const problem of checkSpecialHours(entry)) {
      problems.add(raw, ['specialHours', i, ...problem.path], problem.message)
    }
  })

  return attempt(() => {
    const location = need(doc)
    const { country = 'US', ...address } = location.address
    return {
      id: location._id,
      name: location.name,
      slug: location.slug.current,
      address: { ...address, country },
      phone: need(phone),
      timeZone: location.timeZone,
      /** One entry per day listed, Monday first; a day's ranges in order, none when closed. */
      openingHours: WEEKDAYS.flatMap((day) => {
        const lines = location.openingHours.filter((row) => row.day === day)
        if (lines.length === 0) return []
        return [{ day, ranges: rangesOf(lines.filter((row) => row.closed !== true)) }]
      }),
      /**
       * Dated hours that replace the usual week, by first day (`lastDay` is `firstDay` for one
       * day; no ranges when closed); which to show at a given time is `specialHoursToShow`.
       */
      specialHours: (location.specialHours ?? [])
        .map(({ _key, reason, firstDay, lastDay, closed, hours = [] }) => ({
          key: _key,
          reason,
          firstDay,
          lastDay: lastDay ?? firstDay,
          ranges: closed === true ? [] : rangesOf(hours),
        }))
        .sort((a, b) => (a.firstDay < b.firstDay ? -1 : a.firstDay > b.firstDay ? 1 : 0)),
      acceptingNewPatients: location.acceptingNewPatients ?? null,
    }
  })
}
