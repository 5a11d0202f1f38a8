// The coupon's Apply button sends the checkout form with action=coupon, so the page comes back
// with the discounted total to agree to. It is not a submit button: the form's default button,
// the one Enter presses, stays "pay". Without scripts, paying with a newly typed code shows the
// discounted total first instead of paying.
document.addEventListener('click', (event) => {
	const button = event.target.closest('[data-apply-coupon]');
	if (!button || !button.form) {
		return;
	}
	const action = document.createElement('input');
	action.type = 'hidden';
	action.name = 'action';
	action.value = 'coupon';
	button.form.appendChild(action);
	button.form.submit();
});
