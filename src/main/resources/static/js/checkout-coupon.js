// The coupon's Apply button sends the checkout form with action=coupon, so the page comes back
// with the discounted total to agree to; the delivery button sends action=delivery, so it comes
// back priced for the address as typed (a Jeju or island postal code adds its extra fee). They
// are not submit buttons: the form's default button, the one Enter presses, stays "pay". Without
// scripts, paying with a newly typed code or a new island address shows the new total first
// instead of paying.
document.addEventListener('click', (event) => {
	const button = event.target.closest('[data-apply-coupon], [data-quote-delivery]');
	if (!button || !button.form) {
		return;
	}
	const action = document.createElement('input');
	action.type = 'hidden';
	action.name = 'action';
	action.value = button.hasAttribute('data-quote-delivery') ? 'delivery' : 'coupon';
	button.form.appendChild(action);
	button.form.submit();
});
