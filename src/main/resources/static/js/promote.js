// "Copy address" on the promote-my-store page. Without this file the address can still be
// selected and copied by hand.
document.addEventListener('DOMContentLoaded', () => {
	document.querySelectorAll('button[data-copy-target]').forEach((button) => {
		const input = document.getElementById(button.dataset.copyTarget);
		const status = button.closest('section')?.querySelector('.copy-status');
		if (!input) {
			return;
		}
		button.addEventListener('click', async () => {
			let copied = false;
			try {
				if (navigator.clipboard && window.isSecureContext) {
					await navigator.clipboard.writeText(input.value);
					copied = true;
				}
			}
			catch (ignored) {
				copied = false;
			}
			if (!copied) {
				// Plain http (a local run) has no clipboard API: select and use the old command.
				input.select();
				copied = document.execCommand && document.execCommand('copy');
			}
			if (status) {
				status.textContent = copied ? button.dataset.copied : button.dataset.copyFailed;
			}
		});
	});
});
