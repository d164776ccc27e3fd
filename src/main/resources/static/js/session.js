// 关怀模式 (larger type, higher contrast), remembered per browser, and the warning two minutes
// before a signed-in session ends, whose "继续办理" keeps the session (and unsaved work) alive.
(function () {
  var CARE_KEY = 'jianping.care';
  var root = document.documentElement;

  function applyCare(on) {
    root.classList.toggle('jp-care', on);
    document.querySelectorAll('.jp-care-toggle').forEach(function (button) {
      button.setAttribute('aria-pressed', on ? 'true' : 'false');
      button.textContent = on ? '退出关怀模式' : '关怀模式';
    });
  }

  function stored() {
    try {
      return window.localStorage.getItem(CARE_KEY) === 'on';
    } catch (e) {
      return false;
    }
  }

  applyCare(stored());
  document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('.jp-care-toggle');
    if (!button) {
      return;
    }
    var on = !root.classList.contains('jp-care');
    try {
      window.localStorage.setItem(CARE_KEY, on ? 'on' : 'off');
    } catch (e) {
      // private browsing: the mode still applies to this page
    }
    applyCare(on);
  });

  var body = document.body;
  var seconds = parseDuration(body.getAttribute('data-session-timeout'));
  var url = body.getAttribute('data-keep-alive-url');
  if (!seconds || !url) {
    return;
  }
  var WARN_BEFORE = 120;
  var warnTimer = null;
  var endTimer = null;
  var dialog = document.getElementById('session-warning');
  var expiredNote = document.getElementById('session-expired');

  // "30m", "1800s", "1800", "PT30M", "2h" as Spring writes server.servlet.session.timeout
  function parseDuration(text) {
    if (!text) {
      return 0;
    }
    var t = text.trim().toUpperCase();
    var iso = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?$/.exec(t);
    if (iso) {
      return (+(iso[1] || 0)) * 3600 + (+(iso[2] || 0)) * 60 + (+(iso[3] || 0));
    }
    var simple = /^(\d+)\s*(MS|S|M|H|D)?$/.exec(t);
    if (!simple) {
      return 0;
    }
    var n = +simple[1];
    return { MS: n / 1000, S: n, M: n * 60, H: n * 3600, D: n * 86400 }[simple[2] || 'S'];
  }

  function schedule(lasting) {
    clearTimeout(warnTimer);
    clearTimeout(endTimer);
    dialog.hidden = true;
    warnTimer = setTimeout(warn, Math.max(0, lasting - WARN_BEFORE) * 1000);
    endTimer = setTimeout(expired, lasting * 1000);
  }

  function warn() {
    dialog.hidden = false;
    document.getElementById('session-continue').focus();
  }

  function expired() {
    dialog.hidden = true;
    expiredNote.hidden = false;
  }

  function keepAlive() {
    var headers = { 'Accept': 'application/json' };
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      headers[header.getAttribute('content')] = token.getAttribute('content');
    }
    fetch(url, { method: 'POST', headers: headers, credentials: 'same-origin', redirect: 'manual' })
      .then(function (response) {
        if (!response.ok) {
          expired();
          return null;
        }
        return response.json();
      })
      .then(function (json) {
        if (json) {
          seconds = json.timeoutSeconds || seconds;
          schedule(seconds);
          body.setAttribute('data-session-renewed', String(Date.now()));
        }
      })
      .catch(expired);
  }

  document.getElementById('session-continue').addEventListener('click', keepAlive);
  // htmx requests (live totals, previews) renew the session on the server too
  document.addEventListener('htmx:afterRequest', function () {
    schedule(seconds);
  });
  window.jianpingSession = { warnNow: warn, keepAlive: keepAlive };
  schedule(seconds);
})();
