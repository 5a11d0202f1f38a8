// Workspace navigation: on a phone the tabs scroll sideways; start with the current one in view.
// The page works without this file.
document.addEventListener('DOMContentLoaded', () => {
	const list = document.querySelector('.ws-nav-list');
	const current = list && list.querySelector('[aria-current="page"]');
	if (list && current && list.scrollWidth > list.clientWidth) {
		list.scrollLeft = Math.max(0, current.offsetLeft - list.offsetLeft - 24);
	}
});
