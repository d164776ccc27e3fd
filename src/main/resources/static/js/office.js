// office: a print button prints the page; the print stylesheet leaves out menus,
// query bars and paging so the list or dashboard prints as a plain table.
(function () {
  'use strict';
  document.querySelectorAll('.jp-print').forEach(function (button) {
    button.addEventListener('click', function () { window.print(); });
  });
})();
