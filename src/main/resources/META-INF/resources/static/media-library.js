// The media library's upload form, enhanced: files dropped or chosen are sent one request each,
// with a progress bar for the sending and then for the making of the sizes. Without this script
// the form still sends every chosen file in one request.
(function () {
  'use strict';
  var form = document.querySelector('[data-media-upload]');
  if (!form || !window.FormData || !window.XMLHttpRequest) {
    return;
  }
  var input = form.querySelector('input[type=file]');
  var zone = form.querySelector('[data-drop-zone]');
  var list = form.querySelector('[data-progress]');
  var lead = form.querySelector('input[name=lead]');
  var pending = 0;

  function text(key, name, reason) {
    return list.getAttribute('data-' + key).replace('%name%', name).replace('%reason%', reason || '');
  }

  function send(file) {
    var item = document.createElement('li');
    var label = document.createElement('span');
    var bar = document.createElement('progress');
    bar.max = 100;
    bar.value = 0;
    label.textContent = text('sending', file.name);
    item.appendChild(label);
    item.appendChild(bar);
    list.appendChild(item);
    var body = new FormData();
    body.append('csrf', form.getAttribute('data-csrf'));
    body.append('file', file, file.name);
    var request = new XMLHttpRequest();
    request.open('POST', '/admin/media/upload');
    request.setRequestHeader('Accept', 'application/json');
    request.upload.onprogress = function (event) {
      if (event.lengthComputable) {
        bar.value = Math.round((event.loaded / event.total) * 100);
      }
    };
    request.upload.onload = function () {
      label.textContent = text('processing', file.name);
      bar.removeAttribute('value');
    };
    request.onload = function () { finish(request, item, label, bar, file); };
    request.onerror = function () { failed(item, label, bar, file, ''); };
    pending++;
    request.send(body);
  }

  function finish(request, item, label, bar, file) {
    var answer = {};
    try { answer = JSON.parse(request.responseText); } catch (notJson) { answer = {}; }
    if (request.status === 201 && answer.href) {
      bar.value = 100;
      bar.max = 100;
      item.className = 'done';
      label.textContent = '';
      var link = document.createElement('a');
      link.href = answer.href + (lead ? '?article=' + lead.value : '');
      link.textContent = text('done', answer.name || file.name);
      label.appendChild(link);
      done();
    } else {
      failed(item, label, bar, file, answer.message || '');
    }
  }

  function failed(item, label, bar, file, message) {
    item.className = 'failed';
    item.setAttribute('role', 'alert');
    bar.remove();
    label.textContent = text('failed', file.name, message);
    done();
  }

  function done() {
    pending--;
    if (pending === 0 && !lead) {
      // The grid shows the new pictures once every file is answered.
      window.setTimeout(function () { window.location.reload(); }, 1500);
    }
  }

  function sendAll(files) {
    for (var i = 0; i < files.length; i++) {
      send(files[i]);
    }
  }

  form.addEventListener('submit', function (event) {
    if (lead) {
      return; // Upload-and-use goes through the plain form, which sets the lead image.
    }
    event.preventDefault();
    if (input.files.length) {
      sendAll(input.files);
      input.value = '';
    }
  });
  zone.hidden = false;
  ['dragenter', 'dragover'].forEach(function (type) {
    form.addEventListener(type, function (event) {
      event.preventDefault();
      form.classList.add('dragging');
    });
  });
  ['dragleave', 'drop'].forEach(function (type) {
    form.addEventListener(type, function () { form.classList.remove('dragging'); });
  });
  form.addEventListener('drop', function (event) {
    event.preventDefault();
    if (event.dataTransfer && event.dataTransfer.files.length) {
      sendAll(event.dataTransfer.files);
    }
  });
})();
