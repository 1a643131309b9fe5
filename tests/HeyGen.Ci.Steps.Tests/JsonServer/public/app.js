// Small pages of a shop front end; each calls the json-server API the way a browser app would and then
// marks itself done, so the recorder knows the session is complete.
async function call(method, path, body) {
  const init = { method, headers: { Accept: 'application/json' } };
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  const response = await fetch(path, init);
  return response.status === 204 ? null : response.json();
}

function show(value) {
  const out = document.getElementById('out');
  out.textContent += JSON.stringify(value) + '\n';
}

function done() {
  const marker = document.createElement('p');
  marker.id = 'done';
  marker.textContent = 'done';
  document.body.appendChild(marker);
}
