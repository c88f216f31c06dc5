// The browser's time zone, offered where LERS asks for one (sign-up, the profile):
// a hidden field marked data-browser-zone gets it, and a time-zone list marked so
// selects it when the person has not chosen one yet. Without script the server
// uses UTC. A static file, because the pages' CSP forbids inline script.
(function () {
  "use strict";
  var zone = "";
  try {
    zone = Intl.DateTimeFormat().resolvedOptions().timeZone || "";
  } catch (e) {
    return;
  }
  if (!zone) {
    return;
  }
  var fields = document.querySelectorAll("[data-browser-zone]");
  for (var i = 0; i < fields.length; i++) {
    var field = fields[i];
    if (field.tagName === "SELECT") {
      if (field.getAttribute("data-chosen") === "" &&
          field.querySelector('option[value="' + zone.replace(/"/g, "") + '"]')) {
        field.value = zone;
      }
    } else if (!field.value) {
      field.value = zone;
    }
  }
})();
