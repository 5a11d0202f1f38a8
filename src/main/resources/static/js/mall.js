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
