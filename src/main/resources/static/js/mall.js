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
