// Score sheet pages: a button with data-confirm asks before it submits (e.g. 提交 beside 暂存),
// and note boxes grow with their text.
(function () {
  document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('button[data-confirm]');
    if (button && !window.confirm(button.getAttribute('data-confirm'))) {
      event.preventDefault();
    }
  }, true);

  function grow(area) {
    area.style.height = 'auto';
    area.style.height = area.scrollHeight + 2 + 'px';
  }

  document.addEventListener('input', function (event) {
    if (event.target.classList && event.target.classList.contains('jp-note')) {
      grow(event.target);
    }
  });

  document.querySelectorAll('textarea.jp-note').forEach(function (area) {
    if (area.value) {
      grow(area);
    }
  });
})();

// docs (issue 14): evidence is uploaded without leaving the page, so unsaved scores and texts
// stay where they are; the evidence list and the server's message are taken from the answer.
(function () {
  function status(text, failed) {
    var target = document.getElementById('evidence-status');
    if (target) {
      target.textContent = text;
      target.className = 'small mb-2 ' + (failed ? 'text-danger' : 'text-success');
    }
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (form.id !== 'evidence-form' || !window.fetch || !window.FormData) {
      return;
    }
    event.preventDefault();
    var button = form.querySelector('button[type="submit"]');
    button.disabled = true;
    status('正在上传……', false);
    fetch(form.action, { method: 'POST', body: new FormData(form), credentials: 'same-origin' })
      .then(function (response) {
        return response.text().then(function (html) {
          return { ok: response.ok, html: html };
        });
      })
      .then(function (result) {
        var page = new DOMParser().parseFromString(result.html, 'text/html');
        var fresh = page.getElementById('evidence');
        var error = page.getElementById('flash-error');
        var message = page.getElementById('flash-message');
        if (!result.ok || !fresh) {
          status('上传失败，请稍后重试；已填写的内容未受影响。', true);
          button.disabled = false;
          return;
        }
        document.getElementById('evidence').replaceWith(fresh);
        if (error) {
          status(error.textContent, true);
        } else {
          status(message ? message.textContent : '已上传', false);
        }
      })
      .catch(function () {
        status('上传失败，请检查网络后重试；已填写的内容未受影响。', true);
        button.disabled = false;
      });
  });
})();

// docs (issue 14): a declared veto asks for its 情况说明 at once, says beside the live total that
// it can cap the grade, and a sheet with a declared veto but no 情况说明 is not submitted.
(function () {
  var form = document.getElementById('sheet-form');
  if (!form) {
    return;
  }

  function vetoes() {
    return Array.prototype.slice.call(form.querySelectorAll('.jp-veto'));
  }

  function refresh() {
    var declared = [];
    vetoes().forEach(function (veto) {
      var box = veto.querySelector('input[type="checkbox"]');
      var reason = veto.querySelector('input[type="text"]');
      if (!box || !reason) {
        return;
      }
      reason.required = box.checked;
      reason.setAttribute('aria-required', box.checked ? 'true' : 'false');
      if (box.checked) {
        declared.push(veto.id.replace('veto-', ''));
      } else {
        reason.classList.remove('is-invalid');
      }
    });
    var note = document.getElementById('veto-note');
    if (note) {
      note.hidden = declared.length === 0;
      note.textContent = declared.length === 0 ? '' : '已勾选否定评判情形 ' + declared.join('、')
        + '：等级将按否定评判项封顶（严重程度由专家组认定），上方总分不代表最终等级。';
    }
  }

  function missingReasons() {
    var first = null;
    vetoes().forEach(function (veto) {
      var box = veto.querySelector('input[type="checkbox"]');
      var reason = veto.querySelector('input[type="text"]');
      var error = veto.querySelector('.text-danger');
      if (box && reason && box.checked && !reason.value.trim()) {
        reason.classList.add('is-invalid');
        reason.setAttribute('aria-invalid', 'true');
        if (error) {
          error.textContent = '已勾选该情形，请填写情况说明';
        }
        first = first || reason;
      }
    });
    return first;
  }

  form.addEventListener('change', refresh);
  // on window, so it runs before the confirmation asked on document
  window.addEventListener('click', function (event) {
    if (event.target.id === 'sheet-submit') {
      var missing = missingReasons();
      if (missing) {
        event.preventDefault();
        event.stopImmediatePropagation();
        missing.focus();
      }
    }
  }, true);
  refresh();
})();
