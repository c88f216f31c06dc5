// The test-side TOTP must be right before it can judge the server's.

import assert from 'node:assert/strict';
import { test } from 'node:test';

import { base32Decode, hotp, totp } from './lers.mjs';

const RFC_KEY = Buffer.from('12345678901234567890', 'ascii');

test('base32 decodes RFC 4648 test vectors, ignoring case, spaces and padding', () => {
  assert.equal(base32Decode('').toString(), '');
  assert.equal(base32Decode('MY======').toString(), 'f');
  assert.equal(base32Decode('MZXW6YQ=').toString(), 'foob');
  assert.equal(base32Decode('MZXW6YTBOI======').toString(), 'foobar');
  assert.deepEqual(base32Decode('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ'), RFC_KEY);
  assert.deepEqual(base32Decode('gezd gnbv gy3t qojq gezd gnbv gy3t qojq'), RFC_KEY);
  assert.throws(() => base32Decode('GEZ1'), /invalid base32/);
});

test('HOTP matches RFC 4226 Appendix D', () => {
  const expected = ['755224', '287082', '359152', '969429', '338314',
    '254676', '287922', '162583', '399871', '520489'];
  expected.forEach((code, counter) => assert.equal(hotp(RFC_KEY, counter), code, `counter ${counter}`));
});

test('TOTP (SHA-1) matches RFC 6238 Appendix B', () => {
  const vectors = [
    [59, '94287082'], [1111111109, '07081804'], [1111111111, '14050471'],
    [1234567890, '89005924'], [2000000000, '69279037'], [20000000000, '65353130'],
  ];
  for (const [time, code] of vectors) {
    assert.equal(totp(RFC_KEY, { time, digits: 8 }), code, `T=${time}`);
    assert.equal(totp(RFC_KEY, { time, digits: 6 }), code.slice(2), `T=${time}, 6 digits`);
  }
  // Same key given as base32, as the enrolment page shows it.
  assert.equal(totp('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', { time: 59 }), '287082');
  // Window edges: 30 s steps.
  assert.equal(totp(RFC_KEY, { time: 0 }), hotp(RFC_KEY, 0));
  assert.equal(totp(RFC_KEY, { time: 29.999 }), hotp(RFC_KEY, 0));
  assert.equal(totp(RFC_KEY, { time: 30 }), hotp(RFC_KEY, 1));
});
