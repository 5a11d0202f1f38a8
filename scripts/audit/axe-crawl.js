// Crawls a running mall as each demo role with the axe-core pinned in package.json (the one
// outside audits run; axe-core-selenium, which AuditJourneyTests uses, ships an older one) and
// prints every serious or critical violation with the pages that show it. Run through
// axe-crawl.sh, which installs the pinned packages first.
'use strict';
const { chromium } = require('playwright-core');

const base = (process.argv[2] || 'http://localhost:8080').replace(/\/$/, '');
const width = Number(process.env.WIDTH || 1280);
const perRole = Number(process.env.PAGES_PER_ROLE || 45);
const axeSource = require('fs').readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const password = 'valuemall-demo';
const roles = [
	['visitor', null, ['/', '/login', '/signup', '/password/forgot']],
	['shopper', 'shopper@example.com', ['/', '/cart', '/checkout', '/orders', '/account', '/notifications', '/wishlist']],
	['seller', 'seller@example.com', ['/seller']],
	['admin', 'admin@example.com', ['/admin']],
	['reviewer', 'reviewer@example.com', ['/admin']],
	['ministry', 'ministry@example.com', ['/admin', '/admin/reports']],
];
const skipped = /\/logout|\.(csv|xlsx|pdf|xml|txt|png|jpe?g|webp|svg|ico|json|zip)$/;
// One page per route: /products/39 and /products/40 are the same page.
const route = (path) => path.replace(/#.*$/, '').replace(/\/\d+(?=\/|$|\?)/g, '/{id}').replace(/\?.*$/, '');

(async () => {
	const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: ['--no-sandbox'] });
	const findings = new Map();
	let audited = 0;
	const perRoleCounts = [];
	for (const [role, email, entries] of roles) {
		const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'ko-KR' });
		await context.addInitScript(axeSource);
		const page = await context.newPage();
		if (email) {
			await page.goto(base + '/login');
			await page.fill('input[name=email]', email);
			await page.fill('input[name=password]', password);
			await Promise.all([page.waitForNavigation(), page.click('form:has(input[name=password]) button[type=submit]')]);
			if (new URL(page.url()).pathname.startsWith('/login')) {
				throw new Error(`${email} could not sign in at ${base}`);
			}
		}
		const seen = new Set();
		const queue = [...entries];
		let count = 0;
		while (queue.length > 0 && count < perRole) {
			const path = queue.shift();
			if (skipped.test(path) || seen.has(route(path))) {
				continue;
			}
			seen.add(route(path));
			const response = await page.goto(base + path).catch(() => null);
			if (!response || !(response.headers()['content-type'] || '').startsWith('text/html')) {
				continue;
			}
			count++;
			const violations = await page.evaluate(async () => (await axe.run(document, { resultTypes: ['violations'] }))
				.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
				.flatMap((v) => v.nodes.map((node) => `${v.id} ${node.target.join(' ')} (${v.help})`)));
			for (const violation of violations) {
				findings.set(violation, [...(findings.get(violation) || []), `${role} ${path}`]);
			}
			for (const href of await page.$$eval('a[href]', (links) => links.map((link) => link.href))) {
				if (href.startsWith(base + '/')) {
					queue.push(href.substring(base.length));
				}
			}
		}
		audited += count;
		perRoleCounts.push(`${role} ${count}`);
		await context.close();
	}
	await browser.close();
	const version = require('axe-core/package.json').version;
	console.log(`axe-core ${version}, ${width} px: ${audited} pages (${perRoleCounts.join(', ')}), `
		+ `${findings.size} serious or critical violations`);
	for (const [violation, pages] of findings) {
		console.log(`  ${violation}\n        on ${pages.slice(0, 5).join(', ')}${pages.length > 5 ? ` and ${pages.length - 5} more` : ''}`);
	}
	process.exit(findings.size === 0 ? 0 : 1);
})();
