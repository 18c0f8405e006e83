import assert from 'node:assert/strict'
import { test } from 'node:test'
import { median, percentile, kib } from '../src/stats.mjs'

test('median of odd and even counts, unsorted input', () => {
  assert.equal(median([5, 1, 3]), 3)
  assert.equal(median([4, 1, 3, 2]), 2.5)
  assert.ok(Number.isNaN(median([])))
})

test('nearest-rank p95 of 20 samples is the 19th smallest', () => {
  const samples = Array.from({ length: 20 }, (_, i) => (i + 1) * 100).reverse()
  assert.equal(percentile(samples, 95), 1900)
  assert.equal(percentile(samples, 100), 2000)
  assert.equal(percentile(samples, 50), 1000)
  assert.equal(percentile([7], 95), 7)
})

test('kib formats bytes and marks missing values', () => {
  assert.equal(kib(2048), '2.0 KiB')
  assert.equal(kib(null), 'n/a')
})
