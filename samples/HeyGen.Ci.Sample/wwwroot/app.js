'use strict';

// The shop's pages: each calls the API with fetch and renders what comes back.
// The token from sign-in lives in sessionStorage and goes out as a bearer token.

const session = {
  get token() { return sessionStorage.getItem('token'); },
  get userName() { return sessionStorage.getItem('userName'); },
  save(signIn) {
    sessionStorage.setItem('token', signIn.token);
    sessionStorage.setItem('userName', signIn.user.name);
  },
  clear() {
    sessionStorage.removeItem('token');
    sessionStorage.removeItem('userName');
  },
};

class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || `The shop answered ${status}.`);
    this.status = status;
  }
}

// Pages never reuse a cached answer, so that every visit sends the same requests.
async function api(method, path, body) {
  const headers = { Accept: 'application/json' };
  if (session.token) {
    headers.Authorization = `Bearer ${session.token}`;
  }
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }

  const response = await fetch(path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    cache: 'no-store',
  });
  const text = await response.text();
  const json = text ? JSON.parse(text) : null;
  if (!response.ok) {
    throw new ApiError(response.status, json);
  }
  return json;
}

function element(tag, text, attributes = {}) {
  const node = document.createElement(tag);
  if (text !== undefined) {
    node.textContent = text;
  }
  for (const [name, value] of Object.entries(attributes)) {
    node.setAttribute(name, value);
  }
  return node;
}

function money(amount, currency = 'EUR') {
  return `${Number(amount).toFixed(2)} ${currency}`;
}

function showError(error) {
  document.getElementById('status').textContent = error.message;
}

// After sign-in and checkout the page says what happened for a moment before it moves on.
function moveOn(message, target) {
  document.getElementById('status').className = 'message';
  document.getElementById('status').textContent = message;
  setTimeout(() => location.assign(target), 400);
}

function requireSignIn() {
  if (session.token) {
    return true;
  }
  const next = location.pathname + location.search;
  location.assign(`/signin.html?next=${encodeURIComponent(next)}`);
  return false;
}

function renderNavigation() {
  const link = document.getElementById('nav-sign-in');
  if (!session.token) {
    return;
  }
  link.textContent = `Sign out (${session.userName})`;
  link.addEventListener('click', (event) => {
    event.preventDefault();
    session.clear();
    location.assign('/');
  });
}

function renderProducts(list, products) {
  list.replaceChildren(...products.map((product) => {
    const item = element('li');
    const link = element('a', product.name, {
      href: `/product.html?id=${product.id}`,
      'data-product-id': String(product.id),
    });
    item.append(link, element('span', money(product.price, product.currency), { class: 'price' }));
    return item;
  }));
}

async function catalogPage() {
  const params = new URLSearchParams(location.search);
  const page = Number(params.get('page') || '1');
  const sort = params.get('sort') || 'id';
  const sortSelect = document.getElementById('sort-select');
  sortSelect.value = sort;
  sortSelect.addEventListener('change', () => {
    location.assign(`/?sort=${encodeURIComponent(sortSelect.value)}`);
  });

  const result = await api('GET', `/api/products?page=${page}&pageSize=6&sort=${encodeURIComponent(sort)}`);
  renderProducts(document.getElementById('product-list'), result.items);

  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  document.getElementById('page-label').textContent = `Page ${result.page} of ${pages}`;
  const goTo = (target) => location.assign(`/?page=${target}&sort=${encodeURIComponent(sort)}`);
  const previous = document.getElementById('prev-page');
  const next = document.getElementById('next-page');
  previous.disabled = page <= 1;
  next.disabled = page >= pages;
  previous.addEventListener('click', () => goTo(page - 1));
  next.addEventListener('click', () => goTo(page + 1));
}

async function searchPage() {
  const query = new URLSearchParams(location.search).get('q') || '';
  document.getElementById('search-input').value = query;
  document.getElementById('search-title').textContent = `Search: ${query}`;
  const result = await api('GET', `/api/search?q=${encodeURIComponent(query)}`);
  renderProducts(document.getElementById('product-list'), result.items);
  if (result.total === 0) {
    document.getElementById('status').textContent = 'Nothing matches that search.';
  }
}

