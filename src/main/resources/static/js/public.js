// Public objection form: shows the fields of the chosen objector kind (the server checks either way),
// and fetches a new challenge image on request.
(function () {
  var form = document.getElementById('objection-form');
  if (!form) {
    return;
  }
  function chosenKind() {
    var checked = form.querySelector('input[name="objectorKind"]:checked');
    return checked ? checked.value : null;
  }
  function showKind() {
    var kind = chosenKind();
    form.querySelectorAll('.jp-kind').forEach(function (element) {
      element.classList.toggle('d-none', kind !== null && element.getAttribute('data-kind') !== kind);
    });
    form.querySelectorAll('.jp-kind-none').forEach(function (element) {
      element.classList.toggle('d-none', kind !== null);
    });
  }
  form.querySelectorAll('input[name="objectorKind"]').forEach(function (radio) {
    radio.addEventListener('change', showKind);
  });
  showKind();

  var image = document.getElementById('captcha-image');
  var refresh = document.getElementById('captcha-refresh');
  if (image && refresh) {
    refresh.addEventListener('click', function () {
      image.src = image.src.split('?')[0] + '?t=' + Date.now();
      var input = document.getElementById('captcha');
      if (input) {
        input.value = '';
        input.focus();
      }
    });
  }
})();
