// Shopper pages, phone first. Each part improves a page that already works without it:
// add to cart without leaving the spot on the page, sort applied as soon as it is chosen,
// cart totals for the ticked lines, and the postcode search at checkout. Every word shown
// comes from the server (the page's messages or the JSON answer), none from this file.
(() => {
	'use strict';

	// --- Add to cart in place -------------------------------------------------------------
	// The form posts as usual with "inPlace" added; the answer (JSON) says what happened, the
	// new count for the header and what the cart holds. "Buy now" still goes to checkout.
	document.addEventListener('submit', async (event) => {
		const form = event.target;
		if (!(form instanceof HTMLFormElement) || !form.hasAttribute('data-cart-add') || !window.fetch) {
			return;
		}
		if (event.submitter && event.submitter.name === 'buyNow') {
			return;
		}
		event.preventDefault();
		const body = new URLSearchParams(new FormData(form));
		body.append('inPlace', '1');
		const buttons = form.querySelectorAll('button[type="submit"]');
		buttons.forEach((button) => button.setAttribute('aria-busy', 'true'));
		let answer;
		try {
			const response = await fetch(form.action, {
				method: 'POST',
				body,
				credentials: 'same-origin',
				headers: { Accept: 'application/json' },
			});
			if (!response.ok) {
				throw new Error(String(response.status));
			}
			answer = await response.json();
		}
		catch (problem) {
			// Nothing known to have happened: the plain post says what did.
			form.submit();
			return;
		}
		finally {
			buttons.forEach((button) => button.removeAttribute('aria-busy'));
		}
		showAdded(answer);
	});

	function showAdded(answer) {
		const feedback = document.getElementById('cart-feedback');
		if (!feedback) {
			return;
		}
		let status = feedback.querySelector('.cart-status');
		let error = feedback.querySelector('.cart-error');
		if (!error) {
			error = document.createElement('p');
			error.className = 'alert cart-error';
			error.setAttribute('role', 'alert');
			error.hidden = true;
			feedback.appendChild(error);
		}
		status.replaceChildren();
		if (answer.added) {
			error.hidden = true;
			error.textContent = '';
			const notice = document.createElement('p');
			notice.className = 'notice';
			const text = document.createElement('span');
			text.textContent = answer.message;
			const link = document.createElement('a');
			link.href = answer.cartUrl;
			link.textContent = answer.cartLabel;
			notice.append(text, ' ', link);
			status.appendChild(notice);
			showMiniCart(feedback, answer);
		}
		else {
			error.textContent = answer.message;
			error.hidden = false;
		}
		// The link's name says the count too ("장바구니 2개"), not only its badge.
		document.querySelectorAll('.cart-link').forEach((link) => {
			link.setAttribute('aria-label', answer.cartCountLabel);
			link.querySelectorAll('.badge').forEach((badge) => {
				badge.textContent = String(answer.cartCount);
			});
		});
		feedback.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
	}

	// On wide screens the cart's lines and total open below the note (CSS hides the panel on
	// phones, where the note and the header's count are enough).
	function showMiniCart(feedback, answer) {
		const mini = answer.miniCart;
		let panel = document.getElementById('mini-cart');
		if (!panel) {
			panel = document.createElement('section');
			panel.id = 'mini-cart';
			panel.className = 'mini-cart';
			panel.setAttribute('aria-labelledby', 'mini-cart-title');
			feedback.appendChild(panel);
		}
		panel.replaceChildren();
		panel.hidden = false;
		const head = document.createElement('div');
		head.className = 'mini-cart-head';
		const title = document.createElement('h2');
		title.id = 'mini-cart-title';
		title.textContent = mini.title;
		const close = document.createElement('button');
		close.type = 'button';
		close.className = 'link-button mini-cart-close';
		close.textContent = mini.closeLabel;
		close.addEventListener('click', () => {
			panel.hidden = true;
		});
		head.append(title, close);
		const list = document.createElement('ul');
		list.className = 'mini-cart-lines';
		mini.lines.forEach((line) => {
			const item = document.createElement('li');
			const name = document.createElement('a');
			name.href = line.url;
			name.className = 'mini-cart-name';
			name.textContent = line.name;
			item.appendChild(name);
			if (line.option) {
				const option = document.createElement('span');
				option.className = 'option-label';
				option.textContent = line.option;
				item.appendChild(option);
			}
			const quantity = document.createElement('span');
			quantity.className = 'mini-cart-qty';
			quantity.textContent = line.quantity;
			const amount = document.createElement('strong');
			amount.className = 'mini-cart-amount';
			amount.textContent = line.amount;
			item.append(quantity, amount);
			list.appendChild(item);
		});
		const total = document.createElement('dl');
		total.className = 'mini-cart-total';
		const row = document.createElement('div');
		const label = document.createElement('dt');
		label.textContent = mini.totalLabel;
		const value = document.createElement('dd');
		value.textContent = mini.total;
		row.append(label, value);
		total.appendChild(row);
		const go = document.createElement('a');
		go.className = 'button full';
		go.href = answer.cartUrl;
		go.textContent = answer.cartLabel;
		panel.append(head, list, total, go);
	}

	// --- Sort applied at once ----------------------------------------------------------------
	document.addEventListener('change', (event) => {
		const select = event.target;
		if (select instanceof HTMLSelectElement && select.hasAttribute('data-auto-submit') && select.form) {
			select.form.submit();
		}
	});

	// --- Cart: ticked lines --------------------------------------------------------------------
	function cartSelection() {
		const form = document.getElementById('cart-checkout');
		if (!form) {
			return;
		}
		const boxes = () => Array.from(document.querySelectorAll('input[name="sku"][form="cart-checkout"]'));
		const all = document.getElementById('select-all');
		const allRow = document.querySelector('.select-all');
		if (allRow) {
			allRow.hidden = false;
		}
		const refresh = async () => {
			const ticked = boxes().filter((box) => box.checked);
			if (all) {
				all.checked = ticked.length === boxes().length;
				all.indeterminate = ticked.length > 0 && ticked.length < boxes().length;
			}
			const button = form.querySelector('button[type="submit"]');
			if (button) {
				button.disabled = ticked.length === 0;
			}
			if (!window.fetch) {
				return;
			}
			const query = new URLSearchParams();
			ticked.forEach((box) => query.append('sku', box.value));
			try {
				const response = await fetch(form.dataset.summaryUrl + '?' + query.toString(), {
					credentials: 'same-origin',
					headers: { Accept: 'application/json' },
				});
				if (!response.ok) {
					return;
				}
				const totals = await response.json();
				const set = (selector, text) => {
					const element = document.querySelector(selector);
					if (element) {
						element.textContent = text;
					}
				};
				set('.cart-summary .items-total', totals.itemsTotal);
				set('.cart-summary .shipping-total', totals.shippingTotal);
				set('.cart-summary .grand-total dd', totals.total);
				set('.cart-summary .selected-count', totals.countLabel);
			}
			catch (problem) {
				// The checkout page prices the ticked lines anyway.
			}
		};
		if (all) {
			const ticked = boxes().filter((box) => box.checked).length;
			all.checked = ticked === boxes().length;
			all.indeterminate = ticked > 0 && ticked < boxes().length;
		}
		boxes().forEach((box) => box.addEventListener('change', refresh));
		if (all) {
			all.addEventListener('change', () => {
				boxes().forEach((box) => {
					box.checked = all.checked;
				});
				refresh();
			});
		}
	}

	// --- Checkout: postcode search (Kakao/Daum), loaded only when asked for ------------------
	const POSTCODE_SCRIPT = 'https://t1.daumcdn.net/mapjsapi/bundle/postcode/prod/postcode.v2.js';
	let postcodeLoading = null;

	function loadPostcode() {
		if (window.daum && window.daum.Postcode) {
			return Promise.resolve();
		}
		if (!postcodeLoading) {
			postcodeLoading = new Promise((resolve, reject) => {
				const script = document.createElement('script');
				script.src = POSTCODE_SCRIPT;
				script.async = true;
				script.onload = () => {
					// The loader fetches the service's core script itself; wait until it is there.
					let tries = 0;
					const ready = () => {
						if (window.daum && window.daum.Postcode) {
							resolve();
						}
						else if (tries++ < 50) {
							setTimeout(ready, 100);
						}
						else {
							reject(new Error('postcode'));
						}
					};
					ready();
				};
				script.onerror = () => reject(new Error('postcode'));
				document.head.appendChild(script);
			});
			postcodeLoading.catch(() => {
				postcodeLoading = null;
			});
		}
		return postcodeLoading;
	}

	function postcodeSearch() {
		const button = document.querySelector('[data-postcode-search]');
		if (!button) {
			return;
		}
		button.hidden = false;
		const layer = document.getElementById('postcode-layer');
		const problem = document.getElementById('postcode-problem');
		const field = (id) => document.getElementById(id);
		button.addEventListener('click', async () => {
			if (problem) {
				problem.hidden = true;
			}
			button.setAttribute('aria-busy', 'true');
			try {
				await loadPostcode();
			}
			catch (failed) {
				// No network or the service is down: typing the address works as always.
				if (problem) {
					problem.hidden = false;
				}
				const postal = field('postalCode');
				if (postal) {
					postal.focus();
				}
				return;
			}
			finally {
				button.removeAttribute('aria-busy');
			}
			layer.hidden = false;
			const frame = layer.querySelector('.postcode-frame');
			frame.replaceChildren();
			new window.daum.Postcode({
				oncomplete: (data) => {
					field('postalCode').value = data.zonecode;
					field('address1').value = data.roadAddress || data.jibunAddress || data.address;
					const newAddress = document.querySelector('input[name="addressId"][value=""]');
					if (newAddress) {
						newAddress.checked = true;
					}
					layer.hidden = true;
					field('address2').focus();
				},
				width: '100%',
				height: '100%',
			}).embed(frame);
		});
		const close = layer ? layer.querySelector('[data-postcode-close]') : null;
		if (close) {
			close.addEventListener('click', () => {
				layer.hidden = true;
				button.focus();
			});
		}
	}

	const start = () => {
		cartSelection();
		postcodeSearch();
	};
	if (document.readyState === 'loading') {
		document.addEventListener('DOMContentLoaded', start);
	}
	else {
		start();
	}
})();
