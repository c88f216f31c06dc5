// Resumable production uploads from the console (protocol: routes/productions.rs).
// Each file is sent in 8 MiB chunks; the server says how much it has safely stored
// and the next chunk starts there, so a dropped connection or a reload loses at most
// one chunk. Choosing the same file again (same name, size and modification time)
// continues an unfinished upload; anything else starts a new one.
"use strict";

const CHUNK_BYTES = 8 * 1024 * 1024;
const MAX_RETRIES = 6;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// The page carries its texts in the reader's language (data-say-*), with {slot}s.
const uploadText = (form, key, values = {}) =>
  form.dataset[key].replace(/\{(\w+)\}/g, (slot, name) => (name in values ? String(values[name]) : slot));

async function call(url, options) {
  const response = await fetch(url, { credentials: "same-origin", ...options });
  let body = {};
  try {
    body = await response.json();
  } catch (_) {
    // Not JSON (e.g. a proxy error page): the status says enough.
  }
  return { status: response.status, ok: response.ok, body };
}

const sourceTag = (file) => `modified:${file.lastModified}`;
const identity = (file) => `${file.name}|${file.size}|${sourceTag(file)}`;

// Uploads started on this page, for files chosen again before a reload.
const startedHere = new Map();

function unfinishedUpload(form, file) {
  if (startedHere.has(identity(file))) return startedHere.get(identity(file));
  const rows = form.closest(".production").querySelectorAll("tr[data-file]");
  for (const row of rows) {
    if (row.dataset.name === file.name && Number(row.dataset.size) === file.size &&
        row.dataset.source === sourceTag(file) && row.dataset.complete !== "true") {
      return `${form.dataset.upload}/${row.dataset.file}`;
    }
  }
  return null;
}

async function uploadFile(form, file, report) {
  const csrf = { "X-CSRF-Token": form.dataset.csrf };
  let url = unfinishedUpload(form, file);
  let received = 0;
  if (url) {
    const status = await call(url, { headers: csrf });
    if (!status.ok) throw new Error(status.body.error || `status ${status.status}`);
    if (status.body.complete) return status.body;
    received = status.body.received;
  } else {
    const created = await call(form.dataset.upload, {
      method: "POST",
      headers: { ...csrf, "Content-Type": "application/json" },
      body: JSON.stringify({ name: file.name, size: file.size, source_tag: sourceTag(file) }),
    });
    if (!created.ok) {
      const problems = (created.body.fields || []).map((f) => f.message).join(" ");
      throw new Error(problems || created.body.error || `status ${created.status}`);
    }
    url = created.body.upload_url;
    startedHere.set(identity(file), url);
  }
  let failures = 0;
  for (;;) {
    report(received);
    const end = Math.min(received + CHUNK_BYTES, file.size);
    let answer = null;
    let problem = "";
    try {
      answer = await call(url, {
        method: "PUT",
        headers: { ...csrf, "Upload-Offset": String(received), "Content-Type": "application/octet-stream" },
        body: file.slice(received, end),
      });
    } catch (error) {
      problem = error.message;
    }
    if (answer && answer.ok) {
      failures = 0;
      received = answer.body.received;
      if (answer.body.complete) {
        report(received);
        return answer.body;
      }
      continue;
    }
    if (answer && answer.status === 409 && typeof answer.body.received === "number") {
      received = answer.body.received;
      continue;
    }
    // Busy (409), a server or proxy failure (5xx) or the network: ask where the
    // upload stands and try again, a little later each time.
    const retryable = !answer || answer.status === 409 || answer.status >= 500;
    if (answer) problem = answer.body.error || `status ${answer.status}`;
    failures += 1;
    if (!retryable || failures > MAX_RETRIES) throw new Error(problem);
    await sleep(2000 * failures);
    const status = await call(url, { headers: csrf }).catch(() => null);
    if (status && status.ok) {
      if (status.body.complete) return status.body;
      received = status.body.received;
    }
  }
}

function wire(form) {
  const input = form.querySelector("input[type=file]");
  const progress = form.querySelector("progress");
  const status = form.querySelector(".upload-status");
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const files = Array.from(input.files);
    if (files.length === 0) {
      status.textContent = uploadText(form, "sayChoose");
      return;
    }
    form.querySelector("button").disabled = true;
    progress.hidden = false;
    try {
      for (const [index, file] of files.entries()) {
        const done = await uploadFile(form, file, (received) => {
          const share = file.size === 0 ? 100 : Math.floor((received / file.size) * 100);
          progress.value = share;
          status.textContent = uploadText(form, "sayProgress", { name: file.name, number: index + 1, total: files.length, share });
        });
        status.textContent = uploadText(form, "sayStored", { name: file.name, sha256: done.sha256 });
      }
      window.location.reload();
    } catch (error) {
      status.textContent = uploadText(form, "sayStopped", { problem: error.message });
      form.querySelector("button").disabled = false;
    }
  });
}

document.querySelectorAll("form[data-upload]").forEach(wire);
