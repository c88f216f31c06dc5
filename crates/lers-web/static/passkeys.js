// Passkeys and security keys (WebAuthn): registering one, signing in with one (alone,
// or after the password in place of the code), and a key touch in place of a code for
// a step-up. The server (webauthn-rs) sends the
// options as base64url JSON; binary fields are turned into ArrayBuffers for
// navigator.credentials and back. Every text shown comes from the page (translated
// there): data-* attributes on the element the script works with.
"use strict";

const fromB64url = (text) => {
  const b64 = text.replace(/-/g, "+").replace(/_/g, "/");
  const raw = atob(b64 + "===".slice((b64.length + 3) % 4));
  return Uint8Array.from(raw, (c) => c.charCodeAt(0)).buffer;
};

const toB64url = (buffer) => {
  if (!buffer) return null;
  let raw = "";
  for (const byte of new Uint8Array(buffer)) raw += String.fromCharCode(byte);
  return btoa(raw).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
};

const supported = () =>
  typeof window.PublicKeyCredential === "function" && !!navigator.credentials;

function creationOptions(options) {
  const pk = { ...options.publicKey };
  pk.challenge = fromB64url(pk.challenge);
  pk.user = { ...pk.user, id: fromB64url(pk.user.id) };
  pk.excludeCredentials = (pk.excludeCredentials || []).map((c) => ({ ...c, id: fromB64url(c.id) }));
  return { publicKey: pk };
}

function requestOptions(options) {
  const pk = { ...options.publicKey };
  pk.challenge = fromB64url(pk.challenge);
  pk.allowCredentials = (pk.allowCredentials || []).map((c) => ({ ...c, id: fromB64url(c.id) }));
  return { publicKey: pk };
}

function registrationJson(credential) {
  return {
    id: credential.id,
    rawId: toB64url(credential.rawId),
    type: credential.type,
    response: {
      attestationObject: toB64url(credential.response.attestationObject),
      clientDataJSON: toB64url(credential.response.clientDataJSON),
      transports: credential.response.getTransports ? credential.response.getTransports() : undefined,
    },
    extensions: credential.getClientExtensionResults(),
  };
}

function assertionJson(credential) {
  return {
    id: credential.id,
    rawId: toB64url(credential.rawId),
    type: credential.type,
    response: {
      authenticatorData: toB64url(credential.response.authenticatorData),
      clientDataJSON: toB64url(credential.response.clientDataJSON),
      signature: toB64url(credential.response.signature),
      userHandle: toB64url(credential.response.userHandle),
    },
    extensions: credential.getClientExtensionResults(),
  };
}

async function post(url, csrf, body) {
  const response = await fetch(url, {
    method: "POST",
    credentials: "same-origin",
    headers: { "Content-Type": "application/json", "X-CSRF-Token": csrf },
    body: JSON.stringify(body),
  });
  let answer = {};
  try {
    answer = await response.json();
  } catch (_) {
    // Not JSON: the status says enough.
  }
  if (!response.ok) throw new Error(answer.error || String(response.status));
  return answer;
}

// Runs one ceremony: start (server), the browser's create/get, finish (server).
async function ceremony(base, csrf, startBody, create) {
  const started = await post(`${base}/start`, csrf, startBody);
  let credential;
  try {
    credential = create
      ? await navigator.credentials.create(creationOptions(started.options))
      : await navigator.credentials.get(requestOptions(started.options));
  } catch (_) {
    throw new Error("cancelled");
  }
  const json = create ? registrationJson(credential) : assertionJson(credential);
  return post(`${base}/finish`, csrf, { flow: started.flow, credential: json });
}

function say(status, text) {
  status.textContent = text;
}

// The element's message for a failure: the server's words, or the page's own for a
// cancelled or failed browser step.
const failure = (el, error) => (error.message === "cancelled" ? el.dataset.cancelled : error.message);

function unavailable(el) {
  const note = el.querySelector("[data-passkey-unavailable]");
  if (note) note.hidden = false;
  for (const button of el.querySelectorAll("button")) button.disabled = true;
}

function setUpRegistration(form) {
  if (!supported()) return unavailable(form);
  const status = form.querySelector("[role=status]");
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    say(status, form.dataset.working);
    const body = { name: form.elements.name.value, code: form.elements.code ? form.elements.code.value : "" };
    try {
      const done = await ceremony("/account/keys/register", form.dataset.csrf, body, true);
      window.location.assign(done.redirect);
    } catch (error) {
      say(status, failure(form, error));
    }
  });
}

function setUpSignIn(box) {
  if (!supported()) return unavailable(box);
  const status = box.querySelector("[role=status]");
  box.querySelector("button").addEventListener("click", async () => {
    say(status, box.dataset.working);
    try {
      const done = await ceremony("/login/key", box.dataset.csrf, {}, false);
      window.location.assign(done.redirect);
    } catch (error) {
      say(status, failure(box, error));
    }
  });
}

// "Use my security key instead of a code" in the sign-in form: the keys of the address
// typed answer, and the answer goes in with the password (one check, one message).
function setUpSecondFactor(box) {
  if (!supported()) return;
  const form = box.closest("form");
  const button = box.querySelector("button");
  const status = box.querySelector("[role=status]");
  button.hidden = false;
  button.addEventListener("click", async () => {
    const email = form.elements.email.value.trim();
    if (!email || !form.elements.password.value) {
      say(status, box.dataset.missing);
      return;
    }
    say(status, box.dataset.working);
    try {
      const started = await post("/login/key/second-factor", box.dataset.csrf, { email });
      let credential;
      try {
        credential = await navigator.credentials.get(requestOptions(started.options));
      } catch (_) {
        throw new Error("cancelled");
      }
      form.elements.key_flow.value = started.flow;
      form.elements.key_assertion.value = JSON.stringify(assertionJson(credential));
      form.elements.code.value = "";
      form.submit();
    } catch (error) {
      say(status, failure(box, error));
    }
  });
}

// A "confirm with my security key" button beside each step-up code field.
function setUpStepUp(texts) {
  if (!supported()) return;
  const fields = document.querySelectorAll(
    'form[method="post"] input[autocomplete="one-time-code"]',
  );
  for (const field of fields) {
    if (field.form.action.endsWith("/mfa/enroll")) continue;
    const button = document.createElement("button");
    button.type = "button";
    button.className = "button secondary passkey-touch";
    button.textContent = texts.dataset.label;
    const status = document.createElement("p");
    status.setAttribute("role", "status");
    status.className = "hint";
    field.after(button, status);
    button.addEventListener("click", async () => {
      say(status, texts.dataset.working);
      try {
        await ceremony("/account/step-up/key", texts.dataset.csrf, {}, false);
        field.value = "";
        field.required = false;
        say(status, texts.dataset.done);
      } catch (error) {
        say(status, failure(texts, error));
      }
    });
  }
}

document.addEventListener("DOMContentLoaded", () => {
  const form = document.getElementById("passkey-register");
  if (form) setUpRegistration(form);
  const signIn = document.getElementById("passkey-sign-in");
  if (signIn) setUpSignIn(signIn);
  const secondFactor = document.getElementById("passkey-second-factor");
  if (secondFactor) setUpSecondFactor(secondFactor);
  const stepUp = document.getElementById("passkey-step-up");
  if (stepUp) setUpStepUp(stepUp);
});