async function productPage() {
  const id = new URLSearchParams(location.search).get('id');
  const product = await api('GET', `/api/products/${encodeURIComponent(id)}`);
  document.title = `${product.name} · HeyGen sample shop`;
  document.getElementById('product-name').textContent = product.name;
  document.getElementById('product-category').textContent = product.category;
  document.getElementById('product-description').textContent = product.description;
  document.getElementById('product-price').textContent = money(product.price, product.currency);
  document.getElementById('product-rating').textContent = product.rating.toFixed(1);

  document.getElementById('add-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!requireSignIn()) {
      return;
    }
    const quantity = Number(document.getElementById('quantity').value);
    try {
      const cart = await api('POST', '/api/cart/items', { productId: product.id, quantity });
      document.getElementById('message').textContent = `Added. The cart holds ${cart.itemCount} items.`;
    } catch (error) {
      showError(error);
    }
  });
}

async function signInPage() {
  document.getElementById('sign-in-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const email = document.getElementById('email').value;
    const password = document.getElementById('password').value;
    try {
      const signIn = await api('POST', '/api/auth/sign-in', { email, password });
      session.save(signIn);
      const next = new URLSearchParams(location.search).get('next');
      moveOn(`Welcome back, ${signIn.user.name}.`, next && next.startsWith('/') ? next : '/');
    } catch (error) {
      showError(error);
    }
  });
}

function renderCart(cart) {
  const lines = document.getElementById('cart-lines');
  lines.replaceChildren(...cart.items.map((line) => {
    const item = element('li');
    const remove = element('button', 'Remove', {
      type: 'button',
      class: 'remove',
      'data-product-id': String(line.productId),
    });
    remove.addEventListener('click', async () => {
      try {
        renderCart(await api('DELETE', `/api/cart/items/${line.productId}`));
      } catch (error) {
        showError(error);
      }
    });
    item.append(element('span', `${line.quantity} × ${line.name}`), element('span', money(line.lineTotal)), remove);
    return item;
  }));
  document.getElementById('cart-total').textContent = money(cart.total, cart.currency);
  document.getElementById('place-order').disabled = cart.items.length === 0;
}

async function cartPage() {
  if (!requireSignIn()) {
    return;
  }
  renderCart(await api('GET', '/api/cart'));

  document.getElementById('checkout-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const deliveryName = document.getElementById('delivery-name').value;
    const deliveryAddress = document.getElementById('delivery-address').value;
    try {
      const order = await api('POST', '/api/orders', { deliveryName, deliveryAddress });
      moveOn('Thank you. Opening your order…', `/order.html?id=${encodeURIComponent(order.id)}`);
    } catch (error) {
      showError(error);
    }
  });
}

async function orderPage() {
  if (!requireSignIn()) {
    return;
  }
  const id = new URLSearchParams(location.search).get('id');
  const order = await api('GET', `/api/orders/${encodeURIComponent(id)}`);
  document.getElementById('order-id').textContent = order.id;
  document.getElementById('order-created').textContent = new Date(order.createdAt).toUTCString();
  document.getElementById('order-delivery').textContent = `${order.deliveryName}, ${order.deliveryAddress}`;
  document.getElementById('order-lines').replaceChildren(
    ...order.items.map((line) => element('li', `${line.quantity} × ${line.name} — ${money(line.lineTotal)}`)));
  document.getElementById('order-total').textContent = money(order.total, order.currency);
}

const pages = {
  catalog: catalogPage,
  search: searchPage,
  product: productPage,
  'sign-in': signInPage,
  cart: cartPage,
  order: orderPage,
};

renderNavigation();
const render = pages[document.body.dataset.page];
render().then(
  () => document.body.setAttribute('data-ready', 'true'),
  (error) => {
    showError(error);
    document.body.setAttribute('data-ready', 'true');
  });
