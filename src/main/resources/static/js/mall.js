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
