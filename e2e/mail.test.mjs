// The outbox reader must find links however the mailer encoded the body.

import assert from 'node:assert/strict';
import { test } from 'node:test';

import { decodeQuotedPrintable, mailSearchTexts } from './lers.mjs';

const LINK = 'http://127.0.0.1:41234/verify?token=3Dab_c-DEF0123456789xyzXYZ';
const RE = /http:\/\/127\.0\.0\.1:41234\/verify\?token=[A-Za-z0-9_-]+/;
const find = (raw) => mailSearchTexts(raw).map((t) => RE.exec(t)?.[0]).find(Boolean);

test('quoted-printable: soft line breaks and =XX escapes, UTF-8', () => {
  assert.equal(decodeQuotedPrintable('a=3Db=\r\nc=C3=A9\r\nd'), 'a=bcé\r\nd');
});

test('finds a link in a 7bit message', () => {
  const raw = `From: LERS <noreply@lers.test>\r\nTo: dana@abilenetx.gov\r\nSubject: Verify\r\n`
    + `Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 7bit\r\n\r\nOpen ${LINK}\r\n`;
  assert.equal(find(raw), LINK);
});

test('finds a link split by quoted-printable soft breaks (token starting with 3D kept)', () => {
  const qp = `Open ${LINK}`.replace(/=/g, '=3D');
  const wrapped = `${qp.slice(0, 40)}=\r\n${qp.slice(40)}`;
  const raw = `To: dana@abilenetx.gov\r\nContent-Type: text/plain; charset=utf-8\r\n`
    + `Content-Transfer-Encoding: quoted-printable\r\n\r\n${wrapped}\r\n`;
  assert.equal(find(raw), LINK);
});

test('finds a link in a base64 part of a multipart/alternative message', () => {
  const b64 = Buffer.from(`Hello,\r\nopen ${LINK} to continue.\r\n`).toString('base64').replace(/.{76}/g, '$&\r\n');
  const raw = 'To: dana@abilenetx.gov\r\nMIME-Version: 1.0\r\n'
    + 'Content-Type: multipart/alternative;\r\n boundary="XYZ"\r\n\r\n'
    + '--XYZ\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n'
    + `${b64}\r\n`
    + '--XYZ\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n'
    + `<a href=3D"${LINK.replace(/=/g, '=3D')}">verify</a>\r\n--XYZ--\r\n`;
  assert.equal(find(raw), LINK);
});
