// 评分试算: sends the item scores to the public preview API and shows the result.
(function () {
  var form = document.getElementById('preview-form');
  if (!form) {
    return;
  }
  var timer = null;

  function text(id, value) {
    document.getElementById(id).textContent = value;
  }

  function list(id, lines) {
    var target = document.getElementById(id);
    target.innerHTML = '';
    lines.forEach(function (line) {
      var li = document.createElement('li');
      li.textContent = line;
      target.appendChild(li);
    });
  }

  function send() {
    var items = {};
    var body = '{"rubric":"' + form.getAttribute('data-rubric') + '","items":{';
    var parts = [];
    form.querySelectorAll('.jp-item').forEach(function (input) {
      input.classList.remove('is-invalid');
      var value = input.value.trim();
      if (value !== '') {
        // Sent as written, so the server reads the exact decimal.
        parts.push('"' + input.name + '":' + (/^\d+(\.\d+)?$/.test(value) ? value : JSON.stringify(value)));
      }
    });
    body += parts.join(',') + '},"vetoes":[';
    var vetoes = [];
    form.querySelectorAll('.jp-veto').forEach(function (select) {
      if (select.value) {
        vetoes.push('{"code":"' + select.name + '","severity":"' + select.value + '"}');
      }
    });
    body += vetoes.join(',') + ']}';
    fetch(form.getAttribute('action'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: body
    }).then(function (response) {
      return response.json().then(function (json) {
        return { ok: response.ok, json: json };
      });
    }).then(function (result) {
      if (!result.ok) {
        (result.json.errors || []).forEach(function (error) {
          var code = error.field.replace('items.', '');
          var input = document.getElementById('item-' + code);
          if (input) {
            input.classList.add('is-invalid');
            text('error-' + code, error.message);
          }
        });
        text('preview-grade', '请修改标红的得分');
        return;
      }
      var json = result.json;
      text('preview-total', json.total);
      text('preview-grade', json.gradeLabel + (json.capped ? '（否定评判项封顶）' : ''));
      list('preview-categories', json.categories.map(function (c) {
        return c.name + '：' + c.score + ' / ' + c.max;
      }));
      list('preview-explanation', json.explanation);
    });
  }

  form.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(send, 250);
  });
  form.addEventListener('change', send);
  document.getElementById('fill-full').addEventListener('click', function () {
    form.querySelectorAll('.jp-item').forEach(function (input) {
      var max = input.closest('tr').children[input.closest('tr').children.length - 2].textContent.trim();
      input.value = max;
    });
    send();
  });
  send();
})();
