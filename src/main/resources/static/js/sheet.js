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
