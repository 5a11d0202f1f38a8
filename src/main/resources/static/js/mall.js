// Small progressive enhancements; every page works without this file.
document.addEventListener('DOMContentLoaded', () => {
	const toggle = document.querySelector('.menu-toggle');
	const list = document.getElementById('category-list');
	if (toggle && list) {
		document.documentElement.classList.add('js');
		toggle.addEventListener('click', () => {
			const open = toggle.getAttribute('aria-expanded') === 'true';
			toggle.setAttribute('aria-expanded', String(!open));
			list.classList.toggle('open', !open);
		});
	}
});

// A form marked data-submit-once cannot be sent twice by a double click; the server makes a
// second submission harmless anyway (the checkout's idempotency key).
document.addEventListener('submit', (event) => {
	const form = event.target;
	if (!(form instanceof HTMLFormElement) || !form.hasAttribute('data-submit-once')) {
		return;
	}
	if (form.dataset.submitted === 'true') {
		event.preventDefault();
		return;
	}
	form.dataset.submitted = 'true';
	form.querySelectorAll('button[type="submit"]').forEach((button) => button.setAttribute('aria-busy', 'true'));
});

// 찜 (issue 21): a heart's form is sent in the background, so the page does not jump; the
// button flips and a screen reader hears the new state. Without this the form posts and
// the server sends the shopper back to the same page.
document.addEventListener('submit', (event) => {
	const form = event.target;
	if (!(form instanceof HTMLFormElement) || !form.classList.contains('wish-form') || !window.fetch) {
		return;
	}
	event.preventDefault();
	const button = form.querySelector('.wish-button');
	if (button.getAttribute('aria-busy') === 'true') {
		return;
	}
	button.setAttribute('aria-busy', 'true');
	fetch(form.action, {
		method: 'POST',
		body: new FormData(form),
		headers: { 'X-Requested-With': 'fetch', 'Accept': 'application/json' },
		credentials: 'same-origin',
	}).then((response) => {
		if (!response.ok) {
			throw new Error(String(response.status));
		}
		return response.json();
	}).then((state) => {
		document.querySelectorAll('.wish-form').forEach((other) => {
			const id = other.querySelector('input[name="productId"]').value;
			if (id !== form.querySelector('input[name="productId"]').value) {
				return;
			}
			const otherButton = other.querySelector('.wish-button');
			otherButton.setAttribute('aria-pressed', String(state.wished));
			other.action = state.wished ? other.dataset.remove : other.dataset.add;
			const title = state.wished ? otherButton.dataset.titleOn : otherButton.dataset.titleOff;
			if (title) {
				otherButton.title = title;
			}
		});
	}).catch(() => {
		// Fall back to the plain form: the server answers with the page and a message.
		button.removeAttribute('aria-busy');
		form.submit();
	}).finally(() => {
		button.removeAttribute('aria-busy');
	});
});
