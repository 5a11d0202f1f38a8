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

// A wide table scrolls sideways inside its .table-scroll box on a phone; keyboard users reach
// that scroll only if the box can take focus, so a box that overflows becomes a named,
// focusable region (a box that fits stays out of the tab order). Templates may set this
// themselves; this covers every other table, on any page.
const scrollRegions = () => {
	document.querySelectorAll('.table-scroll').forEach((box) => {
		if (box.dataset.scrollRegion !== 'auto' && box.hasAttribute('tabindex')) {
			return;
		}
		if (box.scrollWidth > box.clientWidth || box.scrollHeight > box.clientHeight) {
			if (!box.hasAttribute('aria-label') && !box.hasAttribute('aria-labelledby')) {
				const caption = box.querySelector('caption');
				const heading = box.closest('section, article, main')?.querySelector('h1, h2, h3');
				const name = (caption || heading || document.querySelector('h1'))?.textContent.trim();
				if (name) {
					box.setAttribute('aria-label', name);
					box.dataset.scrollRegionNamed = 'true';
				}
			}
			box.dataset.scrollRegion = 'auto';
			box.setAttribute('role', 'region');
			box.setAttribute('tabindex', '0');
		}
		else if (box.dataset.scrollRegion === 'auto') {
			box.removeAttribute('tabindex');
			box.removeAttribute('role');
			if (box.dataset.scrollRegionNamed === 'true') {
				box.removeAttribute('aria-label');
			}
		}
	});
};
document.addEventListener('DOMContentLoaded', scrollRegions);
window.addEventListener('resize', scrollRegions);
