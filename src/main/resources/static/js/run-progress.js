// Keeps a long run's progress page current while the run goes on (a settlement run, a bulk
// listing upload): it asks the page's progress address and reloads the page when the run has
// moved on. No <meta http-equiv="refresh">: a page that reloads itself on a timer is a WCAG
// 2.2.1 failure (axe's meta-refresh, critical). Without this file the page still works: its
// refresh link shows the latest progress.
document.addEventListener('DOMContentLoaded', () => {
	const panel = document.querySelector('.run-progress[data-progress-url]');
	if (!panel || panel.dataset.state !== 'RUNNING') {
		return;
	}
	const bar = panel.querySelector('progress');
	let seen = null;
	const poll = () => {
		fetch(panel.dataset.progressUrl, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
			.then((response) => (response.ok ? response.json() : Promise.reject(response.status)))
			.then((progress) => {
				if (bar) {
					bar.value = progress.percent;
					bar.textContent = progress.percent + '%';
				}
				const now = progress.state + ':' + progress.done + ':' + progress.total;
				if (progress.state !== 'RUNNING' || (seen !== null && now !== seen)) {
					// The server words the progress in the reader's language.
					window.location.reload();
					return;
				}
				seen = now;
				window.setTimeout(poll, 2000);
			})
			.catch(() => window.setTimeout(poll, 5000));
	};
	window.setTimeout(poll, 1000);
});
